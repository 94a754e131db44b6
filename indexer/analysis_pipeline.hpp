#pragma once
// The per-file work that needs no database — stat, read, hash, parse, split into passages,
// attribute, analyse — done in worker threads ahead of the one writer, and handed over in
// file order so the index comes out exactly as a single thread would write it.

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "document_builder.hpp"
#include "manifest.hpp"
#include "newsdex/article.hpp"
#include "newsdex/indexer.hpp"
#include "source_files.hpp"

namespace newsdex {

struct AnalysedArticle {
    Article article;
    std::vector<Xapian::Document> passages;
    SpellingCounts spelling;  ///< per passage, not summed: the writer sums a whole batch
};

/// What the workers learnt about one file.
struct PreparedFile {
    FileState state;            ///< size and time always; hash once the file was read
    bool read = false;          ///< false: size and time match the manifest, not opened
    bool same_content = false;  ///< read, and its hash matches the manifest: only touched
    bool failed_before = false;  ///< the manifest's failure still describes it: not retried
    std::optional<FileFailure> failure;  ///< the whole file refused
    std::vector<FileFailure> bad_lines;  ///< TSV lines refused
    std::vector<FileFailure> warnings;   ///< problems that did not stop an article
    std::vector<AnalysedArticle> articles;
    /// The file holds many articles, each with its reader's id (a feed, JSON Lines, TSV).
    bool many = false;
    /// Articles the file held before and holds no more stay indexed (a feed's old items).
    bool keeps_dropped = false;
    std::string charset;  ///< what its text was converted from; empty for UTF-8
};

class AnalysisPipeline {
public:
    using Prepare = std::function<PreparedFile(const SourceFile&)>;

    /// Starts `threads` workers (at least one), each calling `make_worker()` once for its own
    /// Prepare (so per-thread state, like a TermGenerator, is never shared).
    AnalysisPipeline(const std::vector<SourceFile>& files, unsigned threads,
                     const std::function<Prepare()>& make_worker);
    ~AnalysisPipeline();
    AnalysisPipeline(const AnalysisPipeline&) = delete;
    AnalysisPipeline& operator=(const AnalysisPipeline&) = delete;

    /// The next file's result, in the order of `files`; rethrows what its worker threw.
    PreparedFile next();

private:
    void work(const Prepare& prepare);

    const std::vector<SourceFile>& files_;
    std::size_t window_;  ///< results held at most, ahead of the writer
    std::vector<std::optional<PreparedFile>> ready_;
    std::vector<std::exception_ptr> errors_;
    std::size_t claimed_ = 0;
    std::size_t consumed_ = 0;
    bool stopping_ = false;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::thread> workers_;
};

}  // namespace newsdex
