// newsdex-bench: the in-process half of scripts/bench. `run` indexes a corpus with newsdex,
// omindex and FTS5, times queries on all three and reports; `fts5-index` is the FTS5 build
// it runs as a child so that its time and memory are measured like the others'; `serve`
// times the same queries through a running newsdex-serve beside an in-process Searcher.
// Exit status: 0 done; 1 a system failed or its output was unreadable; 2 usage error.

#include <filesystem>
#include <iostream>

#include "bench_run.hpp"
#include "cli_common.hpp"
#include "corpus_files.hpp"
#include "fts5_index.hpp"
#include "query_set.hpp"
#include "report.hpp"
#include "serve_latency.hpp"

int main(int argc, char** argv) {
    using namespace newsdex::bench;
    CLI::App app{"Benchmarks newsdex against omindex and SQLite FTS5 on one corpus."};
    app.require_subcommand(1);

    BenchOptions options;
    std::string out = "bench-results";
    auto* run = app.add_subcommand("run", "Index with all three systems, time queries, report");
    run->add_option("--corpus", options.corpus, "Folder of .txt files")->required();
    run->add_option("--work", options.work, "Scratch folder for the databases")->required();
    run->add_option("--queries", options.queries, "Query file (bench/queries.txt)")->required();
    run->add_option("--newsdex-index", options.index_bin, "newsdex-index binary")->required();
    run->add_option("--omindex", options.omindex, "omindex binary")->capture_default_str();
    run->add_option("--out", out, "Folder for results.json and chart.png")->capture_default_str();
    run->add_option("--index-runs", options.index_runs, "Full builds per system (median)")
        ->check(CLI::PositiveNumber)->capture_default_str();
    run->add_option("--query-runs", options.query_runs, "Timed passes over the queries (median)")
        ->check(CLI::PositiveNumber)->capture_default_str();

    std::string fts5_db, fts5_corpus;
    auto* fts5 = app.add_subcommand("fts5-index", "Build the FTS5 peer's database");
    fts5->add_option("--db", fts5_db, "SQLite file to create")->required();
    fts5->add_option("corpus", fts5_corpus, "Folder of .txt files")->required();

    ServeBenchOptions serve_options;
    std::string serve_queries;
    auto* serve = app.add_subcommand(
        "serve", "Time the queries through a running newsdex-serve and an in-process Searcher");
    serve->add_option("--db", serve_options.db, "The database the server answers from")->required();
    serve->add_option("--port", serve_options.port, "The server's port on 127.0.0.1")
        ->required()
        ->check(CLI::Range(1, 65535));
    serve->add_option("--queries", serve_queries, "Query file (bench/queries.txt)")->required();
    serve->add_option("--connections", serve_options.connections,
                      "Concurrent connections, one measurement each")
        ->delimiter(',')
        ->capture_default_str();
    serve->add_option("--runs", serve_options.runs, "Timed passes over the queries (median)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();

    if (auto code = newsdex::cli::parse(app, argc, argv, "newsdex-bench")) return *code;
    try {
        if (*serve) {
            print_serve_table(measure_serve_latency(load_queries(serve_queries), serve_options),
                              std::cout);
            return 0;
        }
        if (*fts5) {
            build_fts5(list_corpus(fts5_corpus), fts5_db);
            return 0;
        }
        options.self = std::filesystem::read_symlink("/proc/self/exe").string();
        std::filesystem::create_directories(out);
        auto results = run_bench(options);
        print_table(results, std::cout);
        write_json(results, out + "/results.json");
        const bool chart = write_chart(results, out + "/chart");
        std::cout << "\nwritten: " << out << "/results.json" << (chart ? ", " + out + "/chart.png" : "")
                  << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "newsdex-bench: " << e.what() << "\n";
        return 1;
    }
}
