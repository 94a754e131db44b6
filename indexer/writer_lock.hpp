#pragma once
// Opens a database for writing, waiting a bounded time for another writer to let go of it
// (Xapian's own DB_RETRY_LOCK would wait for ever).

#include <xapian.h>

#include <string>

namespace newsdex {

/// open_for_writing(path), tried again every 100 ms while the database is locked, until
/// `timeout_seconds` have passed; then (or at once, for 0) the DatabaseError of Reason::locked.
Xapian::WritableDatabase open_waiting(const std::string& path, double timeout_seconds);

}  // namespace newsdex
