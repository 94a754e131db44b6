#include "serve_latency.hpp"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>

#include "latency.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/searcher.hpp"

namespace newsdex::bench {

namespace {

using Clock = std::chrono::steady_clock;
// The rows print_serve_table compares.
constexpr char kInProcess[] = "in-process Searcher";
constexpr char kInProcessJson[] = "in-process + JSON text";
constexpr char kOneHttp[] = "HTTP, 1 connection";
// Answers uncompressed, as most API clients take them: what is timed is the search and
// the HTTP round trip, not a compressor.
const httplib::Headers kPlain = {{"Accept-Encoding", "identity"}};

double ms_since(Clock::time_point started) {
    return std::chrono::duration<double, std::milli>(Clock::now() - started).count();
}

std::string search_path(const BenchQuery& q) {
    return "/search?q=" + httplib::detail::encode_query_param(q.text) +
           "&limit=" + std::to_string(kLatencyTop);
}

std::string failure(std::size_t q, const httplib::Result& res) {
    return "newsdex-serve: query " + std::to_string(q + 1) + ": " +
           (res ? "status " + std::to_string(res->status) + " " + res->body
                : httplib::to_string(res.error()));
}

// times[query][pass] → one row.
ServeLatency summarise(std::string how, unsigned connections,
                       const std::vector<std::vector<double>>& times, double wall_seconds) {
    std::vector<double> per_query;
    std::size_t requests = 0;
    for (const auto& t : times) {
        per_query.push_back(median(t));
        requests += t.size();
    }
    return {std::move(how), connections, static_cast<double>(requests) / wall_seconds,
            percentile(per_query, 0.50), percentile(per_query, 0.99)};
}

// One connection against the in-process Searcher, query by query.
std::vector<ServeLatency> side_by_side(const std::vector<BenchQuery>& queries,
                                       const ServeBenchOptions& o) {
    Searcher searcher(o.db);
    httplib::Client client(o.host, o.port);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);
    client.set_read_timeout(60, 0);
    client.set_default_headers(kPlain);
    std::vector<std::vector<double>> local(queries.size()), local_json(queries.size()),
        http(queries.size()), health(queries.size());
    double local_wall = 0, local_json_wall = 0, http_wall = 0, health_wall = 0;
    // The in-process JSON text of each query, which the server's answer must equal: both
    // ways do the same work.
    std::vector<std::string> expected(queries.size());
    auto in_process = [&](std::size_t q, bool timed) {
        SearchRequest request;
        request.query = queries[q].text;
        request.limit = kLatencyTop;
        const auto started = Clock::now();
        const auto response = searcher.search(request);
        const double ms = ms_since(started);
        // The JSON text the server sends for it, written as the server writes it.
        auto text = response_json_text(response) + "\n";
        const double with_json = ms_since(started);
        if (!timed) expected[q] = std::move(text);
        if (timed) {
            local[q].push_back(ms), local_wall += ms / 1000;
            local_json[q].push_back(with_json), local_json_wall += with_json / 1000;
        }
    };
    auto over_http = [&](std::size_t q, bool timed) {
        const auto started = Clock::now();
        auto res = client.Get(search_path(queries[q]));
        const double ms = ms_since(started);
        if (!res || res->status != 200) throw std::runtime_error(failure(q, res));
        if (!timed && res->body != expected[q])
            throw std::runtime_error("newsdex-serve: query " + std::to_string(q + 1) +
                                     " is answered otherwise than in-process");
        if (timed) http[q].push_back(ms), http_wall += ms / 1000;
    };
    auto bare = [&](std::size_t q, bool timed) {
        const auto started = Clock::now();
        auto res = client.Get("/health");
        const double ms = ms_since(started);
        if (!res || res->status != 200) throw std::runtime_error(failure(q, res));
        if (timed) health[q].push_back(ms), health_wall += ms / 1000;
    };
    // Each query is asked both ways back to back, then the bare round trip, so that the
    // load of a shared machine, which changes from second to second, weighs on both alike.
    // Which way goes first alternates between passes: the first leaves the query's blocks
    // in the processor's caches for the second. The first pass is untimed: it warms the
    // caches and checks that both ways give the same text.
    for (unsigned pass = 0; pass <= o.runs; ++pass) {
        const bool timed = pass > 0;
        for (std::size_t q = 0; q < queries.size(); ++q) {
            if (pass % 2 == 0) {
                in_process(q, timed);
                over_http(q, timed);
            } else {
                over_http(q, timed);
                in_process(q, timed);
            }
            bare(q, timed);
        }
    }
    return {summarise(kInProcess, 0, local, local_wall),
            summarise(kInProcessJson, 0, local_json, local_json_wall),
            summarise(kOneHttp, 1, http, http_wall),
            summarise("HTTP /health, 1 conn.", 1, health, health_wall)};
}

// `connections` threads, each with its own keep-alive connection, take the queries in
// turn from a shared counter, `runs` times over (the caches warmed by side_by_side).
ServeLatency over_http(const std::vector<BenchQuery>& queries, const ServeBenchOptions& o,
                       unsigned connections) {
    std::vector<std::string> paths;
    for (const auto& q : queries) paths.push_back(search_path(q));
    std::vector<std::vector<double>> times(queries.size(), std::vector<double>(o.runs));
    const std::size_t total = queries.size() * o.runs;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::string problem;
    std::mutex failure_mutex;
    const auto started = Clock::now();
    std::vector<std::thread> threads;
    for (unsigned c = 0; c < connections; ++c)
        threads.emplace_back([&] {
            httplib::Client client(o.host, o.port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            client.set_read_timeout(60, 0);
            client.set_default_headers(kPlain);
            for (std::size_t i; !failed && (i = next++) < total;) {
                const auto q = i % queries.size();
                const auto sent = Clock::now();
                auto res = client.Get(paths[q]);
                const double ms = ms_since(sent);
                if (!res || res->status != 200) {
                    std::lock_guard lock(failure_mutex);
                    problem = failure(q, res);
                    failed = true;
                    return;
                }
                times[q][i / queries.size()] = ms;
            }
        });
    for (auto& t : threads) t.join();
    if (failed) throw std::runtime_error(problem);
    return summarise("HTTP, " + std::to_string(connections) + " connection" +
                         (connections > 1 ? "s" : ""),
                     connections, times, ms_since(started) / 1000);
}

}  // namespace

std::vector<ServeLatency> measure_serve_latency(const std::vector<BenchQuery>& queries,
                                                const ServeBenchOptions& options) {
    auto rows = side_by_side(queries, options);
    for (unsigned n : options.connections)
        if (n > 1) rows.push_back(over_http(queries, options, n));
    return rows;
}

void print_serve_table(const std::vector<ServeLatency>& rows, std::ostream& out) {
    char line[160];
    std::snprintf(line, sizeof line, "%-22s %10s %9s %9s\n", "how", "queries/s", "p50 ms",
                  "p99 ms");
    out << line;
    for (const auto& r : rows) {
        std::snprintf(line, sizeof line, "%-22s %10.1f %9.2f %9.2f\n", r.how.c_str(),
                      r.requests_per_second, r.p50_ms, r.p99_ms);
        out << line;
    }
    const auto row = [&](const char* how) {
        return std::find_if(rows.begin(), rows.end(),
                            [&](const ServeLatency& r) { return r.how == how; });
    };
    const auto search = row(kInProcess), with_json = row(kInProcessJson), one = row(kOneHttp);
    if (one != rows.end() && search != rows.end()) {
        std::snprintf(line, sizeof line,
                      "HTTP adds %.2f ms at p50 over the in-process search (target ≤ 0.30)\n",
                      one->p50_ms - search->p50_ms);
        out << line;
    }
    if (one != rows.end() && with_json != rows.end()) {
        std::snprintf(line, sizeof line,
                      "HTTP adds %.2f ms at p50 over the in-process search and its JSON text\n",
                      one->p50_ms - with_json->p50_ms);
        out << line;
    }
    const auto bare = std::find_if(rows.begin(), rows.end(), [](const ServeLatency& r) {
        return r.how.rfind("HTTP /health", 0) == 0;
    });
    if (bare != rows.end()) {
        std::snprintf(line, sizeof line, "a bare round trip (GET /health) takes %.2f ms at p50\n",
                      bare->p50_ms);
        out << line;
    }
}

}  // namespace newsdex::bench
