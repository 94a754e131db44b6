#pragma once
// Writes articles in batches, each batch one Xapian transaction, so that a reader sees an
// article either whole or not at all, and a killed run leaves the last batch intact.

#include <xapian.h>

#include <cstddef>
#include <string>
#include <unordered_map>

namespace newsdex {

/// The current time as ISO 8601 UTC (`2024-05-14T09:00:00Z`).
std::string utc_now();

/// One writer's open batch: begin() before an article's writes, finish() after them, and
/// commit() at the end of the run.
class BatchWriter {
public:
    using SpellingTotals = std::unordered_map<std::string, Xapian::termcount>;

    /// `keep_spelling`: sum the spelling words over the whole run and leave them to
    /// take_spelling() instead of adding them at each commit (a shard's, which another
    /// database then receives once).
    BatchWriter(Xapian::WritableDatabase& db, std::size_t batch_size, bool positions,
                bool keep_spelling = false)
        : db_(db), batch_size_(batch_size ? batch_size : 1), positions_(positions),
          keep_spelling_(keep_spelling) {}

    /// Opens the batch's transaction if needed; an article's writes follow, then finish().
    Xapian::WritableDatabase& begin();

    /// Ends an article; commits when the batch is full.
    void finish();

    /// Spelling words are summed over the batch and added once each at commit: far fewer
    /// calls than one per word per article.
    template <typename Words>
    void add_spelling(const Words& words) {
        for (const auto& [word, count] : words) spelling_[word] += count;
    }

    /// Words of passages the batch deletes or replaces: taken off the spelling data at
    /// commit, net of what the batch adds, so an updated index spells as a clean build does.
    template <typename Words>
    void remove_spelling(const Words& words) {
        for (const auto& [word, count] : words) removed_[word] += count;
    }

    SpellingTotals take_spelling();

    /// Commits the open batch with the schema metadata (and `last_run`, when given).
    void commit(const std::string& last_run = {});

    /// Drops the open batch: the database stays at its last commit. Never throws: it is
    /// called while another error is being handled (a failed commit left nothing to drop).
    void abandon();

private:
    Xapian::WritableDatabase& db_;
    SpellingTotals spelling_;
    SpellingTotals removed_;
    std::size_t batch_size_;
    bool positions_;
    bool keep_spelling_;
    std::size_t pending_ = 0;
    bool open_ = false;
};

}  // namespace newsdex
