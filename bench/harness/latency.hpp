#pragma once
// Query latency, measured the same way for each system: in this process, databases opened
// once, one untimed pass to warm caches, then `runs` timed passes; a query's time is the
// median of its passes, from handing over the query text to holding the top 10 with their
// stored identifiers.

#include <string>
#include <vector>

#include "query_set.hpp"

namespace newsdex::bench {

/// Results asked of each system per query.
inline constexpr unsigned kLatencyTop = 10;

struct LatencySummary {
    std::string system;
    double p50_ms = 0, p95_ms = 0, p99_ms = 0, mean_ms = 0;
    double mean_hits = 0;  ///< results per query (at most 10): all three really answer
};

struct LatencyTargets {
    /// newsdex-index's database: newsdex's own queries, fields included; and plain Xapian's
    /// match of the words alone on the same passages ("xapian-passages")
    std::string newsdex_db;
    std::string xapian_db;   ///< omindex's database, queried as quest does (words only)
    std::string fts5_db;     ///< the FTS5 table, an OR of the words ranked by bm25 (words only)
};

std::vector<LatencySummary> measure_latency(const std::vector<BenchQuery>& queries,
                                            const LatencyTargets& targets, unsigned runs);

/// The middle value (the mean of the two middle ones for an even count); `values` not empty.
double median(std::vector<double> values);

/// The value at fraction `p` (0–1) of `values` by the nearest-rank method; 0 when empty.
double percentile(std::vector<double> values, double p);

}  // namespace newsdex::bench
