#pragma once
// Whether the spelling correction Xapian's parser offers for a query is worth showing: a
// word the index holds as often as a real word is the word the user meant (`grain` is not
// a slip for `again` because `again` is commoner), and a function word is dropped from
// queries anyway.

#include <xapian.h>

#include <string>

namespace newsdex {

/// The correction, or "" when none of its changed words is worth suggesting: `parsed` is
/// the query text the parser read, `corrected` its corrected text (the same words with
/// some replaced). A replaced word is worth suggesting when no passage holds it, or its
/// replacement is in at least 100 times as many, and the replacement is no stopword.
std::string worthwhile_correction(const std::string& parsed, const std::string& corrected,
                                  const Xapian::Database& db);

}  // namespace newsdex
