#pragma once
// The paragraphs a reader sees in an HTML document or fragment: the text of each block
// element, tags gone, entities decoded, scripts and styles dropped.

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// The texts of the block elements of `utf8_html` (paragraphs, headings, list items, table
/// cells, …) in reading order, each with its white space collapsed to single spaces; blank
/// ones are left out. Never throws on malformed HTML: what a browser would recover, it does.
std::vector<std::string> html_paragraphs(std::string_view utf8_html);

}  // namespace newsdex
