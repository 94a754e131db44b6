#include "compaction.hpp"

#include <xapian.h>

#include <filesystem>

#include "scratch_folders.hpp"

namespace newsdex {

namespace fs = std::filesystem;

void compact_into_place(const std::vector<std::string>& sources, const std::string& db_path) {
    const fs::path path = fs::path(db_path).lexically_normal();
    const fs::path compacted = path.string() + ".compacting";
    const fs::path replaced = path.string() + ".replaced";
    clear_scratch_folder(compacted);
    clear_scratch_folder(replaced);
    try {
        Xapian::Database all;
        for (const auto& source : sources)
            all.add_database(Xapian::Database(source, Xapian::DB_BACKEND_GLASS));
        all.compact(compacted.string(), sources.size() == 1 ? Xapian::DBCOMPACT_NO_RENUMBER : 0);
    } catch (...) {
        clear_scratch_folder(compacted);
        throw;
    }
    fs::rename(path, replaced);
    fs::rename(compacted, path);
    // Whatever else the folder held (a file the user keeps there) stays in it.
    hand_over_other_files(replaced, path);
}

}  // namespace newsdex
