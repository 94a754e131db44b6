// `In X's view, …`: a sentence of narration that opens by naming whose view it gives.

#include "internal/opinion_holder.hpp"

namespace newsdex::attribution {

namespace {

// The nouns that make `In X's …,` someone's stated opinion (not `In Putin's Russia`).
bool opinion_noun(const std::string& w) {
    return w == "view" || w == "opinion" || w == "words" || w == "estimation" ||
           w == "assessment" || w == "judgement" || w == "judgment";
}

}  // namespace

Subject opinion_holder(const Toks& toks, std::size_t start, std::size_t end) {
    std::size_t i = start;
    // `But in his view, …`, `However, in the opinion of …`.
    while (i < end && toks[i].kind == Kind::word &&
           (toks[i].low == "but" || toks[i].low == "and" || toks[i].low == "however"))
        ++i;
    while (i < end && is_punct(toks[i], ",")) ++i;
    if (i + 3 >= end || toks[i].kind != Kind::word || toks[i].low != "in") return {};
    // `In the view of NAME, …`.
    if (toks[i + 1].low == "the" && opinion_noun(toks[i + 2].low) && toks[i + 3].low == "of")
        return subject_after(toks, i + 3, end);
    // `In his view, …`: the person the pronoun stands for.
    if ((toks[i + 1].low == "his" || toks[i + 1].low == "her") && opinion_noun(toks[i + 2].low) &&
        is_punct(toks[i + 3], ",")) {
        Subject s;
        s.type = Subject::pronoun;
        s.words = {toks[i + 1].low == "his" ? "he" : "she"};
        s.gender = toks[i + 1].low == "his" ? Gender::male : Gender::female;
        s.first = i + 1;
        return s;
    }
    // `In President Putin's view, …`: a name of one to five words ending in a possessive.
    std::size_t k = i + 1;
    while (k < end && k - i <= 5 && name_token(toks[k]) && !toks[k].low.ends_with("'s")) ++k;
    if (k == i + 1 || k >= end || k + 2 >= end || !name_token(toks[k]) ||
        !toks[k].low.ends_with("'s") || !opinion_noun(toks[k + 1].low) ||
        !is_punct(toks[k + 2], ","))
        return {};
    Toks copy(toks.begin() + static_cast<long>(i + 1), toks.begin() + static_cast<long>(k) + 1);
    auto& owner = copy.back();
    owner.text = without_possessive(owner.text);
    owner.low.resize(owner.low.size() - 2);
    auto s = make_name(copy, 0, copy.size() - 1, {});
    s.first = i + 1;
    return s;
}

}  // namespace newsdex::attribution
