#pragma once
// The narration around quotes, as the attributor reads it: words, punctuation and whole
// quotes as tokens, sentences over them, and the small lexicon of speech verbs, pronouns
// and function words that attribution patterns are written in.

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "quote_extractor.hpp"

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

/// Sentences as [begin, end) token ranges.
std::vector<std::pair<std::size_t, std::size_t>> sentences(const Toks& toks);

/// Folded, without a trailing full stop.
std::string fold_word(const std::string& word);
bool starts_upper(const std::string& word);
/// Byte length of the code point at `i` goes to `n`; -1 for a malformed one.
int cp_at(const std::string& s, std::size_t i, std::size_t& n);

bool is_punct(const Tok& t, std::string_view p);
bool sentence_end_punct(const Tok& t);
bool is_speech_verb(const Tok& t);
bool is_skippable_before_verb(const std::string& w);
bool is_pronoun(const std::string& w);
bool is_particle(const std::string& w);
/// Heads of nameless sources: `a spokesman`, `analysts`, `officials`.
bool unnamed_head(const std::string& w);
bool preposition(const std::string& w);
bool auxiliary(const std::string& w);
/// A person's statement, letter, office… that speaks for them.
bool document_noun(const std::string& w);
/// Nouns that stand for an organisation or its documents in `the firm said`.
bool organisation_role(const std::string& w);
bool determiner(const std::string& w);

}  // namespace newsdex::attribution
