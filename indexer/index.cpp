#include "newsdex/index.hpp"

#include <limits>
#include <map>
#include <optional>

#include "analysis_tables.hpp"
#include "article_checks.hpp"
#include "article_writes.hpp"
#include "batch_writer.hpp"
#include "held_articles.hpp"
#include "input_paths.hpp"
#include "manifest.hpp"
#include "newsdex/database.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "writer_lock.hpp"

namespace newsdex {

struct Index::State {
    std::string db_path;
    IndexReport tables_used;
    std::shared_ptr<const AnalysisTables> tables;  ///< shared with other Index objects
    SynonymGroups synonyms;
    Xapian::WritableDatabase db;
    /// Article id → the file holding it. The lock keeps the manifest as it was read.
    std::map<std::string, std::string> file_owners;
    std::optional<DocumentBuilder> builder;
    std::optional<BatchWriter> writer;

    ArticleWrite write(Article article, bool replacing);
    void refuse_file_article(const std::string& id, const char* what) const;
};

namespace {

std::string where(const Article& article) {
    return article.path.empty() ? "article '" + article.id + "'" : article.path;
}

}  // namespace

void Index::State::refuse_file_article(const std::string& id, const char* what) const {
    if (auto owner = file_owners.find(id); owner != file_owners.end())
        throw InputError("article '" + id + "'", std::string("is held by the file ") +
                                                     owner->second + "; newsdex::Index cannot " +
                                                     what +
                                                     " it (change the file and "
                                                     "run newsdex-index instead)");
}

ArticleWrite Index::State::write(Article article, bool replacing) {
    check_article(article, where(article));
    refuse_file_article(article.id, replacing ? "replace" : "add");
    ArticleWrite out;
    try {
        out.replaced = db.term_exists(schema::id_term(schema::kArticle, article.id));
        if (out.replaced && !replacing)
            throw InputError("article '" + article.id + "'",
                             "is in the index already; replace() changes it");
        out.warnings = std::move(article.warnings);
        article.warnings.clear();
        const auto analysed = analyse_article(std::move(article), *tables, *builder);
        out.passages = write_article(*writer, analysed);
        hold_article(writer->begin(), analysed.article.id);
        writer->finish();
    } catch (const Xapian::Error& e) {
        writer->abandon();
        throw write_error(db_path, e);
    }
    return out;
}

Index::Index(const IndexOptions& options) {
    const WriteFailureExit exit_on_write_failure(options.db_path);
    const auto place = check_database_place(options.db_path, options.paths);
    IndexReport tables_used;
    auto tables = shared_tables(options, tables_used);
    auto synonyms = synonym_groups(options, *tables);
    try {
        auto db = open_waiting(place.db_path, options.lock_timeout);
        bool positions = options.positions;
        if (db.get_doccount() > 0) {
            positions = db.get_metadata(std::string(schema::kMetaPositions)) == "1";
            if (options.positions && !positions)
                throw DatabaseError(DatabaseError::Reason::other, place.db_path,
                                    "was built without positions: index into a new database "
                                    "to keep them");
        }
        std::map<std::string, std::string> file_owners;
        for (const auto& [path, file] : load_manifest(db)) {
            if (!file.article_id.empty()) file_owners.emplace(file.article_id, path);
            for (const auto& id : file.article_ids) file_owners.emplace(id, path);
        }
        state_.reset(new State{place.db_path, std::move(tables_used), std::move(tables),
                               std::move(synonyms), std::move(db), std::move(file_owners),
                               std::nullopt, std::nullopt});
        state_->builder.emplace(positions);
        const auto batch =
            options.commit_every ? options.commit_every : std::numeric_limits<std::size_t>::max();
        state_->writer.emplace(state_->db, batch, positions);
    } catch (const Xapian::Error& e) {
        throw write_error(place.db_path, e, "could not be opened for writing");
    }
}

Index::~Index() {
    if (state_) state_->writer->abandon();
}

Index::Index(Index&&) noexcept = default;

Index& Index::operator=(Index&& other) noexcept {
    if (this != &other) {
        if (state_) state_->writer->abandon();
        state_ = std::move(other.state_);
    }
    return *this;
}

ArticleWrite Index::add(Article article) {
    const WriteFailureExit exit_on_write_failure(state_->db_path);
    return state_->write(std::move(article), false);
}

ArticleWrite Index::replace(Article article) {
    const WriteFailureExit exit_on_write_failure(state_->db_path);
    return state_->write(std::move(article), true);
}

bool Index::remove(const std::string& id) {
    const WriteFailureExit exit_on_write_failure(state_->db_path);
    state_->refuse_file_article(id, "remove");
    auto& s = *state_;
    try {
        if (!s.db.term_exists(schema::id_term(schema::kArticle, id))) return false;
        delete_article(*s.writer, id);
        release_article(s.writer->begin(), id);
        s.writer->finish();
        return true;
    } catch (const Xapian::Error& e) {
        s.writer->abandon();
        throw write_error(s.db_path, e);
    }
}

void Index::commit() {
    const WriteFailureExit exit_on_write_failure(state_->db_path);
    auto& s = *state_;
    try {
        write_synonyms(s.writer->begin(), s.synonyms);
        s.writer->commit();
    } catch (const Xapian::Error& e) {
        s.writer->abandon();
        throw write_error(s.db_path, e);
    }
}

const std::string& Index::speakers_path() const {
    return state_->tables_used.speakers_path;
}
const std::string& Index::topics_path() const {
    return state_->tables_used.topics_path;
}

}  // namespace newsdex
