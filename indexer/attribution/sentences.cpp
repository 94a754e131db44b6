#include "internal/sentences.hpp"

namespace newsdex::attribution {

bool sentence_end_punct(const Tok& t) {
    return t.kind == Kind::punct && (t.text == "." || t.text == "!" || t.text == "?");
}

// Sentences as [begin, end) token ranges.
std::vector<std::pair<std::size_t, std::size_t>> sentences(const Toks& toks) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const auto& t = toks[i];
        bool next_starts = i + 1 >= toks.size() || toks[i + 1].kind == Kind::quote ||
                           (toks[i + 1].kind == Kind::word && toks[i + 1].cap) ||
                           is_punct(toks[i + 1], "(");
        bool boundary = false;
        if (sentence_end_punct(t)) boundary = next_starts;
        if (t.kind == Kind::quote && (t.last == '.' || t.last == '!' || t.last == '?'))
            boundary = i + 1 < toks.size() && next_starts;
        if (boundary) {
            out.emplace_back(start, i + 1);
            start = i + 1;
        }
    }
    if (start < toks.size()) out.emplace_back(start, toks.size());
    return out;
}

}  // namespace newsdex::attribution
