#pragma once
// The same queries through newsdex-serve over loopback HTTP and through an in-process
// Searcher on the same database, so that what HTTP adds to a search can be read off: each
// query's time is the median of its timed passes, summarised as p50/p99 over the queries.

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "query_set.hpp"

namespace newsdex::bench {

struct ServeLatency {
    std::string how;          ///< "in-process" or "http ×N"
    unsigned connections = 0;  ///< 0 in-process, else concurrent keep-alive connections
    double requests_per_second = 0;
    double p50_ms = 0, p99_ms = 0;
};

struct ServeBenchOptions {
    std::string db;    ///< the database newsdex-serve answers from
    std::string host = "127.0.0.1";
    int port = 0;
    std::vector<unsigned> connections = {1, 2, 4};
    unsigned runs = 3;  ///< timed passes over the queries, after one untimed pass
};

/// In-process (the search alone, and with its JSON text) and HTTP over one connection side
/// by side (each query both ways back to back, then GET /health for the bare round trip),
/// then HTTP at each other
/// number of connections. Throws std::runtime_error when the server does not answer a
/// query with 200, or answers with other text than the in-process JSON.
std::vector<ServeLatency> measure_serve_latency(const std::vector<BenchQuery>& queries,
                                                const ServeBenchOptions& options);

/// The table, then the p50 HTTP adds at one connection, and what a bare round trip costs.
void print_serve_table(const std::vector<ServeLatency>& rows, std::ostream& out);

}  // namespace newsdex::bench
