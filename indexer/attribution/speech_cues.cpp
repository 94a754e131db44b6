#include "internal/speech_cues.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "internal/name_parts.hpp"
#include "internal/sentences.hpp"
#include "internal/word_lists.hpp"

namespace newsdex::attribution {

std::vector<std::string> office_of_before(const Toks& toks, std::size_t first, std::size_t floor) {
    std::vector<std::string> offices;
    if (first <= floor || toks[first - 1].low != "of") return offices;
    for (std::size_t k = first; k > floor && first - k < 12;) {
        --k;
        const auto& t = toks[k];
        if (t.kind != Kind::word || (!t.cap && t.low != "of" && t.low != "the")) break;
        if (t.cap && is_title_word(t.low)) offices.push_back(t.low);
    }
    return offices;
}

std::string after_glued_title(const std::string& w) {
    for (std::size_t i = 2; i < w.size(); ++i)
        if (std::isupper(static_cast<unsigned char>(w[i])) &&
            std::islower(static_cast<unsigned char>(w[i - 1])) &&
            is_title_word(fold_word(w.substr(0, i))))
            return w.substr(i);
    return w;
}

bool dash_attribution_line(const std::string& text, const Toks& toks) {
    const auto lead = text.find_first_not_of(" \t");
    if (lead == std::string::npos) return false;
    const std::string_view t(text.c_str() + lead);
    if (!(t.starts_with("- ") || t.starts_with("\u2013 ") || t.starts_with("\u2014 ")))
        return false;
    std::size_t words = 0;
    bool speech = false;
    for (const auto& tok : toks) {
        if (tok.kind == Kind::quote) return false;
        if (tok.kind != Kind::word) continue;
        ++words;
        speech = speech || is_speech_verb(tok);
    }
    return speech && words <= 12;
}

Subject name_ending_office(const Toks& toks, std::size_t from, std::size_t b) {
    std::size_t run_first = kNone, run_last = kNone;
    for (std::size_t k = from; k < b; ++k) {
        const auto& t = toks[k];
        if (name_token(t)) {
            if (run_last == kNone || run_last + 1 != k) run_first = k;
            run_last = k;
            continue;
        }
        const bool joins = t.kind == Kind::word &&
                           (t.low == "of" || t.low == "the" || t.low == "and" || t.low == "for");
        if (!joins) break;
    }
    if (run_last == kNone || run_last == run_first) return {};
    return make_name(toks, run_first, run_last, {});
}

bool names_a_thing(const Toks& toks, std::size_t q, std::size_t a) {
    if (q == a || toks[q - 1].kind != Kind::word) return false;
    const auto& w = toks[q - 1].low;
    if (w == "so-called" || w == "dubbed" || w == "nicknamed" || w == "entitled" || w == "titled" ||
        work_noun(w))
        return true;
    // `a line of towns Ukraine calls "fortress cities"`: a name someone uses for a thing,
    // not their words.
    if ((w == "calls" || w == "call") && toks[q].words <= 4) return true;
    return w == "as" && q - 1 > a && (toks[q - 2].low == "billed" || toks[q - 2].low == "known");
}

bool single_quoted_paragraph(const std::string& text) {
    std::size_t first = text.find_first_not_of(" \t");
    std::size_t last = text.find_last_not_of(" \t\n");
    if (first == std::string::npos || last <= first + 2) return false;
    if (text[first] != '\'' || text[last] != '\'') return false;
    const char opens = text[first + 1], ends = text[last - 1];
    return opens >= 'A' && opens <= 'Z' && (ends == '.' || ends == '?' || ends == '!');
}

bool speech_like(const Toks& toks) {
    if (!toks.empty() && toks.front().kind == Kind::word) {
        // A salutation: `Dear guests,`, `Ladies and gentlemen,`, `Excellencies,`, `Good
        // evening.`, `Thank you.`
        const auto& w = toks.front().low;
        const auto& next = toks.size() > 1 ? toks[1].low : std::string();
        if (w == "dear" || w == "ladies" || w == "excellencies" || w == "excellency" ||
            w == "distinguished" || (w == "thank" && next == "you") ||
            (w == "good" && (next == "morning" || next == "afternoon" || next == "evening")))
            return true;
    }
    return std::any_of(toks.begin(), toks.end(), [](const Tok& t) {
        if (t.kind != Kind::word) return false;
        const auto& w = t.low;
        return w == "i" || w == "we" || w == "us" || w == "our" || w == "my" || w == "me" ||
               w == "you" || w == "your";
    });
}

bool noun_after_article(const Toks& toks, std::size_t v, std::size_t a) {
    if (!is_bare_speech_verb(toks[v].low) || v == a) return false;
    const auto article = [](const Tok& t) {
        return t.kind == Kind::word && (t.low == "a" || t.low == "an");
    };
    if (article(toks[v - 1])) return true;
    // `Turkish state broadcaster TRT Haber said`, `Russian state media`: the state a
    // nationality qualifies is a noun.
    if (toks[v].low == "state" && toks[v - 1].kind == Kind::word && toks[v - 1].cap &&
        nationality(toks[v - 1].low) && v + 1 < toks.size() && toks[v + 1].kind == Kind::word &&
        toks[v + 1].low != "that")
        return true;
    return v >= a + 2 && toks[v - 1].kind == Kind::word && toks[v - 1].cap && article(toks[v - 2]);
}

bool goes_on_doing(const Toks& toks, std::size_t v, std::size_t b) {
    if (!toks[v].low.starts_with("continu")) return false;
    if (v + 1 < b && toks[v + 1].kind == Kind::word &&
        (toks[v + 1].low == "to" || toks[v + 1].low.ends_with("ing")))
        return true;
    return v > 0 && toks[v - 1].kind == Kind::word &&
           (toks[v - 1].low == "would" || toks[v - 1].low == "will" || toks[v - 1].low == "to" ||
            toks[v - 1].low == "must" || toks[v - 1].low == "should" || toks[v - 1].low == "can");
}

bool speech_after_colon(const Toks& toks) {
    if (std::any_of(toks.begin(), toks.end(), [](const Tok& t) { return t.kind == Kind::quote; }))
        return false;
    for (std::size_t v = 0; v + 2 < toks.size(); ++v)
        if (is_speech_verb(toks[v]) && is_punct(toks[v + 1], ":")) return true;
    return false;
}

bool ends_leading_in(const Toks& toks) {
    if (toks.empty()) return false;
    if (is_punct(toks.back(), ":")) return true;
    const auto n = toks.size();
    if (n >= 3 && is_punct(toks[n - 1], ".") && toks[n - 2].low == "follows" &&
        toks[n - 3].low == "as")
        return true;
    // `X has said the following in response to media inquiries.` (not `the following day`).
    if (!is_punct(toks.back(), ".")) return false;
    if (makes_a_speech(toks, 0, toks.size())) return true;
    for (std::size_t v = 0; v + 3 < n; ++v)
        if (is_speech_verb(toks[v]) && toks[v + 1].low == "the" &&
            toks[v + 2].low == "following" &&
            (toks[v + 3].kind != Kind::word || toks[v + 3].low == "in" ||
             toks[v + 3].low == "to" || toks[v + 3].low == "on"))
            return true;
    return false;
}

bool makes_a_speech(const Toks& toks, std::size_t from, std::size_t to) {
    // `President Ilham Aliyev then made a speech at the event.`: the last sentence's verb.
    std::size_t start = from;
    for (std::size_t k = from; k + 1 < to; ++k)
        if (sentence_end_punct(toks[k])) start = k + 1;
    for (std::size_t v = start; v + 2 < to; ++v) {
        const auto& w = toks[v].low;
        if (toks[v].kind != Kind::word || toks[v].cap ||
            (w != "made" && w != "delivered" && w != "gave" && w != "makes" && w != "delivers"))
            continue;
        std::size_t k = v + 1;
        if (toks[k].low == "a" || toks[k].low == "an") ++k;
        if (k < to && (toks[k].low == "speech" || toks[k].low == "address")) return true;
    }
    return false;
}

bool closes_quotation(const std::string& text) {
    auto end = text.find_last_not_of(" \t");
    if (end == std::string::npos) return false;
    const auto tail = text.substr(0, end + 1);
    return tail.ends_with("\u201d") || tail.ends_with("\"") || tail.ends_with("\u00bb");
}

bool introduces_speech(const Toks& toks, std::pair<std::size_t, std::size_t> sent) {
    if (makes_a_speech(toks, sent.first, sent.second)) return true;
    for (std::size_t v = sent.first; v < sent.second; ++v) {
        const auto& w = toks[v].low;
        if (is_speech_verb(toks[v]) || reporting_verb(toks, v, sent.second) ||
            (toks[v].kind == Kind::word && !toks[v].cap &&
             (w == "addressed" || w == "addresses" || w == "spoke" || w == "delivered" ||
              w == "oath")))
            return true;
    }
    return false;
}

bool yet_to_speak(const Toks& toks, std::size_t v, std::size_t a) {
    return v >= a + 2 && toks[v - 1].kind == Kind::word &&
           (toks[v - 1].low == "will" || toks[v - 1].low == "shall") &&
           toks[v - 2].kind == Kind::word && toks[v - 2].low == "who";
}

bool greets(const Toks& toks, std::size_t v, std::size_t b) {
    if (!toks[v].low.starts_with("welcom") || v + 2 >= b || toks[v + 1].low != "the") return false;
    static const std::set<std::string, std::less<>> guests = {
        "heads",   "guests",   "participants", "delegation", "delegations",
        "leaders", "visitors", "members",      "ministers",  "delegates"};
    return guests.count(toks[v + 2].low) > 0;
}

bool answers_questions(const Toks& toks, std::size_t v, std::size_t b) {
    const auto& w = toks[v].low;
    // `Answers to media questions`: `questions` after an answering word is the noun.
    if (w == "questions" || w == "question" || w == "queries") {
        for (std::size_t k = v; k > 0 && k + 4 > v;) {
            const auto& before = toks[--k].low;
            if (before.starts_with("respon") || before.starts_with("answer") ||
                before.starts_with("repl"))
                return true;
        }
        return false;
    }
    if (!(w.starts_with("respond") || w.starts_with("answer") || w.starts_with("repl")))
        return false;
    std::size_t k = v + 1;
    if (k < b && toks[k].low == "to") ++k;
    // A word or two before the noun (`the`, `several`, `journalists’`, `media`), within
    // the clause.
    for (std::size_t end = std::min(b, k + 3); k < end; ++k) {
        if (toks[k].kind != Kind::word) {
            if (is_punct(toks[k], ",") || is_punct(toks[k], ".") || is_punct(toks[k], ":"))
                return false;
            continue;
        }
        if (toks[k].low == "questions" || toks[k].low == "question" || toks[k].low == "queries")
            return true;
    }
    return false;
}

bool dash_led(const std::string& text) {
    return text.starts_with("-") || text.starts_with("\u2013") || text.starts_with("\u2014");
}

bool heading_line(const Toks& toks) {
    // `Dear guests,`, `Ladies and gentlemen,`: a salutation opening a speech.
    if (!toks.empty() && is_punct(toks.back(), ",")) return false;
    std::size_t words = 0;
    for (const auto& t : toks) {
        if (t.kind == Kind::quote || sentence_end_punct(t) || is_punct(t, ":")) return false;
        if (t.kind != Kind::word) continue;
        ++words;
        if (!t.cap && t.low != "and" && t.low != "of" && t.low != "the" && t.low != "for" &&
            t.low != "on" && t.low != "in")
            return false;
    }
    return words > 0 && words <= 8;
}

bool lower_case_word(const Toks& toks, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i)
        if (toks[i].kind == Kind::word && !toks[i].cap && !toks[i].low.empty() &&
            std::isalpha(static_cast<unsigned char>(toks[i].low.front())))
            return true;
    return false;
}

