#include "batch_writer.hpp"

#include <algorithm>
#include <ctime>
#include <utility>

#include "newsdex/schema.hpp"

namespace newsdex {

std::string utc_now() {
    auto now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

Xapian::WritableDatabase& BatchWriter::begin() {
    if (!open_) db_.begin_transaction();
    open_ = true;
    return db_;
}

void BatchWriter::finish() {
    if (++pending_ >= batch_size_) commit();
}

BatchWriter::SpellingTotals BatchWriter::take_spelling() { return std::exchange(spelling_, {}); }

void BatchWriter::commit(const std::string& last_run) {
    begin();
    if (!keep_spelling_) {
        for (auto& [word, count] : spelling_) {
            auto gone = removed_.find(word);
            if (gone == removed_.end()) continue;
            const auto both = std::min(count, gone->second);
            count -= both;
            gone->second -= both;
        }
        for (const auto& [word, count] : spelling_)
            if (count) db_.add_spelling(word, count);
        for (const auto& [word, count] : removed_)
            if (count) db_.remove_spelling(word, count);
        spelling_.clear();
        removed_.clear();
    }
    db_.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kVersion));
    db_.set_metadata(std::string(schema::kMetaPositions), positions_ ? "1" : "0");
    db_.set_metadata(std::string(schema::kMetaLastIndexed), utc_now());
    if (!last_run.empty()) db_.set_metadata(std::string(schema::kMetaLastRun), last_run);
    // The transaction is over once commit_transaction() is called, even when it throws (a
    // full disk): there is then nothing left to cancel.
    open_ = false;
    pending_ = 0;
    db_.commit_transaction();
}

void BatchWriter::abandon() {
    const bool was_open = std::exchange(open_, false);
    pending_ = 0;
    spelling_.clear();
    removed_.clear();
    if (!was_open) return;
    try {
        db_.cancel_transaction();
    } catch (const Xapian::Error&) {
        // abandon() runs while the error that stopped the batch is on its way out, and that
        // is the one to report. Xapian has already dropped the batch's changes when it gives
        // up on a write (a database it could not roll back is closed), so nothing of the
        // batch can be committed later.
    }
}

}  // namespace newsdex
