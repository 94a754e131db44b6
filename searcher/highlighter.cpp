#include "highlighter.hpp"

#include "newsdex/first_two.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

namespace s = newsdex::schema;

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
