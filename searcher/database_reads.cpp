#include "database_reads.hpp"

#include <string_view>

#include "newsdex/database.hpp"
#include "newsdex/errors.hpp"

namespace newsdex {

Xapian::Database open_database(const std::string& path) {
    for (int attempt = 1;; ++attempt) {
        try {
            return open_for_reading(path);
        } catch (const DatabaseError& e) {
            // open_for_reading gives a commit in the middle of opening as an error of its
            // own kind, with Xapian's description.
            const bool modified = e.reason() == DatabaseError::Reason::other &&
                                  std::string_view(e.what()).find("DatabaseModifiedError") !=
                                      std::string_view::npos;
            if (!modified || attempt >= kReadAttempts) throw;
        }
    }
}

void throw_read_error(const std::string& path, const Xapian::Error& e) {
    using Reason = DatabaseError::Reason;
    // Xapian::Error is not polymorphic: its type name is how subclasses are told apart.
    const std::string type = e.get_type();
    if (type == "DatabaseModifiedError")
        throw DatabaseError(Reason::other, path,
                            "kept changing while being searched (" + e.get_msg() +
                                "); try again");
    if (type == "DatabaseError" || type == "DatabaseCorruptError" ||
        type == "DatabaseOpeningError" || type == "DatabaseNotFoundError" ||
        type == "DatabaseVersionError")
        throw DatabaseError(Reason::corrupt, path,
                            "cannot be read (" + e.get_msg() + "); it may be corrupt");
    throw DatabaseError(Reason::other, path, "cannot be searched: " + e.get_description());
}

}  // namespace newsdex
