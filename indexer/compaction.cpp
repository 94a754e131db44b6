#include "compaction.hpp"

#include <xapian.h>

#include <filesystem>

namespace newsdex {

namespace fs = std::filesystem;

void compact_in_place(const std::string& db_path) {
    const fs::path path = fs::path(db_path).lexically_normal();
    const auto compacted = path.string() + ".compacting";
    const auto replaced = path.string() + ".replaced";
    fs::remove_all(compacted);
    fs::remove_all(replaced);
    try {
        Xapian::Database(path.string()).compact(compacted, Xapian::DBCOMPACT_NO_RENUMBER);
    } catch (...) {
        fs::remove_all(compacted);
        throw;
    }
    fs::rename(path, replaced);
    fs::rename(compacted, path);
    fs::remove_all(replaced);
}

}  // namespace newsdex
