#pragma once
// Reads of an open database that stay within newsdex's errors: a writer's commits that
// invalidate what was being read are retried on a reopened database, and any other Xapian
// failure (a corrupt or truncated table, an I/O error) becomes a DatabaseError.

#include <xapian.h>

#include <chrono>
#include <string>
#include <thread>

namespace newsdex {

/// The DatabaseError for a Xapian failure while reading the database at `path`.
[[noreturn]] void throw_read_error(const std::string& path, const Xapian::Error& e);

/// How many times a read invalidated by commits is started again. Each try reopens at the
/// latest commit, and a reader can lose its commit as soon as the writer has made two more:
/// an indexer committing every article, on a loaded machine, can outpace a search many
/// times in a row, and a late answer is better than none.
inline constexpr int kReadAttempts = 1000;

/// How many times a read that found a block looking corrupt is started again on a reopened
/// database before the damage is taken as real.
inline constexpr int kCorruptReadAttempts = 20;

/// open_for_reading(path), tried again when a commit lands while it reads the database's
/// metadata.
Xapian::Database open_database(const std::string& path);

/// Runs fn(db), reopening `db` and running it again from the start when a commit has
/// invalidated what it was reading; every Xapian error that remains, or a last
/// DatabaseModifiedError, is thrown as DatabaseError naming `path`.
template <typename Fn>
auto read_database(Xapian::Database& db, const std::string& path, Fn&& fn) {
    int corrupt_reads = 0;  // counted apart: a search may first be retried for commits
    for (int attempt = 1;; ++attempt) {
        try {
            // Reopening reads the latest commit's roots, which a commit can discard too.
            if (attempt > 1) db.reopen();
            return fn(db);
        } catch (const Xapian::DatabaseModifiedError& e) {
            if (attempt >= kReadAttempts) throw_read_error(path, e);
        } catch (const Xapian::DatabaseCorruptError& e) {
            // Xapian 1.4 can report a block that a newer commit reused as corrupt, or a
            // matched document as missing; real damage is still there after a few reopens,
            // each after the writer had a moment to finish its commit.
            if (++corrupt_reads >= kCorruptReadAttempts) throw_read_error(path, e);
            std::this_thread::sleep_for(std::chrono::milliseconds(corrupt_reads));
        } catch (const Xapian::DocNotFoundError& e) {
            if (++corrupt_reads >= kCorruptReadAttempts) throw_read_error(path, e);
            std::this_thread::sleep_for(std::chrono::milliseconds(corrupt_reads));
        } catch (const Xapian::Error& e) {
            throw_read_error(path, e);
        }
    }
}

}  // namespace newsdex
