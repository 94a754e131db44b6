#pragma once
// Reads JSON Lines (one JSON object a line, an article each) into articles.

#include <string>
#include <vector>

#include "newsdex/article.hpp"
#include "newsdex/indexer.hpp"

namespace newsdex {

/// One article per non-blank line: `id` (string or whole number, required), `title`, `date`,
/// `source`, `url`, `kind`, `language` (strings), `speakers`, `topics` (lists of strings, or
/// one string), `text` (string) or `paragraphs` (list of strings); any other key is kept as
/// metadata (a string as it is, any other value as compact JSON). Each article's path is
/// `path`. A line that is not a JSON object, has a field of the wrong type, no id, no text,
/// an id seen before, or fails check_article is appended to `bad_lines` as `PATH:LINE`;
/// warnings name their line. Empty input gives no articles and no error.
std::vector<Article> parse_jsonl(const std::string& bytes, const std::string& path,
                                 std::vector<FileFailure>& bad_lines);

}  // namespace newsdex
