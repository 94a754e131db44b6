#pragma once
// Rewrites a database with its B-tree blocks full: a first build (or a --full rebuild) leaves
// them part-empty, as any run of updates does, and a compacted index is a quarter smaller and
// quicker to search.

#include <string>

namespace newsdex {

/// Compacts the database at `db_path` into a sibling folder, then puts it in place; document
/// ids are kept. The caller holds the write lock. Throws Xapian::Error; on failure the
/// original is left as it was.
void compact_in_place(const std::string& db_path);

}  // namespace newsdex
