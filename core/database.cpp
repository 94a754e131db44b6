#include "newsdex/database.hpp"

#include <filesystem>

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

namespace fs = std::filesystem;
using Reason = DatabaseError::Reason;

namespace {

void check_schema(const Xapian::Database& db, const std::string& path) {
    auto stored = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    if (stored.empty()) {
        if (db.get_doccount() == 0) return;
        throw DatabaseError(Reason::schema_mismatch, path,
                            "is not a newsdex database (no schema version recorded)");
    }
    if (stored != std::to_string(schema::kVersion))
        throw DatabaseError(Reason::schema_mismatch, path,
                            "was built with schema version " + stored + ", this newsdex uses " +
                                std::to_string(schema::kVersion) + "; rebuild it");
}

[[noreturn]] void rethrow_opening(const std::string& path, const Xapian::Error& e) {
    // Xapian::Error is not polymorphic: its type name is how subclasses are told apart.
    const std::string type = e.get_type();
    if (type == "DatabaseLockError")
        throw DatabaseError(Reason::locked, path, "is being updated by another indexer");
    if (type == "DatabaseCorruptError" || type == "DatabaseOpeningError" ||
        type == "DatabaseVersionError" || type == "DatabaseNotFoundError")
        throw DatabaseError(Reason::corrupt, path,
                            "cannot be opened (" + e.get_msg() + "); it may be corrupt");
    throw DatabaseError(Reason::other, path, e.get_description());
}

}  // namespace

Xapian::Database open_for_reading(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw DatabaseError(Reason::missing, path,
                            "does not exist; build it with newsdex-index --db " + path +
                                " PATH...");
    try {
        Xapian::Database db(path);
        check_schema(db, path);
        return db;
    } catch (const Xapian::Error& e) {
        rethrow_opening(path, e);
    }
}

Xapian::WritableDatabase open_for_writing(const std::string& path) {
    std::error_code ec;
    auto parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    try {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
        check_schema(db, path);
        return db;
    } catch (const Xapian::Error& e) {
        rethrow_opening(path, e);
    }
}

}  // namespace newsdex
