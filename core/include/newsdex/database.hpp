#pragma once
// Opens newsdex databases for reading and writing, turning Xapian's failures (missing,
// locked, read-only, full, corrupt, another schema version) into DatabaseError with a
// one-line reason.

#include <xapian.h>

#include <filesystem>
#include <string>

#include "newsdex/errors.hpp"

namespace newsdex {

/// Opens for searching. An existing but empty database is fine; one written by another
/// schema version is refused. Only a glass database folder is opened: a Xapian stub file
/// (which can name a remote database, and so a program to run) is refused.
Xapian::Database open_for_reading(const std::string& path);

/// Opens (creating it and its parent folders when absent) for the single writer, as glass
/// only. Does not wait: a database held by another writer throws DatabaseError(locked); one
/// that cannot be written (read-only file system, no permission) DatabaseError(read_only).
Xapian::WritableDatabase open_for_writing(const std::string& path);

/// The DatabaseError for a failure while writing the database at `path` (`doing` says what
/// could not be done, e.g. "could not be written"): disk_full when the disk or the quota is
/// full, read_only when the file system or the permissions refuse writes, other otherwise.
DatabaseError write_error(const std::string& path, const Xapian::Error& e,
                          const std::string& doing = "could not be written");
DatabaseError write_error(const std::string& path, const std::filesystem::filesystem_error& e,
                          const std::string& doing = "could not be written");

/// While alive, a Xapian error that ends the process through std::terminate instead of
/// reaching a handler is reported as write_error(path, …)'s one line on stderr, and the
/// process exits 2 instead of aborting. Xapian 1.4 writes B-tree blocks from a destructor
/// while committing, so a disk that fills at that moment terminates the process. Whatever
/// the database had committed stays intact, as after any interrupted run. Guards may nest;
/// the innermost names the database.
class WriteFailureExit {
public:
    explicit WriteFailureExit(std::string path);
    ~WriteFailureExit();
    WriteFailureExit(const WriteFailureExit&) = delete;
    WriteFailureExit& operator=(const WriteFailureExit&) = delete;

private:
    std::string previous_path_;
};

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