bool readout_title(const std::string& title) {
    std::string t;
    for (char c : title) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t.starts_with("readout of ")) return true;
    for (const char* s : {"s call with ", "s calls with ", "s meeting with ", "s video call with "})
        for (const char* apostrophe : {"'", "\u2019"})
            if (t.find(std::string(apostrophe) + s) != std::string::npos) return true;
    return false;
}

bool converses_with(const Toks& toks, std::size_t v, std::size_t b) {
    const auto& t = toks[v];
    if (t.kind != Kind::word || t.cap) return false;
    const bool talk = t.low == "spoke" || t.low == "speaks" || t.low == "talked" ||
                      t.low == "met" || t.low == "meets";
    const bool held = t.low == "held" || t.low == "holds" || t.low == "had";
    if (!talk && !held) return false;
    bool call = talk;
    for (std::size_t k = v + 1; k < b && k <= v + 5; ++k) {
        const auto& w = toks[k].low;
        if (w == "call" || w == "conversation" || w == "meeting" || w == "talks") call = true;
        if (w == "with") return call;
        if (toks[k].kind != Kind::word) return false;
    }
    return false;
}

std::size_t first_list_comma(const Toks& toks, std::size_t from, std::size_t verb) {
    for (std::size_t k = from; k < verb; ++k)
        if (is_punct(toks[k], ",")) return k;
    return kNone;
}

