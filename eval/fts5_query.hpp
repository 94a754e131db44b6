#pragma once
// How plain query words become an FTS5 MATCH expression, shared by the evaluation baseline
// and the benchmark so both ask FTS5 the same question.

#include <string>
#include <string_view>

namespace newsdex::eval {

/// The words of `text` as FTS5's unicode61 tokenizer splits them, each quoted (so AND, OR,
/// NOT and NEAR stay words), joined by OR; empty when there are none.
std::string fts5_or_query(std::string_view text);

}  // namespace newsdex::eval
