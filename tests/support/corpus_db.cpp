#include "corpus_db.hpp"

#include <memory>
#include <stdexcept>

namespace newsdex::test {

const std::string& corpus_db() {
    static std::unique_ptr<TempDir> dir;
    static std::string path;
    if (!dir) {
        dir = std::make_unique<TempDir>();
        path = *dir / "db";
        auto r = run({NEWSDEX_INDEX_BIN, "--db", path, std::string(NEWSDEX_SOURCE_DIR) + "/corpora"});
        if (r.exit_code != 0) throw std::runtime_error("indexing corpora/ failed: " + r.err);
    }
    return path;
}

RunResult search_corpus(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {NEWSDEX_SEARCH_BIN, "--db", corpus_db()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run(argv);
}

nlohmann::json search_corpus_json(std::vector<std::string> args) {
    args.insert(args.begin(), {"--format", "json"});
    auto r = search_corpus(args);
    if (r.exit_code > 1) throw std::runtime_error("newsdex-search failed: " + r.err);
    return nlohmann::json::parse(r.out);
}

std::vector<std::string> passage_ids(const nlohmann::json& answer) {
    std::vector<std::string> out;
    for (const auto& r : answer["results"]) out.push_back(r["passage_id"]);
    return out;
}

}  // namespace newsdex::test
