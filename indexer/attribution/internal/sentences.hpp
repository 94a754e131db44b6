#pragma once
// Sentences over a paragraph's tokens: a full stop, `!` or `?` (or a quote ending in one)
// followed by a capital, a quote or `(`; abbreviations and initials keep their full stop in
// the tokenizer, so they end none.

#include <cstddef>
#include <utility>
#include <vector>

#include "tokenizer.hpp"

namespace newsdex::attribution {

bool sentence_end_punct(const Tok& t);

/// Sentences as [begin, end) token ranges.
std::vector<std::pair<std::size_t, std::size_t>> sentences(const Toks& toks);

}  // namespace newsdex::attribution
