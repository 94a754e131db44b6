#pragma once
// A `speaker:` field typed without quotes takes one word, but people type whole names:
// `speaker:Ilham Aliyev Karabakh`. The words after the field that, with its word, make a
// name the index has as a speaker are read as part of it.

#include <xapian.h>

#include <string>

namespace newsdex {

/// The query with each unquoted `speaker:W1 W2 …` whose words W1…Wk (k ≤ 4) are a whole
/// speaker name or alias in `db` written `speaker:"W1 … Wk"`, the longest such name taken.
/// Words with query syntax (quotes, brackets, fields, operators, `*`, a leading `+`/`-`)
/// end a name; anything else is left as typed.
std::string complete_speaker_names(const std::string& query, const Xapian::Database& db);

}  // namespace newsdex
