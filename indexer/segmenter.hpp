#pragma once
// Splits an article's body into passages: one per paragraph, transcript turns carrying
// their speaker onto the paragraphs that continue them.

#include <string>
#include <vector>

#include "newsdex/article.hpp"

namespace newsdex {

/// The paragraphs of `body`, each with its lines joined by single spaces. Blank lines
/// separate paragraphs; so do line ends in a block of unwrapped lines (one paragraph a line,
/// median line over 150 bytes), and indented lines after unindented ones in a block laid
/// out with first-line indents.
std::vector<std::string> split_paragraphs(std::string_view body);

std::vector<Passage> segment(const Article& article);

}  // namespace newsdex
