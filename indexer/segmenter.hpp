#pragma once
// Splits an article's body into passages: one per paragraph, transcript turns carrying
// their speaker onto the paragraphs that continue them.

#include <string>
#include <vector>

#include "newsdex/article.hpp"

namespace newsdex {

/// Blank-line separated blocks of `body`, each with its lines joined by single spaces.
std::vector<std::string> split_paragraphs(std::string_view body);

std::vector<Passage> segment(const Article& article);

}  // namespace newsdex
