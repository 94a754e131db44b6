#include "sqlite_db.hpp"

#include <stdexcept>

namespace newsdex::eval {

SqliteDb::SqliteDb(const std::string& path) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open(path.c_str(), &raw);
    db_.reset(raw);
    check(rc);
}

void SqliteDb::check(int rc) const {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db_.get()));
}

void SqliteDb::exec(const char* sql) { check(sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr)); }

Statement SqliteDb::prepare(const char* sql) {
    sqlite3_stmt* raw = nullptr;
    check(sqlite3_prepare_v2(db_.get(), sql, -1, &raw, nullptr));
    return Statement(raw, &sqlite3_finalize);
}

}  // namespace newsdex::eval
