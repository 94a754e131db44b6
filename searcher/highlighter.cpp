#include "highlighter.hpp"

#include <bitset>
#include <cctype>

#include "newsdex/schema.hpp"

namespace newsdex {

namespace s = newsdex::schema;

namespace {

// English Snowball keeps a word's first two letters in its stem (but for dying, lying and
// tying: die, lie, tie), so a word can match only a term that starts as the word does; the
// first two bytes of a word that starts with two ASCII letters or digits are enough to skip
// folding and stemming it.
class FirstTwo {
public:
    FirstTwo(const std::set<std::string>& terms, const std::vector<std::string>& prefixes) {
        auto add = [&](std::string_view t, bool stem) {
            if (t.size() < 2) {
                usable_ = false;
                return;
            }
            seen_.set(key(t[0], t[1]));
            if (stem && t[1] == 'i') seen_.set(key(t[0], 'y'));
        };
        for (const auto& t : terms) {
            if (t.starts_with(s::kStemmed)) add(std::string_view(t).substr(s::kStemmed.size()), true);
            else add(t, false);
        }
        for (const auto& p : prefixes) add(p, true);
    }
    /// False only when the word certainly matches none of the terms.
    bool may_match(std::string_view word) const {
        if (!usable_ || word.size() < 2) return true;
        const auto a = static_cast<unsigned char>(word[0]), b = static_cast<unsigned char>(word[1]);
        if (!std::isalnum(a) || !std::isalnum(b)) return true;
        return seen_.test(key(static_cast<char>(std::tolower(a)), static_cast<char>(std::tolower(b))));
    }

private:
    static std::size_t key(char a, char b) {
        return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 |
               static_cast<unsigned char>(b);
    }
    std::bitset<1u << 16> seen_;
    bool usable_ = true;
};

}  // namespace

std::vector<TextRange> find_matches(std::string_view text, const std::set<std::string>& terms,
                                    const std::vector<std::string>& prefixes) {
    std::vector<TextRange> out;
    if (terms.empty() && prefixes.empty()) return out;
    // One per thread, kept: its memory of stems outlives the query.
    static thread_local auto stemmer = s::stemmer();
    const FirstTwo first_two(terms, prefixes);
    for (auto span : s::word_spans(text)) {
        if (!first_two.may_match(text.substr(span.begin, span.end - span.begin))) continue;
        auto folded = s::fold(text.substr(span.begin, span.end - span.begin));
        std::string stemmed(s::kStemmed);
        stemmed += stemmer(folded);
        bool prefixed = false;
        for (const auto& p : prefixes) prefixed = prefixed || folded.starts_with(p);
        if (prefixed || terms.count(folded) || terms.count(stemmed))
            out.push_back({span.begin, span.end});
    }
    return out;
}

namespace {

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t back_to_space(std::string_view text, size_t pos) {
    if (pos == 0 || pos >= text.size()) return pos >= text.size() ? text.size() : 0;
    auto space = text.rfind(' ', pos);
    if (space != std::string_view::npos && pos - space < 40) return space + 1;
    while (pos > 0 && continuation_byte(text[pos])) --pos;
    return pos;
}

size_t forward_to_space(std::string_view text, size_t pos) {
    if (pos >= text.size()) return text.size();
    auto space = text.find(' ', pos);
    if (space != std::string_view::npos && space - pos < 40) return space;
    while (pos < text.size() && continuation_byte(text[pos])) ++pos;
    return pos;
}

}  // namespace

TextRange choose_snippet(std::string_view text, const std::vector<TextRange>& matches,
                         std::size_t max_bytes) {
    if (text.size() <= max_bytes) return {0, text.size()};
    // The window start (at a match) that covers the most matches within max_bytes.
    size_t best_first = 0, best_count = 0;
    for (size_t i = 0, j = 0; i < matches.size(); ++i) {
        if (j < i) j = i;
        while (j < matches.size() && matches[j].end - matches[i].begin <= max_bytes) ++j;
        if (j - i > best_count) best_count = j - i, best_first = i;
    }
    size_t begin = 0;
    if (best_count > 0) {
        const auto& first = matches[best_first];
        const auto& last = matches[best_first + best_count - 1];
        size_t slack = max_bytes - (last.end - first.begin);
        begin = first.begin > slack / 3 ? first.begin - slack / 3 : 0;
    }
    begin = back_to_space(text, begin);
    size_t end = forward_to_space(text, std::min(text.size(), begin + max_bytes));
    return {begin, end};
}

}  // namespace newsdex
