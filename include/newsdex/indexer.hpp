#pragma once
// Builds or updates a newsdex database from files and folders: the library behind
// newsdex-index, for programs that index without the CLI.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace newsdex {

/// How far a run has got, for progress displays.
struct IndexProgress {
    std::size_t files_done = 0;
    std::size_t files_total = 0;
    std::uint64_t bytes_done = 0;  ///< of the files looked at (unchanged ones count too)
    std::uint64_t bytes_total = 0;
};

/// What the named files hold: articles, each file read by its format (text, Markdown, HTML,
/// feeds, PDF, JSON Lines: docs/inputs.md), `docid<TAB>text`
/// lines, one article a line (.tsv; the article id is the docid), or JSON Lines, one article
/// a line as a JSON object (.jsonl/.ndjson; README, "Indexing", lists the fields).
enum class InputFormat { files, tsv, jsonl };

struct IndexOptions {
    std::string db_path;
    std::vector<std::string> paths;  ///< files and folders to walk
    InputFormat format = InputFormat::files;
    std::size_t commit_every = 1000;  ///< articles per commit; a commit never splits one
    std::uint64_t max_file_bytes = 32ull << 20;
    /// Speaker table and topic taxonomy; empty: `speakers.yaml` / `topics.yaml` in the first
    /// indexed folder that has one, else the installed defaults (PREFIX/share/newsdex beside
    /// the running binary), else the source tree's corpora/.
    std::string speakers_path;
    std::string topics_path;
    bool full = false;       ///< re-read and re-analyse every file, whatever the manifest says
    bool dry_run = false;    ///< only say what would change (IndexReport::changes)
    bool no_delete = false;  ///< keep the passages of files that have vanished
    double lock_timeout = 0;  ///< seconds to wait for another indexer; 0: do not wait
    /// Threads reading and analysing files ahead of the one that writes; 0: one per core.
    /// The index is the same whatever the number.
    unsigned threads = 0;
    /// Keep each word's positions in a new index: phrase and NEAR searches then read them
    /// rather than each candidate passage's text, for an index about twice the size. An
    /// existing index keeps what it was built with (asking for positions in one built
    /// without is a DatabaseError).
    bool positions = false;
    /// Read again the files an earlier run could not index, though they have not changed
    /// (they are otherwise left alone and counted in IndexReport::failed_unchanged).
    bool retry_failed = false;
    /// Index a file reached through a symlink whose target lies outside the indexed
    /// folders; by default such a file is skipped and reported in IndexReport::skipped.
    bool follow_symlinks = false;
    std::function<void(const IndexProgress&)> progress;  ///< called after each file
};

struct FileFailure {
    std::string path;
    std::string error;
};

struct IndexReport {
    std::size_t articles = 0;  ///< written (added, updated or moved)
    std::size_t passages = 0;  ///< written
    std::size_t added = 0;
    std::size_t updated = 0;  ///< content changed, or moved to a new path
    std::size_t deleted = 0;
    std::size_t unchanged = 0;  ///< including files only touched (same content)
    std::vector<std::string> changes;  ///< `add PATH`, `update PATH`, `move OLD -> NEW`, …
    std::vector<FileFailure> failed;  ///< new failures: files changed since, or never seen
    /// Files that failed before and have not changed since: not read, not reported again.
    std::size_t failed_unchanged = 0;
    /// Files left out on purpose, with the reason: not errors, and no effect on the exit code.
    std::vector<FileFailure> skipped;
    /// Problems that cost an article a detail, not its place (a date that could not be read).
    std::vector<FileFailure> warnings;
    /// Files a folder walk left out for their extension, by extension (`.jpg` → 10; `(none)`
    /// for files without one): not errors. Only of InputFormat::files.
    std::map<std::string, std::size_t> skipped_by_extension;
    /// Files read this run whose text was not UTF-8, by the charset they were converted from
    /// (`windows-1252` → 1).
    std::map<std::string, std::size_t> charsets;
    double seconds = 0;
    std::string speakers_path;  ///< the tables actually used ("" when none was found)
    std::string topics_path;
};

/// Brings the index up to date with every file newsdex reads (docs/inputs.md; .tsv/.jsonl
/// files only, with InputFormat::tsv/jsonl) under options.paths: unchanged files (same size and time) are skipped
/// unread, changed ones replace their articles, vanished ones are deleted, moved ones
/// re-filed. Files that cannot be read, and TSV or JSON lines that are malformed, are reported
/// in the result and skipped. Only files of options.format count as vanished: a folder
/// reindexed as files leaves its TSV and JSONL files' articles alone, and the other way
/// round. Articles indexed without a file (standard input, newsdex::Index) are never deleted
/// by a run, and a file whose article id one of them holds is refused.
/// Throws DatabaseError when the database cannot be opened for writing.
IndexReport index_paths(const IndexOptions& options);

/// One passage of an article as indexing makes it, with its speaker and what decided it.
struct ExplainedPassage {
    int ordinal = 0;
    std::string kind;     ///< paragraph, quote or turn
    std::string speaker;  ///< empty when none
    std::string evidence;  ///< the label, the words around a quote, the title …; may be empty
    std::string text;
};

/// Splits and attributes the article in `path` as index_paths would (the speaker table and
/// taxonomy chosen the same way, options.paths standing for the folder indexed), and
/// writes nothing. Throws InputError when the file cannot be read or parsed.
/// `charset`, when given, is set to the character set the file was converted from ("" for
/// UTF-8).
std::vector<ExplainedPassage> explain_speakers(const std::string& path,
                                               const IndexOptions& options,
                                               std::string* charset = nullptr);

/// The files the database's last runs could not index and that were not retried since,
/// with the reason; in path order. Throws DatabaseError when the database cannot be read.
std::vector<FileFailure> failed_files(const std::string& db_path);

}  // namespace newsdex
