#pragma once
// Finds the words of a passage that match a query's terms (stemmed forms and phrase members
// alike, through the same analysis the index used) and picks the stretch worth showing.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/searcher.hpp"

namespace newsdex {

/// `terms` are the index terms a document matched (unprefixed words and Z-stems);
/// `prefixes` the query's wildcard prefixes, matching any word that starts with one.
std::vector<TextRange> find_matches(std::string_view text, const std::set<std::string>& terms,
                                    const std::vector<std::string>& prefixes = {});

/// At most about `max_bytes` of text, on word boundaries, covering as many matches as it can
/// starting from the densest stretch; the whole text when it fits.
TextRange choose_snippet(std::string_view text, const std::vector<TextRange>& matches,
                         std::size_t max_bytes);

}  // namespace newsdex
