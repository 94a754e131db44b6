#pragma once
// Reads a `docid<TAB>text` file (the layout of test collections) into articles, one a line.

#include <string>
#include <vector>

#include "newsdex/article.hpp"
#include "newsdex/indexer.hpp"

namespace newsdex {

/// One article per line, its id the docid and its body the text. The file must be text
/// (check_text) and not empty (else InputError); empty lines are skipped, and lines without
/// a tab, with an empty docid or a docid seen before are appended to `bad_lines` as
/// `PATH:LINE`.
std::vector<Article> parse_tsv(const std::string& bytes, const std::string& path,
                               std::vector<FileFailure>& bad_lines);

}  // namespace newsdex
