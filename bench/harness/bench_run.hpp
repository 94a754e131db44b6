#pragma once
// One benchmark run: the three indexers on the same corpus, newsdex's no-op reindex and the
// write floor under it, then query latency for newsdex, plain Xapian and FTS5.

#include <cstdint>
#include <string>
#include <vector>

#include "latency.hpp"
#include "write_floor.hpp"

namespace newsdex::bench {

struct BenchOptions {
    std::string corpus;       ///< folder of .txt files
    std::string work;         ///< scratch folder for the databases (emptied per build)
    std::string queries;      ///< bench/queries.txt
    std::string index_bin;    ///< newsdex-index
    std::string omindex = "omindex";
    std::string self;         ///< this program, for `fts5-index` in a child process
    unsigned index_runs = 1;  ///< full builds per system; medians reported
    unsigned query_runs = 5;  ///< timed passes over the queries
};

struct IndexResult {
    std::string system;
    double seconds = 0;  ///< median wall time
    std::uint64_t peak_rss_bytes = 0;  ///< median
    std::uint64_t index_bytes = 0;
    std::uint64_t documents = 0;  ///< passages for newsdex, files for omindex, rows for FTS5
};

struct BenchResults {
    std::string corpus;
    std::size_t files = 0;
    std::uint64_t bytes = 0;
    std::vector<IndexResult> indexing;  ///< newsdex, omindex, fts5
    double noop_seconds = 0;            ///< median newsdex reindex with nothing changed
    WriteFloor write_floor;             ///< Xapian writing newsdex's documents alone
    std::size_t queries = 0;
    std::size_t filtered_queries = 0;
    unsigned query_runs = 0;
    std::vector<LatencySummary> latency;  ///< newsdex, xapian, fts5
};

/// Throws std::runtime_error when a system fails or its output cannot be read.
BenchResults run_bench(const BenchOptions& options);

}  // namespace newsdex::bench
