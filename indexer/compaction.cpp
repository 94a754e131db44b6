#include "compaction.hpp"

#include <xapian.h>

#include <filesystem>

namespace newsdex {

namespace fs = std::filesystem;

void compact_into_place(const std::vector<std::string>& sources, const std::string& db_path) {
    const fs::path path = fs::path(db_path).lexically_normal();
    const auto compacted = path.string() + ".compacting";
    const auto replaced = path.string() + ".replaced";
    fs::remove_all(compacted);
    fs::remove_all(replaced);
    try {
        Xapian::Database all;
        for (const auto& source : sources) all.add_database(Xapian::Database(source));
        all.compact(compacted, sources.size() == 1 ? Xapian::DBCOMPACT_NO_RENUMBER : 0);
    } catch (...) {
        fs::remove_all(compacted);
        throw;
    }
    fs::rename(path, replaced);
    fs::rename(compacted, path);
    fs::remove_all(replaced);
}

}  // namespace newsdex
