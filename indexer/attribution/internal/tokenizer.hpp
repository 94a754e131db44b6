#pragma once
// The narration around quotes as the attributor reads it: words (folded, with their
// capitalisation), punctuation and whole quotes as tokens.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "attribution.hpp"

namespace newsdex::attribution {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

enum class Kind { word, punct, quote };

struct Tok {
    Kind kind = Kind::punct;
    std::string text;
    std::string low;   ///< folded
    bool cap = false;  ///< starts with an upper-case letter
    std::size_t quote = kNone;  ///< index into the article's quotes, for Kind::quote
    char last = 0;              ///< for quotes: the last punctuation inside the marks
    std::size_t words = 0;      ///< for quotes: how many words they hold
};

using Toks = std::vector<Tok>;

/// Where a quote segment sits in its paragraph: [open, close_end) bytes, and which quote.
struct QuoteRef {
    std::size_t open, close_end, quote;
};

/// Tokens of one paragraph; each quote segment becomes a single quote token.
Toks tokenize(const std::string& paragraph, const std::vector<QuoteRef>& quotes,
              const std::vector<ExtractedQuote>& all);

/// Folded, without a trailing full stop.
std::string fold_word(const std::string& word);
bool starts_upper(const std::string& word);
/// A word as written without its possessive `'s` or `’s` (`Pashinian’s` → `Pashinian`).
std::string without_possessive(const std::string& word);
/// Byte length of the code point at `i` goes to `n`; -1 for a malformed one.
int cp_at(const std::string& s, std::size_t i, std::size_t& n);

bool is_punct(const Tok& t, std::string_view p);
/// `s` without the spaces and tabs around it.
std::string_view trim_blanks(std::string_view s);

}  // namespace newsdex::attribution
