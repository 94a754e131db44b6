// newsdex-index: parses options and hands them to index_paths().

#include <cstdio>
#include <iostream>

#include "cli_common.hpp"
#include "newsdex/db_location.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/indexer.hpp"

namespace {
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitSomeFailed = 3;
constexpr int kExitLocked = 75;
}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Index news articles, declarations and transcripts into a newsdex database.\n"
        "Exit status: 0 success; 3 some files failed (the rest were indexed); 75 database "
        "locked by another indexer; 2 usage or fatal error."};
    std::optional<std::string> db;
    newsdex::IndexOptions options;
    double max_mib = static_cast<double>(options.max_file_bytes >> 20);
    newsdex::cli::add_db_option(app, db);
    app.add_option("--commit-every", options.commit_every,
                   "Articles per commit (an article is never split across commits)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--max-file-size", max_mib, "Skip (and report) files larger than this, in MiB")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    app.add_option("--speakers", options.speakers_path,
                   "Speaker table (default: speakers.yaml in the first indexed folder that has "
                   "one, else the installed corpora/speakers.yaml)");
    app.add_option("--topics", options.topics_path, "Topic taxonomy (default: as for --speakers)");
    app.add_option("PATH", options.paths, "Files and folders to index (.txt, .md, .markdown)")
        ->required();
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-index")) return *stop;
    options.db_path = newsdex::resolve_db_path(db);
    options.max_file_bytes = static_cast<std::uint64_t>(max_mib * (1 << 20));

    try {
        auto report = newsdex::index_paths(options);
        for (const auto& f : report.failed)
            std::cerr << "newsdex-index: " << f.path << ": " << f.error << '\n';
        std::printf("indexed %zu articles, %zu passages in %.2f s", report.articles,
                    report.passages, report.seconds);
        if (!report.failed.empty())
            std::printf("; %zu %s failed", report.failed.size(),
                        report.failed.size() == 1 ? "file" : "files");
        std::printf("\n");
        return report.failed.empty() ? kExitOk : kExitSomeFailed;
    } catch (const newsdex::DatabaseError& e) {
        std::cerr << "newsdex-index: " << e.what() << '\n';
        return e.reason() == newsdex::DatabaseError::Reason::locked ? kExitLocked : kExitUsage;
    } catch (const std::exception& e) {
        std::cerr << "newsdex-index: " << e.what() << '\n';
        return kExitUsage;
    }
}
