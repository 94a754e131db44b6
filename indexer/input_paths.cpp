#include "input_paths.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "newsdex/errors.hpp"
#include "scratch_folders.hpp"

namespace newsdex {

namespace fs = std::filesystem;

std::string normalised_path(const std::string& path) {
    if (path.empty()) return path;
    auto p = fs::path(path).lexically_normal();
    // lexically_normal keeps a trailing separator as an empty last element.
    while (!p.has_filename() && p.has_relative_path()) p = p.parent_path();
    return p.string();
}

fs::path real_path(const fs::path& path) {
    std::error_code ec;
    const auto absolute = fs::absolute(path, ec);
    const auto& plain = ec ? path : absolute;
    auto real = fs::weakly_canonical(plain, ec);
    return ec ? plain.lexically_normal() : real;
}

bool within(const fs::path& inner, const fs::path& outer) {
    auto rel = inner.lexically_relative(outer);
    return !rel.empty() && *rel.begin() != "..";
}

namespace {

using Reason = DatabaseError::Reason;

// A folder newsdex may open as its database: absent, empty, or a Xapian database's files
// (with anything else beside an existing database's iamglass).
void check_folder(const std::string& db_path) {
    std::error_code ec;
    const auto status = fs::status(db_path, ec);
    if (ec || !fs::exists(status)) return;
    if (!fs::is_directory(status))
        throw DatabaseError(Reason::other, db_path, "is not a folder; nothing was changed");
    if (fs::exists(fs::path(db_path) / "iamglass", ec)) return;
    std::vector<std::string> others;
    for (fs::directory_iterator it(db_path, ec), end; !ec && it != end; it.increment(ec))
        if (!is_database_file(it->path().filename().string()))
            others.push_back(it->path().filename().string());
    if (others.empty()) return;
    std::sort(others.begin(), others.end());
    std::string shown;
    for (std::size_t i = 0; i < others.size() && i < 3; ++i)
        shown += (i ? ", " : "") + others[i];
    if (others.size() > 3) shown += ", … " + std::to_string(others.size() - 3) + " more";
    throw DatabaseError(Reason::other, db_path,
                        "is a folder that holds other files (" + shown +
                            ") and no newsdex database; give a new or empty folder; nothing "
                            "was changed");
}

}  // namespace

DatabasePlace check_database_place(const std::string& given_db,
                                   const std::vector<std::string>& roots) {
    DatabasePlace place{normalised_path(given_db), {}};
    std::error_code ec;
    // A symlinked database folder stays a symlink: its target is what gets rewritten.
    if (fs::is_symlink(place.db_path, ec)) place.db_path = real_path(place.db_path).string();
    const auto db = real_path(place.db_path);
    for (const auto& root : roots) {
        if (root.empty()) continue;
        const auto indexed = real_path(root);
        if (within(indexed, db))
            throw DatabaseError(Reason::other, place.db_path,
                                indexed == db ? "is the folder being indexed; give a --db "
                                                "outside it; nothing was changed"
                                              : "holds " + root +
                                                    ", which is being indexed; give a --db "
                                                    "outside it; nothing was changed");
        if (within(db, indexed)) {
            place.excluded.push_back(db.string());
            for (const auto* suffix : {".compacting", ".replaced"})
                place.excluded.push_back(db.string() + suffix);
        }
    }
    check_folder(place.db_path);
    return place;
}

}  // namespace newsdex
