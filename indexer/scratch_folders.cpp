#include "scratch_folders.hpp"

#include <array>
#include <vector>

#include "newsdex/errors.hpp"

namespace newsdex {

namespace fs = std::filesystem;

bool is_database_file(std::string_view name) {
    // Glass writes its version file as v.tmp and renames it to iamglass.
    if (name == "flintlock" || name == "iamglass" || name == "iamglass.tmp" || name == "v.tmp")
        return true;
    static constexpr std::array kTables = {"postlist", "termlist", "position",
                                           "docdata",  "spelling", "synonym"};
    for (std::string_view table : kTables) {
        if (!name.starts_with(table)) continue;
        auto rest = name.substr(table.size());
        if (rest == ".glass" || rest == ".tmp") return true;
    }
    return false;
}

namespace {

bool database_file(const fs::directory_entry& entry) {
    std::error_code ec;
    return is_database_file(entry.path().filename().string()) &&
           fs::is_regular_file(entry.symlink_status(ec));
}

[[noreturn]] void refuse(const fs::path& dir, const std::string& why) {
    throw DatabaseError(DatabaseError::Reason::other, dir.string(),
                        why + "; newsdex writes this folder and removes only what it wrote: "
                              "move it away and run again");
}

}  // namespace

void clear_scratch_folder(const fs::path& dir) {
    std::error_code ec;
    const auto status = fs::symlink_status(dir, ec);
    if (ec || !fs::exists(status)) return;
    if (!fs::is_directory(status)) refuse(dir, "exists and is not a folder");
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!database_file(*it))
            refuse(dir, "holds " + it->path().filename().string() +
                            ", which is not a database file");
        files.push_back(it->path());
    }
    if (ec) refuse(dir, "cannot be listed (" + ec.message() + ")");
    for (const auto& f : files) fs::remove(f);
    fs::remove(dir);
}

void hand_over_other_files(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    std::vector<fs::path> others;
    for (fs::directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec))
        if (!database_file(*it)) others.push_back(it->path());
    for (const auto& other : others) {
        const auto target = to / other.filename();
        if (!fs::exists(fs::symlink_status(target, ec))) fs::rename(other, target);
    }
    clear_scratch_folder(from);
}

void clear_leftover_shards(const fs::path& db_path) {
    auto path = db_path.lexically_normal();
    if (!path.has_filename()) path = path.parent_path();  // `db/` is the folder `db`
    const auto prefix = path.filename().string() + ".shard";
    std::error_code ec;
    std::vector<fs::path> leftovers;
    const auto parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (name.size() <= prefix.size() || !name.starts_with(prefix)) continue;
        const auto number = std::string_view(name).substr(prefix.size());
        if (number.find_first_not_of("0123456789") != std::string_view::npos) continue;
        leftovers.push_back(it->path());
    }
    for (const auto& dir : leftovers) {
        try {
            clear_scratch_folder(dir);
        } catch (const DatabaseError&) {
            // Not only newsdex's files: the user's to look at, and no obstacle to this run
            // unless a sharded build needs the name (which then says so).
        } catch (const fs::filesystem_error&) {
        }
    }
}

}  // namespace newsdex
