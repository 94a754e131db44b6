#include "newsdex/indexer.hpp"

#include <chrono>
#include <algorithm>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <utility>
#include <filesystem>

#include "analysis_pipeline.hpp"
#include "analysis_tables.hpp"
#include "article_writes.hpp"
#include "article_reader.hpp"
#include "batch_writer.hpp"
#include "compaction.hpp"
#include "document_builder.hpp"
#include "manifest.hpp"
#include "newsdex/database.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "held_articles.hpp"
#include "input_formats.hpp"
#include "input_paths.hpp"
#include "jsonl_reader.hpp"
#include "passage_builder.hpp"
#include "source_files.hpp"
#include "synonyms.hpp"
#include "tsv_reader.hpp"
#include "scratch_folders.hpp"
#include "writer_lock.hpp"

namespace newsdex {

namespace {

namespace fs = std::filesystem;

std::string absolute_path(const std::string& path) {
    std::error_code ec;
    auto abs = fs::absolute(path, ec);
    return (ec ? fs::path(path) : abs).lexically_normal().string();
}

std::int64_t mtime_ns(const std::string& path) {
    std::error_code ec;
    auto t = fs::last_write_time(path, ec);
    return ec ? 0 : std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

bool under(const std::string& path, const std::vector<std::string>& roots) {
    for (const auto& r : roots) {
        auto root = absolute_path(r);
        if (path == root || path.starts_with(root + "/")) return true;
    }
    return false;
}

std::string last_run_json(const IndexReport& r) {
    nlohmann::json j = {{"finished", utc_now()}, {"added", r.added},     {"updated", r.updated},
                        {"deleted", r.deleted},  {"unchanged", r.unchanged},
                        {"failed", r.failed.size()}, {"failed_unchanged", r.failed_unchanged},
                        {"seconds", r.seconds}};
    if (!r.charsets.empty()) j["charsets"] = r.charsets;
    return j.dump();
}

// Re-files an article whose file moved: same passages, new id and path; the text is not
// segmented or attributed again.
std::size_t move_article(Xapian::WritableDatabase& db, const std::string& old_id,
                         const Article& moved, DocumentBuilder& builder,
                         const SpeakerTable& speakers) {
    std::vector<Xapian::Document> docs;
    const auto term = schema::id_term(schema::kArticle, old_id);
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
        auto record = PassageRecord::parse(db.get_document(*p).get_data());
        record.article_id = moved.id;
        record.passage_id = moved.id + "#" + std::to_string(record.ordinal);
        record.path = moved.path;
        auto names = record.speaker ? speakers.names_of(*record.speaker) : std::vector<std::string>{};
        docs.push_back(builder.build(record, names));
    }
    db.delete_document(term);
    for (const auto& d : docs) db.add_document(d);
    return docs.size();
}

// As FileState::format records it.
std::string format_name(InputFormat format) {
    switch (format) {
        case InputFormat::tsv: return "tsv";
        case InputFormat::jsonl: return "jsonl";
        case InputFormat::files: break;
    }
    return {};
}

// The workers' part for one file: everything up to the documents, nothing written.
PreparedFile prepare_file(const SourceFile& file, const Manifest& manifest,
                          const IndexOptions& options, const AnalysisTables& tables,
                          DocumentBuilder& builder) {
    PreparedFile out;
    out.state.format = format_name(options.format);
    std::error_code ec;
    out.state.size = fs::file_size(file.path, ec);
    out.state.mtime_ns = mtime_ns(file.path);
    auto known = manifest.find(absolute_path(file.path));
    const bool had = known != manifest.end();
    const bool retry = options.full || options.retry_failed;
    if (!options.full && had && known->second.size == out.state.size &&
        known->second.mtime_ns == out.state.mtime_ns &&
        (known->second.error.empty() || !retry)) {
        out.failed_before = !known->second.error.empty();
        return out;
    }
    out.read = true;
    std::string bytes;
    try {
        bytes = read_file_bytes(file, options.max_file_bytes);
    } catch (const InputError& e) {
        out.failure = FileFailure{e.path(), e.problem()};
        return out;
    }
    out.state.hash = content_hash(bytes);
    if (!options.full && had && known->second.hash == out.state.hash &&
        (known->second.error.empty() || !retry)) {
        out.same_content = true;
        out.failed_before = !known->second.error.empty();
        return out;
    }
    std::vector<Article> articles;
    try {
        if (options.format == InputFormat::tsv) {
            articles = parse_tsv(bytes, file.path, out.bad_lines);
            out.many = true;
        } else if (options.format == InputFormat::jsonl) {
            articles = parse_jsonl(bytes, file.path, out.bad_lines);
            out.many = true;
        } else {
            // Whatever the file is (a story, a page, a feed), its reader decides how many
            // articles it holds.
            auto read = read_articles(std::move(bytes), file);
            articles = std::move(read.articles);
            out.bad_lines = std::move(read.bad_items);
            out.many = read.many;
            out.keeps_dropped = read.keeps_dropped;
            out.charset = std::move(read.charset);
        }
    } catch (const InputError& e) {
        out.failure = FileFailure{e.path(), e.problem()};
        return out;
    }
    for (auto& a : articles) {
        for (auto& warning : a.warnings) out.warnings.push_back({a.path, std::move(warning)});
        a.warnings.clear();
        if (options.dry_run) {
            a.body.clear();
            out.articles.push_back({std::move(a), {}, {}});
        } else {
            out.articles.push_back(analyse_article(std::move(a), tables, builder));
        }
    }
    return out;
}

std::vector<std::string> ids_of(const FileState& state) {
    if (!state.article_ids.empty()) return state.article_ids;
    if (state.article_id.empty()) return {};
    return {state.article_id};
}

// Remembers a file that could not be indexed, with its size and time, so that later runs
// neither read it nor report it again until it changes; its earlier articles stay.
void record_failure(BatchWriter& writer, const std::string& path, FileState state,
                    const Manifest::const_iterator known, const Manifest& manifest,
                    const std::string& error) {
    state.error = error;
    if (known != manifest.end()) {
        state.article_id = known->second.article_id;
        state.article_ids = known->second.article_ids;
    }
    record_file(writer.begin(), path, state);
    writer.finish();
}

// Counts files done for the progress callback, from however many writers.
class ProgressSink {
public:
    ProgressSink(const IndexOptions& options, const std::vector<SourceFile>& files)
        : callback_(options.progress) {
        progress_.files_total = files.size();
        for (const auto& f : files) {
            std::error_code ec;
            progress_.bytes_total += fs::file_size(f.path, ec);
        }
    }
    void file_done(std::uint64_t bytes) {
        std::lock_guard lock(mutex_);
        ++progress_.files_done;
        progress_.bytes_done += bytes;
        if (callback_) callback_(progress_);
    }

private:
    std::function<void(const IndexProgress&)> callback_;
    IndexProgress progress_;
    std::mutex mutex_;
};

// What every writer's pass shares: the run's options and tables, the manifest as it was, and
// the vanished files a new one may have been moved from.
struct Pass {
    const IndexOptions& options;
    const AnalysisTables& tables;
    const Manifest& manifest;
    std::multimap<std::string, std::string>& vanished_by_hash;
    /// Article id → the file holding it, of the manifest's files still present.
    const std::map<std::string, std::string>& owners;
    ProgressSink& progress;
    bool positions;  ///< the index keeps word positions
};

struct PassResult {
    IndexReport report;                 ///< counts, changes and failures of this pass only
    std::vector<std::string> article_ids;  ///< every article written, in order
};

// Which file holds each article id the manifest knows, leaving out the files that vanished
// (their ids are free to be taken), and the articles held without a file.
std::map<std::string, std::string> id_owners(
    const Manifest& manifest, const std::multimap<std::string, std::string>& vanished_by_hash,
    const std::vector<std::string>& held) {
    std::set<std::string> vanished;
    for (const auto& [hash, path] : vanished_by_hash) vanished.insert(path);
    std::map<std::string, std::string> owners;
    for (const auto& [path, state] : manifest)
        if (!vanished.count(path))
            for (const auto& id : ids_of(state)) owners.emplace(id, path);
    for (const auto& id : held) owners.emplace(id, kHeldOwner);
    return owners;
}

// An article id is one article: a second file claiming it is refused, not let overwrite the
// first one's passages.
std::optional<FileFailure> claimed_elsewhere(const std::map<std::string, std::string>& owners,
                                             const std::string& id, const std::string& path,
                                             const std::string& shown_path) {
    auto owner = owners.find(id);
    if (owner == owners.end() || owner->second == path) return std::nullopt;
    return FileFailure{shown_path, "article id '" + id + "' is already used by " +
                                       owner->second + "; skipped"};
}

// Brings `files` into the writer's database (nothing is written without a writer: dry run).
void write_files(const Pass& pass, const std::vector<SourceFile>& files, unsigned threads,
                 BatchWriter* writer, PassResult& out) {
    const auto& options = pass.options;
    const auto& tables = pass.tables;
    const auto& manifest = pass.manifest;
    auto& vanished_by_hash = pass.vanished_by_hash;
    auto owners = pass.owners;  // and the articles this pass writes, as it writes them
    DocumentBuilder builder(pass.positions);
    AnalysisPipeline pipeline(files, threads, [&] {
        auto worker_builder = std::make_shared<DocumentBuilder>(pass.positions);
        return [&, worker_builder](const SourceFile& file) {
            return prepare_file(file, manifest, options, tables, *worker_builder);
        };
    });
    for (const auto& file : files) {
        const auto path = absolute_path(file.path);
        auto prepared = pipeline.next();
        auto& state = prepared.state;
        pass.progress.file_done(state.size);
        auto known = manifest.find(path);
        // Whether the index holds articles of this file (one that only ever failed has none).
        const bool had = known != manifest.end() && !ids_of(known->second).empty();
        if (!prepared.read) {
            ++(prepared.failed_before ? out.report.failed_unchanged : out.report.unchanged);
            continue;
        }
        if (prepared.failure) {
            out.report.failed.push_back(*prepared.failure);
            if (writer)
                record_failure(*writer, path, state, known, manifest, prepared.failure->error);
            continue;
        }
        for (auto& w : prepared.warnings) out.report.warnings.push_back(std::move(w));
        if (prepared.same_content) {
            // Touched, not changed: only the manifest learns the new time.
            ++(prepared.failed_before ? out.report.failed_unchanged : out.report.unchanged);
            if (writer) {
                state.article_id = known->second.article_id;
                state.article_ids = known->second.article_ids;
                state.error = known->second.error;
                record_file(writer->begin(), path, state);
                writer->finish();
            }
            continue;
        }
        if (!prepared.charset.empty()) ++out.report.charsets[prepared.charset];
        if (prepared.many) {
            for (auto& bad : prepared.bad_lines) out.report.failed.push_back(std::move(bad));
            // Standard input's articles are held, not a file's: they may replace held ones.
            const std::string owner = file.from_stdin() ? std::string(kHeldOwner) : path;
            std::set<std::string> old_ids;
            if (had) for (const auto& id : ids_of(known->second)) old_ids.insert(id);
            out.report.changes.push_back((had ? "update " : "add ") + path);
            std::vector<const AnalysedArticle*> kept;
            for (const auto& a : prepared.articles) {
                if (auto clash = claimed_elsewhere(owners, a.article.id, owner, file.path)) {
                    out.report.failed.push_back(std::move(*clash));
                    continue;
                }
                kept.push_back(&a);
                const bool held_before = file.from_stdin() && owners.count(a.article.id);
                ++(old_ids.erase(a.article.id) || held_before ? out.report.updated
                                                              : out.report.added);
                state.article_ids.push_back(a.article.id);
                out.article_ids.push_back(a.article.id);
            }
            if (prepared.keeps_dropped) {
                // Still this file's, though it no longer lists them.
                for (const auto& id : old_ids) state.article_ids.push_back(id);
                old_ids.clear();
            }
            out.report.deleted += old_ids.size();
            out.report.articles += kept.size();
            for (const auto& id : old_ids)
                if (auto owner = owners.find(id); owner != owners.end() && owner->second == path)
                    owners.erase(owner);
            for (const auto* a : kept) owners[a->article.id] = owner;
            if (!writer) continue;
            for (const auto& id : old_ids) {
                delete_article(*writer, id);
                writer->finish();
            }
            for (const auto* a : kept) {
                out.report.passages += write_article(*writer, *a);
                if (file.from_stdin()) hold_article(writer->begin(), a->article.id);
                writer->finish();
            }
            // Last, so that a run killed half way through the file redoes it next time.
            // Standard input has no file to track: its articles are added or replaced only.
            if (!file.from_stdin()) {
                record_file(writer->begin(), path, state);
                writer->finish();
            }
            continue;
        }
        const auto& analysed = prepared.articles.front();
        const auto& article = analysed.article;
        if (auto clash = claimed_elsewhere(owners, article.id, path, file.path)) {
            if (writer) record_failure(*writer, path, state, known, manifest, clash->error);
            out.report.failed.push_back(std::move(*clash));
            continue;
        }
        // The ids the file held before and does not now (one, or a many-article file's).
        std::vector<std::string> dropped;
        if (had)
            for (const auto& id : ids_of(known->second))
                if (id != article.id) dropped.push_back(id);
        for (const auto& id : dropped)
            if (auto owner = owners.find(id); owner != owners.end() && owner->second == path)
                owners.erase(owner);
        owners[article.id] = path;
        state.article_id = article.id;
        out.article_ids.push_back(article.id);
        auto moved_from = vanished_by_hash.find(state.hash);
        if (!options.full && !had && moved_from != vanished_by_hash.end() &&
            !ids_of(manifest.at(moved_from->second)).empty()) {
            const auto old_path = moved_from->second;
            vanished_by_hash.erase(moved_from);
            ++out.report.updated;
            out.report.changes.push_back("move " + old_path + " -> " + path);
            if (writer) {
                auto& db = writer->begin();
                out.report.passages += move_article(db, manifest.at(old_path).article_id, article,
                                                builder, tables.speakers);
                forget_file(db, old_path);
                record_file(db, path, state);
                writer->finish();
            }
            ++out.report.articles;
            continue;
        }
        out.report.changes.push_back((had ? "update " : "add ") + path);
        ++(had ? out.report.updated : out.report.added);
        ++out.report.articles;
        if (!writer) continue;
        auto& db = writer->begin();
        for (const auto& id : dropped) delete_article(*writer, id);
        out.report.passages += write_article(*writer, analysed);
        record_file(db, path, state);
        writer->finish();
    }
}

// Contiguous runs of `files` with about equal bytes, in order: each becomes one shard.
std::vector<std::vector<SourceFile>> split_by_bytes(const std::vector<SourceFile>& files,
                                                    std::size_t parts) {
    std::vector<std::uint64_t> sizes;
    std::uint64_t total = 0;
    for (const auto& f : files) {
        std::error_code ec;
        sizes.push_back(fs::file_size(f.path, ec));
        total += sizes.back();
    }
    std::vector<std::vector<SourceFile>> out(1);
    std::uint64_t done = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (out.size() < parts && done >= total * out.size() / parts && !out.back().empty())
            out.emplace_back();
        out.back().push_back(files[i]);
        done += sizes[i];
    }
    return out;
}

void add_up(IndexReport& into, PassResult&& pass) {
    auto& r = pass.report;
    into.articles += r.articles;
    into.passages += r.passages;
    into.added += r.added;
    into.updated += r.updated;
    into.deleted += r.deleted;
    into.unchanged += r.unchanged;
    into.failed_unchanged += r.failed_unchanged;
    for (auto& c : r.changes) into.changes.push_back(std::move(c));
    for (auto& f : r.failed) into.failed.push_back(std::move(f));
    for (auto& w : r.warnings) into.warnings.push_back(std::move(w));
    for (const auto& [charset, files] : r.charsets) into.charsets[charset] += files;
}

// A first build of many files is written as shards, each by its own writer, then merged by
// the compaction a first build gets anyway. Below this many files a shard is not worth it.
constexpr std::size_t kMinFilesPerShard = 32;

// Builds the shards side by side in DIR.shardN and merges them in order into `db_path`, so
// document ids, documents and spelling data are those of one writer. Returns false, having
// written nothing, when two shards wrote the same article id: one writer must then replace
// the earlier with the later, as it always does.
bool build_in_shards(const Pass& pass, const std::vector<std::vector<SourceFile>>& shards,
                     unsigned threads_each, const SynonymGroups& synonyms, IndexReport& report,
                     const std::chrono::steady_clock::time_point started) {
    const auto& options = pass.options;
    std::vector<std::string> dirs;
    for (std::size_t i = 0; i < shards.size(); ++i)
        dirs.push_back(options.db_path + ".shard" + std::to_string(i));
    // Only database files are removed: a folder someone else put files in stays.
    auto remove_shards = [&] {
        for (const auto& d : dirs) {
            try {
                clear_scratch_folder(d);
            } catch (const std::exception&) {
            }
        }
    };
    // A folder of that name newsdex did not write is refused, not overwritten.
    for (const auto& d : dirs) clear_scratch_folder(d);
    std::vector<PassResult> results(shards.size());
    std::vector<BatchWriter::SpellingTotals> spelling(shards.size());
    std::vector<std::exception_ptr> errors(shards.size());
    {
        std::vector<std::thread> writers;
        for (std::size_t i = 0; i < shards.size(); ++i)
            writers.emplace_back([&, i] {
                try {
                    Xapian::WritableDatabase db(dirs[i], Xapian::DB_CREATE_OR_OVERWRITE |
                                                             Xapian::DB_BACKEND_GLASS);
                    BatchWriter writer(db, options.commit_every, pass.positions, true);
                    write_files(pass, shards[i], threads_each, &writer, results[i]);
                    writer.commit();
                    spelling[i] = writer.take_spelling();
                } catch (...) {
                    errors[i] = std::current_exception();
                }
            });
        for (auto& w : writers) w.join();
    }
    for (auto& e : errors)
        if (e) {
            remove_shards();
            std::rethrow_exception(e);
        }
    std::set<std::string> seen;
    for (const auto& r : results)
        for (const auto& id : r.article_ids)
            if (!seen.insert(id).second) {
                remove_shards();
                return false;
            }
    for (auto& r : results) add_up(report, std::move(r));
    {
        Xapian::WritableDatabase first(dirs.front(), Xapian::DB_OPEN | Xapian::DB_BACKEND_GLASS);
        BatchWriter writer(first, 1, pass.positions);
        writer.begin();
        // The spelling data goes to one shard, in one commit: added in each shard, it was
        // written once a shard and merged again by the compaction.
        for (auto& words : spelling) writer.add_spelling(std::exchange(words, {}));
        write_synonyms(first, synonyms);
        report.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        writer.commit(last_run_json(report));
    }
    try {
        compact_into_place(dirs, options.db_path);
    } catch (...) {
        remove_shards();
        throw;
    }
    remove_shards();
    return true;
}

// The usual run: one writer, in file order, then the vanished files' deletions.
IndexReport index_one_writer(const Pass& pass, const std::vector<SourceFile>& files,
                             unsigned threads, Xapian::WritableDatabase* writable,
                             const SynonymGroups& synonyms, bool first_build, IndexReport& report,
                             const std::chrono::steady_clock::time_point started) {
    const auto& options = pass.options;
    const auto& manifest = pass.manifest;
    std::optional<BatchWriter> writer;
    if (writable) writer.emplace(*writable, options.commit_every, pass.positions);
    try {
        PassResult result;
        write_files(pass, files, threads, writer ? &*writer : nullptr, result);
        // A vanished file's article that a file of this run wrote again (same id) stays.
        const std::set<std::string> written_ids(result.article_ids.begin(), result.article_ids.end());
        add_up(report, std::move(result));
        if (!options.no_delete) {
            for (const auto& [hash, path] : pass.vanished_by_hash) {
                std::vector<std::string> gone;
                for (const auto& id : ids_of(manifest.at(path)))
                    if (!written_ids.count(id) && !pass.owners.count(id)) gone.push_back(id);
                report.deleted += gone.size();
                report.changes.push_back("delete " + path);
                if (!writer) continue;
                auto& db = writer->begin();
                for (const auto& id : gone) delete_article(*writer, id);
                forget_file(db, path);
                writer->finish();
            }
        }
        report.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (writer) {
            write_synonyms(*writable, synonyms);
            writer->commit(last_run_json(report));
        }
    } catch (const Xapian::Error& e) {
        if (writer) writer->abandon();
        throw write_error(options.db_path, e);
    }
    if (writer && first_build && report.articles > 0) {
        try {
            compact_into_place({options.db_path}, options.db_path);
        } catch (const Xapian::Error& e) {
            throw write_error(options.db_path, e, "is complete but could not be compacted");
        } catch (const std::filesystem::filesystem_error& e) {
            throw write_error(options.db_path, e, "is complete but could not be compacted");
        } catch (const std::exception& e) {
            throw DatabaseError(DatabaseError::Reason::other, options.db_path,
                                std::string("is complete but could not be compacted: ") + e.what());
        }
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

}  // namespace

IndexReport index_paths(const IndexOptions& given) try {
    const WriteFailureExit exit_on_write_failure(given.db_path);
    const auto started = std::chrono::steady_clock::now();
    // Every path made comparable once, here: `dir/` and `dir` are one folder.
    IndexOptions options = given;
    for (auto& path : options.paths) {
        path = normalised_path(path);
        // A path that is not there is a mistake in the command, not a file that failed:
        // nothing is written.
        std::error_code ec;
        if (path != "-" && !fs::exists(fs::symlink_status(path, ec)))
            throw InputError(path, "no such file or folder");
    }
    const auto place = check_database_place(options.db_path, options.paths);
    options.db_path = place.db_path;
    IndexReport report;
    auto tables = load_tables(options, report);
    auto synonyms = synonym_groups(options, tables);
    auto files = find_source_files(options.paths, report.failed, options.format,
                                   {place.excluded, options.follow_symlinks}, &report.skipped,
                                   &report.skipped_by_extension);

    std::optional<Xapian::WritableDatabase> writable;
    Manifest manifest;
    std::vector<std::string> held;  // ids of the articles indexed without a file
    // Into an empty database, where no reader can be holding the files: compact it after.
    bool first_build = false;
    if (options.dry_run) {
        std::error_code ec;
        if (fs::exists(options.db_path, ec)) {
            const auto db = open_for_reading(options.db_path);
            manifest = load_manifest(db);
            held = held_article_ids(db);
        }
    } else {
        writable = open_waiting(options.db_path, options.lock_timeout);
        // With the lock held no other run is building shards: any there are a killed run's.
        clear_leftover_shards(options.db_path);
        manifest = load_manifest(*writable);
        held = held_article_ids(*writable);
        first_build = writable->get_doccount() == 0;
    }
    // A new index takes the option; an existing one keeps what it was built with, since
    // passages with and without positions cannot be searched alike.
    bool positions = options.positions;
    if (writable && !first_build) {
        positions = writable->get_metadata(std::string(schema::kMetaPositions)) == "1";
        if (options.positions && !positions)
            throw DatabaseError(DatabaseError::Reason::other, options.db_path,
                                "was built without positions: index into a new database to "
                                "keep them");
    }

    // Files the manifest knows under the indexed roots that are not there any more; a new
    // file with the same content is one of them, moved.
    std::set<std::string> present;
    for (const auto& f : files) present.insert(absolute_path(f.path));
    std::multimap<std::string, std::string> vanished_by_hash;  // hash → old path (files may share content)
    for (const auto& [path, state] : manifest)
        if (!present.count(path) && under(path, options.paths) &&
            state.format == format_name(options.format))
            vanished_by_hash.emplace(state.hash, path);

    ProgressSink progress(options, files);
    const auto owners = id_owners(manifest, vanished_by_hash, held);
    const Pass pass{options, tables, manifest, vanished_by_hash, owners, progress, positions};
    const unsigned threads =
        options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

    // A first build (nothing to replace, move or delete) of enough files: one writer a shard.
    const std::size_t shard_count = std::min<std::size_t>(threads, files.size() / kMinFilesPerShard);
    if (first_build && vanished_by_hash.empty() && shard_count >= 2) {
        try {
            if (build_in_shards(pass, split_by_bytes(files, shard_count),
                                std::max(1u, threads / static_cast<unsigned>(shard_count)),
                                synonyms, report, started)) {
                report.seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                return report;
            }
        } catch (const Xapian::Error& e) {
            throw write_error(options.db_path, e);
        } catch (const std::filesystem::filesystem_error& e) {
            throw write_error(options.db_path, e);
        }
        ProgressSink again(options, files);  // the shards' work was dropped: count afresh
        return index_one_writer({options, tables, manifest, vanished_by_hash, owners, again, positions},
                                files, threads, &*writable, synonyms, first_build, report, started);
    }
    return index_one_writer(pass, files, threads, writable ? &*writable : nullptr, synonyms,
                            first_build, report, started);
} catch (const Xapian::Error& e) {
    // Whatever else Xapian throws (reading the manifest, analysing) is the database's too:
    // a caller catching std::exception must see it.
    throw write_error(given.db_path, e, "could not be used");
}

std::vector<ExplainedPassage> explain_speakers(const std::string& path,
                                               const IndexOptions& options,
                                               std::string* charset) {
    IndexReport unused;
    const auto tables = load_tables(options, unused);
    const SourceFile file{path, fs::path(path).filename().generic_string()};
    auto read = read_articles(read_file_bytes(file, options.max_file_bytes), file);
    if (read.articles.size() != 1)
        throw InputError(path, "holds " + std::to_string(read.articles.size()) +
                                   " articles; --explain-speakers takes a file of one");
    const auto& article = read.articles.front();
    if (charset) *charset = read.charset;
    std::vector<ExplainedPassage> out;
    for (auto& p : build_passages(article, tables))
        out.push_back({p.ordinal, std::string(to_string(p.kind)), p.speaker.value_or(""),
                       std::move(p.evidence), std::move(p.text)});
    return out;
}

std::vector<FileFailure> failed_files(const std::string& db_path) {
    std::vector<FileFailure> out;
    std::error_code ec;
    if (!fs::exists(db_path, ec)) return out;
    for (const auto& [path, state] : load_manifest(open_for_reading(db_path)))
        if (!state.error.empty()) out.push_back({path, state.error});
    return out;
}

}  // namespace newsdex
