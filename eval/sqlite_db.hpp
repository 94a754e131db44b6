#pragma once
// A small RAII layer over the SQLite C API for the FTS5 baseline and the benchmark: errors
// become exceptions, handles close themselves.

#include <sqlite3.h>

#include <memory>
#include <string>

namespace newsdex::eval {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

class SqliteDb {
public:
    /// ":memory:" or a file (created if absent). Throws std::runtime_error.
    explicit SqliteDb(const std::string& path);
    sqlite3* get() const { return db_.get(); }
    void exec(const char* sql);
    Statement prepare(const char* sql);
    /// Throws std::runtime_error with SQLite's message unless rc is OK, DONE or ROW.
    void check(int rc) const;

private:
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db_{nullptr, &sqlite3_close};
};

}  // namespace newsdex::eval
