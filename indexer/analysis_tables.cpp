#include "analysis_tables.hpp"

#include <filesystem>

namespace newsdex {

namespace {

std::string find_table(const std::string& chosen, const std::vector<std::string>& roots,
                       const std::string& name) {
    namespace fs = std::filesystem;
    if (!chosen.empty()) return chosen;
    std::error_code ec;
    for (const auto& root : roots)
        if (fs::is_directory(root, ec) && fs::exists(fs::path(root) / name, ec))
            return (fs::path(root) / name).string();
    // Installed next to the binary (PREFIX/bin → PREFIX/share/newsdex, wherever PREFIX is),
    // at the configured prefix, or in the source tree for an uninstalled build.
    std::vector<fs::path> dirs;
    if (auto exe = fs::read_symlink("/proc/self/exe", ec); !ec)
        dirs.push_back(exe.parent_path().parent_path() / "share" / "newsdex");
    dirs.emplace_back(NEWSDEX_DATA_DIR);
    dirs.emplace_back(NEWSDEX_SOURCE_DATA_DIR);
    for (const auto& dir : dirs)
        if (fs::exists(dir / name, ec)) return (dir / name).string();
    return {};
}

}  // namespace

SynonymGroups synonym_groups(const IndexOptions& options, const AnalysisTables& tables) {
    SynonymGroups groups;
    if (auto path = find_table({}, options.paths, "synonyms.yaml"); !path.empty())
        groups = load_synonyms(path);
    for (const auto& name : tables.speakers.canonical_names())
        if (auto all = tables.speakers.names_of(name); all.size() > 1) groups.push_back(all);
    return groups;
}

AnalysisTables load_tables(const IndexOptions& options, IndexReport& report) {
    AnalysisTables tables;
    report.speakers_path = find_table(options.speakers_path, options.paths, "speakers.yaml");
    report.topics_path = find_table(options.topics_path, options.paths, "topics.yaml");
    if (!report.speakers_path.empty()) tables.speakers = SpeakerTable::load(report.speakers_path);
    if (!report.topics_path.empty()) tables.topics = TopicTagger::load(report.topics_path);
    return tables;
}

}  // namespace newsdex
