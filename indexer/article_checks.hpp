#pragma once
// Checks an article that arrives whole (a JSON line, an article given to newsdex::Index)
// as the file reader checks a file's, and reads its date.

#include <string>

#include "newsdex/article.hpp"

namespace newsdex {

/// Throws InputError(where, problem) when the article has no id or no text, text that is not
/// UTF-8 or holds a NUL byte, a kind newsdex does not know, or a title or metadata longer
/// than a file's front matter may be. Normalises line ends and reads the date into
/// YYYY-MM-DD (and time); a date it cannot read is dropped with a warning in
/// article.warnings, as for a file.
void check_article(Article& article, const std::string& where);

}  // namespace newsdex
