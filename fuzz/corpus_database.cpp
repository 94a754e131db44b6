#include "corpus_database.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "newsdex/indexer.hpp"

namespace newsdex::fuzz {

namespace {

std::string made_dir;

void remove_database() {
    std::error_code ec;
    if (!made_dir.empty()) std::filesystem::remove_all(made_dir, ec);
}

}  // namespace

const std::string& corpus_database() {
    static const std::string path = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/newsdex-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed: " + pattern);
        made_dir = pattern;
        std::atexit(remove_database);
        IndexOptions options;
        options.db_path = made_dir + "/db";
        options.paths = {NEWSDEX_SOURCE_DIR "/corpora"};
        options.threads = 1;
        const auto report = index_paths(options);
        if (report.passages == 0 || !report.failed.empty())
            throw std::runtime_error("indexing corpora/ for the fuzzer failed");
        return options.db_path;
    }();
    return path;
}

}  // namespace newsdex::fuzz
