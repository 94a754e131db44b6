#pragma once
// Turns the user's query text into a Xapian query with the schema's analysis: folded like
// indexed text (so case and accents never matter), fields mapped to prefixes.

#include <xapian.h>

#include <string>

namespace newsdex {

/// Folds everything except the operators AND, OR, NOT, XOR, NEAR and ADJ written in capitals.
std::string fold_query(std::string_view query);

/// Throws QueryError for empty, non-UTF-8 or unparseable queries and unknown fields.
Xapian::Query build_query(const std::string& query, const Xapian::Database& db);

}  // namespace newsdex
