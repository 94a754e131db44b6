#pragma once
// The pool a judge reads: for each query, the union of several systems' top passages, each
// with the systems that ranked it and its text, so that every passage any of them would show
// near the top gets judged.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "collection.hpp"
#include "passage_collection.hpp"

namespace newsdex::eval {

/// Writes `qid, file, kind, passage_id, systems, text` rows (tabs and line breaks in the text
/// made spaces), queries in file order, passages in the order first ranked. `runs` pairs a
/// system's name with its run; each contributes its top `depth`.
void write_pool(const std::string& path, const std::vector<Query>& queries,
                const std::vector<std::pair<std::string, Run>>& runs,
                const std::vector<IndexedPassage>& passages, std::size_t depth);

}  // namespace newsdex::eval
