#pragma once
// Opens newsdex databases for reading and writing, turning Xapian's failures (missing,
// locked, corrupt, another schema version) into DatabaseError with a one-line reason.

#include <xapian.h>

#include <string>

namespace newsdex {

/// Opens for searching. An existing but empty database is fine; one written by another
/// schema version is refused.
Xapian::Database open_for_reading(const std::string& path);

/// Opens (creating it and its parent folders when absent) for the single writer. Does not
/// wait: a database held by another writer throws DatabaseError(locked).
Xapian::WritableDatabase open_for_writing(const std::string& path);

/// Runs fn(db), reopening the database and trying again when a writer's commit has
/// invalidated what the reader was looking at.
template <typename Fn>
auto with_reopen(Xapian::Database& db, Fn&& fn) {
    for (int attempt = 0;; ++attempt) {
        try {
            return fn(db);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt >= 4) throw;
            db.reopen();
        }
    }
}

}  // namespace newsdex
