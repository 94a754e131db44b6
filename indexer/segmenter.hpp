#pragma once
// Splits an article's body into passages: one per paragraph, transcript turns carrying
// their speaker onto the paragraphs that continue them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/article.hpp"

namespace newsdex {

/// The most bytes of text a passage holds. Analysis and search cost a multiple of a
/// passage's size, so a paragraph longer than this (a file whose line breaks were lost) is
/// cut into pieces. Above the longest real paragraph seen (45 KB among 320,000 in the UN
/// General Debate speeches), so real paragraphs stay whole.
inline constexpr std::size_t kMaxPassageBytes = 64 * 1024;

/// `text` cut into pieces of at most `cap` bytes (at least 4): each at the last sentence end
/// (`.`, `!` or `?`, closing marks after it, then a space) in the second half of the room
/// left, else at the last space, else between two UTF-8 characters. The spaces at a cut
/// are dropped. Text of at most `cap` bytes is one piece.
std::vector<std::string> split_long(std::string_view text, std::size_t cap = kMaxPassageBytes);

/// The paragraphs of `body`, each with its lines joined by single spaces. Blank lines
/// separate paragraphs; so do line ends in a block of unwrapped lines (one paragraph a line,
/// median line over 150 bytes), and indented lines after unindented ones in a block laid
/// out with first-line indents. A paragraph longer than `cap` bytes becomes the pieces
/// split_long makes of it.
std::vector<std::string> split_paragraphs(std::string_view body,
                                          std::size_t cap = kMaxPassageBytes);

std::vector<Passage> segment(const Article& article);

}  // namespace newsdex
