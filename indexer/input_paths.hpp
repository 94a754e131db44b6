#pragma once
// The paths of a run made comparable once, at the edge (`dir/`, `./dir` and `a/../dir` are
// `dir`), and the checks on where the database lies: never in place of a folder of the
// user's, never the folder being indexed, and never indexed itself.

#include <filesystem>
#include <string>
#include <vector>

namespace newsdex {

/// `dir/`, `dir/.` and `a/../dir` → `dir`; `/` stays `/`; an empty path stays empty.
std::string normalised_path(const std::string& path);

/// `path` made absolute with its symlinks resolved (as far as it exists): the form in which
/// two paths can be compared as places.
std::filesystem::path real_path(const std::filesystem::path& path);

/// `inner` is `outer` or lies inside it (both real paths).
bool within(const std::filesystem::path& inner, const std::filesystem::path& outer);

/// Where a run writes and what its walk leaves out.
struct DatabasePlace {
    std::string db_path;                ///< the folder to open: a symlinked --db's target
    std::vector<std::string> excluded;  ///< real paths of folders the walk must not enter
};

/// Throws DatabaseError, having touched nothing, when `db_path` is a file, a folder that
/// holds files but no database, one of `roots` or a folder holding one of them. A database
/// inside an indexed folder is fine: it and its scratch folders come back as `excluded`.
DatabasePlace check_database_place(const std::string& db_path,
                                   const std::vector<std::string>& roots);

}  // namespace newsdex
