#include "analysis_tables.hpp"

#include <sys/stat.h>
#include <time.h>

#include <filesystem>
#include <mutex>
#include <optional>

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

// What tells a table file's versions apart: another file put in its place, or the same
// file written again (its change time moves even when its modification time is set back).
struct FileStamp {
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    long long modified_ns = 0;
    long long changed_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

// No file chosen has the stamp of none. A file that cannot be looked at has no stamp, and
// neither has one modified in the last two seconds: file times are coarse (a few
// milliseconds), so a second write of the same size within that tick would leave the stamp
// as it was. Tables without a stamp are loaded again next time.
std::optional<FileStamp> stamp_of(const std::string& path) {
    if (path.empty()) return FileStamp{};
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    struct timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    if (st.st_mtim.tv_sec + 2 >= now.tv_sec) return std::nullopt;
    return FileStamp{st.st_dev, st.st_ino, st.st_size,
                     st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec,
                     st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec};
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

std::shared_ptr<const AnalysisTables> shared_tables(const IndexOptions& options,
                                                    IndexReport& report) {
    struct Loaded {
        std::string speakers_path, topics_path;
        std::optional<FileStamp> speakers, topics;
        std::shared_ptr<const AnalysisTables> tables;
    };
    static std::mutex mutex;
    static Loaded last;

    report.speakers_path = find_table(options.speakers_path, options.paths, "speakers.yaml");
    report.topics_path = find_table(options.topics_path, options.paths, "topics.yaml");
    // Stamped before reading: a file written meanwhile is read again next time.
    const auto speakers = stamp_of(report.speakers_path), topics = stamp_of(report.topics_path);
    std::lock_guard lock(mutex);
    const bool unchanged = last.tables && last.speakers_path == report.speakers_path &&
                           last.topics_path == report.topics_path && speakers && topics &&
                           last.speakers == speakers && last.topics == topics;
    if (unchanged) return last.tables;
    auto tables = std::make_shared<AnalysisTables>();
    if (!report.speakers_path.empty()) tables->speakers = SpeakerTable::load(report.speakers_path);
    if (!report.topics_path.empty()) tables->topics = TopicTagger::load(report.topics_path);
    last = {report.speakers_path, report.topics_path, speakers, topics, tables};
    return tables;
}

}  // namespace newsdex
