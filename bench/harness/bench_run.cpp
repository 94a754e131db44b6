#include "bench_run.hpp"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "corpus_files.hpp"
#include "process_run.hpp"

namespace newsdex::bench {

namespace {

namespace fs = std::filesystem;

template <class T>
T median_of(std::vector<T> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Build {
    std::vector<std::string> argv;
    std::string target;  ///< database folder or file, removed before each build
    std::vector<int> ok_exits = {0};
};

IndexResult measure_builds(const std::string& system, const Build& build,
                           const BenchOptions& options) {
    std::vector<double> seconds;
    std::vector<std::uint64_t> rss;
    for (unsigned run = 0; run < options.index_runs; ++run) {
        fs::remove_all(build.target);
        std::cerr << "newsdex-bench: indexing with " << system << " (" << run + 1 << "/"
                  << options.index_runs << ")\n";
        const auto log = options.work + "/" + system;
        auto stats = run_measured(build.argv, log + ".out", log + ".err");
        if (std::find(build.ok_exits.begin(), build.ok_exits.end(), stats.exit_code) ==
            build.ok_exits.end())
            throw std::runtime_error(system + " failed with exit " +
                                     std::to_string(stats.exit_code) + "; see " + log + ".err");
        seconds.push_back(stats.seconds);
        rss.push_back(stats.peak_rss_bytes);
    }
    IndexResult r;
    r.system = system;
    r.seconds = median_of(seconds);
    r.peak_rss_bytes = median_of(rss);
    r.index_bytes = size_on_disk(build.target);
    return r;
}

std::uint64_t passages_written(const std::string& summary_path) {
    std::ifstream in(summary_path);
    try {
        return nlohmann::json::parse(in).at("passages").get<std::uint64_t>();
    } catch (const std::exception& e) {
        throw std::runtime_error(summary_path + ": unreadable newsdex-index summary: " + e.what());
    }
}

}  // namespace

BenchResults run_bench(const BenchOptions& options) {
    const auto corpus = list_corpus(options.corpus);
    const auto queries = load_queries(options.queries);
    fs::create_directories(options.work);
    BenchResults results;
    results.corpus = options.corpus;
    results.files = corpus.paths.size();
    results.bytes = corpus.bytes;

    const auto newsdex_db = options.work + "/newsdex-db";
    const auto omega_db = options.work + "/omega-db";
    const auto fts5_db = options.work + "/fts5.db";
    // newsdex exits 3 when some files were refused; the report says how many were indexed.
    auto newsdex = measure_builds(
        "newsdex",
        {{options.index_bin, "--db", newsdex_db, "--format", "json", options.corpus}, newsdex_db, {0, 3}},
        options);
    newsdex.documents = passages_written(options.work + "/newsdex.out");
    std::vector<double> noop;
    for (unsigned run = 0; run < options.index_runs; ++run) {
        auto stats = run_measured({options.index_bin, "--db", newsdex_db, "--format", "json",
                                   options.corpus},
                                  options.work + "/noop.out", options.work + "/noop.err");
        if (stats.exit_code != 0 && stats.exit_code != 3)
            throw std::runtime_error("newsdex no-op reindex failed; see " + options.work + "/noop.err");
        noop.push_back(stats.seconds);
    }
    results.noop_seconds = median_of(noop);

    auto omega = measure_builds(
        "omindex", {{options.omindex, "--db", omega_db, "--url", "/", options.corpus}, omega_db}, options);
    omega.documents = Xapian::Database(omega_db, Xapian::DB_BACKEND_GLASS).get_doccount();
    auto fts5 = measure_builds(
        "fts5", {{options.self, "fts5-index", "--db", fts5_db, options.corpus}, fts5_db}, options);
    fts5.documents = corpus.paths.size();
    results.indexing = {newsdex, omega, fts5};
    // As many writers as a first build of newsdex-index uses (a shard for each core, each
    // of at least 32 files). Last of the builds: a child started from this process after it
    // held the documents would count them in its peak RSS.
    const auto shards = static_cast<unsigned>(std::max<std::size_t>(
        1, std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()),
                                 corpus.paths.size() / 32)));
    std::cerr << "newsdex-bench: Xapian writing newsdex's documents alone, " << shards
              << " shard(s)\n";
    results.write_floor = measure_write_floor(newsdex_db, options.work + "/write-floor", shards);

    std::cerr << "newsdex-bench: timing " << queries.size() << " queries, "
              << options.query_runs << " passes after a warm-up\n";
    results.queries = queries.size();
    results.filtered_queries = static_cast<std::size_t>(
        std::count_if(queries.begin(), queries.end(), [](const auto& q) { return q.filtered; }));
    results.query_runs = options.query_runs;
    results.latency = measure_latency(queries, {newsdex_db, omega_db, fts5_db}, options.query_runs);
    return results;
}

}  // namespace newsdex::bench
