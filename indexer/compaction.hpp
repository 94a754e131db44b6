#pragma once
// Rewrites a database with its B-tree blocks full: a first build leaves them part-empty, as
// any run of updates does, and a compacted index is a fifth smaller and quicker to search.
// The same step merges the shards of a first build written in parallel.

#include <string>
#include <vector>

namespace newsdex {

/// Compacts `sources` (one database, or shards to merge in this order: their document ids
/// follow one another) into a sibling of `db_path`, then puts that in place of `db_path`.
/// One source keeps its document ids. The caller holds `db_path`'s write lock. Throws
/// Xapian::Error or std::filesystem::filesystem_error; on failure `db_path` is as it was.
void compact_into_place(const std::vector<std::string>& sources, const std::string& db_path);

}  // namespace newsdex
