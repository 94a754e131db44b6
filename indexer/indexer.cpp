#include "newsdex/indexer.hpp"

#include <chrono>
#include <filesystem>
#include <ctime>

#include "article_reader.hpp"
#include "document_builder.hpp"
#include "newsdex/database.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "passage_builder.hpp"
#include "source_files.hpp"
#include "synonyms.hpp"

namespace newsdex {

namespace {

std::string utc_now() {
    auto now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// Writes articles in batches, each batch one Xapian transaction, so that a reader sees an
// article either whole or not at all, and a killed run leaves the last batch intact.
class BatchWriter {
public:
    BatchWriter(Xapian::WritableDatabase& db, std::size_t batch_size)
        : db_(db), batch_size_(batch_size ? batch_size : 1) {}

    void replace_article(const std::string& article_id, const std::vector<Xapian::Document>& docs) {
        if (pending_ == 0) db_.begin_transaction();
        db_.delete_document(schema::id_term(schema::kArticle, article_id));
        for (const auto& doc : docs) db_.add_document(doc);
        if (++pending_ >= batch_size_) commit();
    }

    void commit() {
        if (pending_ == 0) db_.begin_transaction();
        db_.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kVersion));
        db_.set_metadata(std::string(schema::kMetaLastIndexed), utc_now());
        db_.commit_transaction();
        pending_ = 0;
    }

    void abandon() {
        if (pending_ > 0) db_.cancel_transaction();
        pending_ = 0;
    }

private:
    Xapian::WritableDatabase& db_;
    std::size_t batch_size_;
    std::size_t pending_ = 0;
};

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

}  // namespace

IndexReport index_paths(const IndexOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    IndexReport report;
    auto tables = load_tables(options, report);
    auto synonyms = synonym_groups(options, tables);
    auto db = open_for_writing(options.db_path);
    auto files = find_source_files(options.paths, report.failed);

    BatchWriter writer(db, options.commit_every);
    DocumentBuilder builder(&db);
    try {
        for (const auto& file : files) {
            std::vector<Xapian::Document> docs;
            std::string article_id;
            try {
                auto article = read_article(file, options.max_file_bytes);
                article_id = article.id;
                for (const auto& passage : build_passages(article, tables)) {
                    auto names = passage.speaker ? tables.speakers.names_of(*passage.speaker)
                                                 : std::vector<std::string>{};
                    docs.push_back(builder.build(PassageRecord::from(article, passage), names));
                }
            } catch (const InputError& e) {
                report.failed.push_back({e.path(), e.problem()});
                continue;
            }
            writer.replace_article(article_id, docs);
            ++report.articles;
            report.passages += docs.size();
        }
        write_synonyms(db, synonyms);
        writer.commit();
    } catch (const Xapian::Error& e) {
        writer.abandon();
        throw DatabaseError(DatabaseError::Reason::other, options.db_path,
                            "could not be written: " + e.get_description());
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

}  // namespace newsdex
