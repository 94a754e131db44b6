#pragma once
// Struck-through text (<s>, <strike>, <del>) is what a publisher took back: official
// transcripts print a slip struck out with its correction after it in brackets
// (`MaryAlice <s>Parker</s> [Parks] of ABC`). The readers leave the struck text out and put
// kStruckMark in its place; resolve_struck_marks then reads the correction as the text.

#include <string>
#include <string_view>

namespace newsdex {

/// Stands where struck text was, between reading and resolve_struck_marks (ASCII SUB, a
/// control character with no place in text: an input's own are dropped with the marks).
inline constexpr char kStruckMark = '\x1a';

/// Whether an inline HTML tag (`<s>`, `</del>`, `<strike class="x">`) opens or closes
/// struck text; `closing` says which.
bool is_struck_tag(std::string_view tag, bool& closing);

/// `text` with each mark followed by a bracketed correction (`␚ [Parks]`) replaced by the
/// correction's words, and every other mark removed.
std::string resolve_struck_marks(std::string_view text);

}  // namespace newsdex