bool name_suffix(const Subject& s) {
    if (s.type != Subject::name || s.words.size() != 1) return false;
    std::string w;
    for (char c : s.words[0])
        if (c != '.') w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w == "jr" || w == "sr";
}

std::size_t sends_message(const Toks& toks, std::size_t a, std::size_t b) {
    static const std::set<std::string, std::less<>> written = {
        "message", "messages", "letter", "telegram", "greetings", "condolences", "congratulations"};
    for (std::size_t v = a; v < b; ++v) {
        if (toks[v].kind != Kind::word || toks[v].cap ||
            (toks[v].low != "sent" && toks[v].low != "sends" && toks[v].low != "addressed"))
            continue;
        for (std::size_t k = v + 1; k < b && k <= v + 8; ++k)
            if (toks[k].kind == Kind::word && written.count(toks[k].low)) return v;
        return kNone;
    }
    return kNone;
}

bool reads_message(const Toks& toks, std::size_t a, std::size_t b) {
    static const std::set<std::string, std::less<>> written = {
        "message", "letter", "telegram", "greetings", "text", "condolences"};
    static const std::set<std::string, std::less<>> gives = {"reads", "says", "states",
                                                             "notes", "read", "said"};
    std::size_t k = a;
    if (k < b && toks[k].kind == Kind::word &&
        (toks[k].low == "the" || toks[k].low == "his" || toks[k].low == "her"))
        ++k;
    if (k + 1 >= b || toks[k].kind != Kind::word || !written.count(toks[k].low)) return false;
    return toks[k + 1].kind == Kind::word && gives.count(toks[k + 1].low);
}

Subject issued_for(const Toks& toks) {
    // `… was issued today by the Spokesman for UN Secretary-General António Guterres:`
    bool issued = false;
    for (std::size_t i = 0; i + 4 < toks.size(); ++i) {
        if (toks[i].low == "issued" || toks[i].low == "released") issued = true;
        if (!issued || toks[i].low != "by" || toks[i + 1].low != "the") continue;
        const auto& who = toks[i + 2].low;
        if ((who == "spokesman" || who == "spokesperson" || who == "spokeswoman") &&
            toks[i + 3].low == "for")
            return subject_after(toks, i + 3, toks.size());
    }
    return {};
}

}  // namespace newsdex::attribution
