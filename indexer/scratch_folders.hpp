#pragma once
// The folders newsdex writes beside a database (DIR.compacting, DIR.replaced, DIR.shardN)
// and the rule for removing them: only files a Xapian database consists of are ever
// deleted, so a folder holding anything else is never newsdex's to remove.

#include <filesystem>
#include <string_view>

namespace newsdex {

/// Whether `name` is one of the files of a Xapian glass database (flintlock, iamglass,
/// postlist.glass …).
bool is_database_file(std::string_view name);

/// Makes `dir` absent so newsdex can write it: removes it when it holds nothing but database
/// files (what an earlier, killed run left); throws DatabaseError naming it when it holds
/// anything else or is not a folder, having deleted nothing.
void clear_scratch_folder(const std::filesystem::path& dir);

/// Moves whatever `from` holds besides database files into `to` (not replacing anything
/// there), then clears `from` as clear_scratch_folder() does.
void hand_over_other_files(const std::filesystem::path& from, const std::filesystem::path& to);

/// Removes the DB_PATH.shardN folders a killed first build left beside `db_path`, those that
/// hold nothing but database files. Call it only with the database's write lock held, when no
/// other writer can be building shards; a folder holding anything else is left as it is.
void clear_leftover_shards(const std::filesystem::path& db_path);

}  // namespace newsdex
