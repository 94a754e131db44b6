#include "internal/narration.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "newsdex/schema.hpp"

namespace newsdex::attribution {

int cp_at(const std::string& s, std::size_t i, std::size_t& n) {
    if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
        n = 1;
        return static_cast<unsigned char>(s[i]);
    }
    utf8proc_int32_t cp = -1;
    auto r = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    n = r > 0 ? static_cast<std::size_t>(r) : 1;
    return r > 0 ? cp : -1;
}

namespace {

bool alnum(utf8proc_int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    auto c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_MN;
}

const std::set<std::string, std::less<>>& abbreviations() {
    static const std::set<std::string, std::less<>> a = {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
        "capt", "prof", "no", "vs", "inc", "ltd", "co", "corp", "mt", "ft", "rev", "sgt", "u.s",
        "u.n", "u.k", "e.g", "i.e", "etc", "approx"};
    return a;
}

}  // namespace

std::string fold_word(const std::string& w) {
    auto f = schema::fold(w);
    while (!f.empty() && f.back() == '.') f.pop_back();
    return f;
}

bool starts_upper(const std::string& w) {
    std::size_t n = 0;
    auto cp = w.empty() ? -1 : cp_at(w, 0, n);
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}


// Tokens of one paragraph; each quote segment becomes a single quote token.
Toks tokenize(const std::string& s, const std::vector<QuoteRef>& quotes,
              const std::vector<ExtractedQuote>& all) {
    Toks out;
    std::size_t q = 0, i = 0;
    while (i < s.size()) {
        if (q < quotes.size() && i >= quotes[q].open) {
            Tok t;
            t.kind = Kind::quote;
            t.quote = quotes[q].quote;
            const auto& text = all[t.quote].text;
            auto end = text.find_last_not_of(" ");
            t.last = end == std::string::npos ? 0 : text[end];
            if (t.last == '\'' || t.last == '"') t.last = end > 0 ? text[end - 1] : 0;
            t.words = schema::words(schema::fold(text)).size();
            out.push_back(t);
            i = std::max(i, quotes[q].close_end);
            ++q;
            continue;
        }
        std::size_t n = 0;
        auto cp = cp_at(s, i, n);
        if (alnum(cp)) {
            std::size_t j = i + n;
            while (j < s.size()) {
                std::size_t m = 0;
                auto c = cp_at(s, j, m);
                if (alnum(c)) {
                    j += m;
                    continue;
                }
                if ((c == '\'' || c == 0x2019 || c == '-' || c == '.') && j + m < s.size()) {
                    std::size_t k = 0;
                    if (alnum(cp_at(s, j + m, k)) && (q >= quotes.size() || j < quotes[q].open)) {
                        j += m;
                        continue;
                    }
                }
                break;
            }
            Tok t;
            t.kind = Kind::word;
            t.text = s.substr(i, j - i);
            // Initials and abbreviations keep their full stop, so it does not end a sentence.
            if (j < s.size() && s[j] == '.') {
                auto f = fold_word(t.text);
                std::size_t letters = 0, dummy = 0;
                for (std::size_t k = 0; k < t.text.size(); k += dummy) {
                    cp_at(t.text, k, dummy);
                    ++letters;
                }
                if (abbreviations().count(f) || (letters == 1 && starts_upper(t.text))) {
                    t.text += '.';
                    ++j;
                }
            }
            t.low = fold_word(t.text);
            t.cap = starts_upper(t.text);
            out.push_back(std::move(t));
            i = j;
            continue;
        }
        if (cp != ' ' && cp != '\t' && cp != 0xA0) {
            Tok t;
            t.kind = Kind::punct;
            t.text = s.substr(i, n);
            if (cp == 0x2014 || cp == 0x2013) t.text = "-";
            if (cp == 0x2026) t.text = ".";
            t.low = t.text;
            out.push_back(std::move(t));
        }
        i += n;
    }
    return out;
}

bool is_punct(const Tok& t, std::string_view p) { return t.kind == Kind::punct && t.text == p; }

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


namespace {
const std::set<std::string, std::less<>>& speech_verbs() {
    static const std::set<std::string, std::less<>> v = [] {
        std::set<std::string, std::less<>> out = {
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write",
            "writes", "wrote", "reply", "replies", "replied", "admit", "admits", "admitted",
            "predict", "predicts", "predicted"};
        for (const char* stem :
             {"add", "stress", "note", "insist", "warn", "declare", "announce", "argue",
              "emphasise", "emphasize", "confirm", "call", "ask", "explain", "claim",
              "acknowledge", "suggest", "describe", "urge", "estimate", "criticise", "criticize",
              "condemn", "praise", "welcome", "dub", "quote", "comment", "remark", "respond",
              "accuse", "promise", "vow", "concede", "maintain", "recall", "joke", "complain",
              "caution", "brand", "label", "hail", "state", "continue", "observe", "point",
              "tweet", "reveal", "dismiss", "describe", "insist", "boast", "deny", "question"}) {
            std::string s(stem);
            if (s == "deny") {
                out.insert({"deny", "denies", "denied", "denying"});
                continue;
            }
            out.insert(s);
            // `fans criticising his performances` reports opinion, not speech.
            bool opinion = s == "criticise" || s == "criticize" || s == "condemn" ||
                           s == "praise" || s == "welcome";
            if (!opinion) out.insert((s.back() == 'e' ? s.substr(0, s.size() - 1) : s) + "ing");
            if (s.back() == 'e') {
                out.insert(s + "s");
                out.insert(s + "d");
            } else {
                out.insert(s + (s.ends_with("ss") || s.ends_with("sh") ? "es" : "s"));
                out.insert(s + "ed");
            }
        }
        out.insert("labelled");
        return out;
    }();
    return v;
}

}  // namespace

// Capitalised, `States` or `Calls` is part of a name, not a verb.
bool is_speech_verb(const Tok& t) {
    return t.kind == Kind::word && !t.cap && speech_verbs().count(t.low);
}

bool is_skippable_before_verb(const std::string& w) {
    static const std::set<std::string, std::less<>> s = {
        "also",  "later", "then",   "has",     "had",       "have",   "was",    "is",
        "will",  "would", "could",  "further", "again",     "once",   "earlier", "recently",
        "previously", "yesterday", "today", "repeatedly", "simply", "separately", "only",
        "publicly", "privately", "angrily", "firmly", "frankly", "bluntly", "candidly",
        "openly", "subsequently", "reportedly", "finally", "often", "always", "last"};
    return s.count(w) > 0;
}

bool is_pronoun(const std::string& w) {
    return w == "he" || w == "she" || w == "they" || w == "it" || w == "i" || w == "we";
}

bool is_particle(const std::string& w) {
    static const std::set<std::string, std::less<>> p = {"de", "van", "von", "der", "den",
                                                        "da", "dos", "du", "la", "le", "bin",
                                                        "al", "ibn", "di", "del", "ter"};
    return p.count(w) > 0;
}

bool unnamed_head(const std::string& w) {
    static const std::set<std::string, std::less<>> u = {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
        "sources", "analyst", "analysts", "critic", "critics", "expert", "experts", "observer",
        "observers", "resident", "residents", "fan", "fans", "people", "campaigners",
        "witness", "witnesses", "insider", "insiders", "aide", "aides", "diplomat", "diplomats",
        "others", "some", "many", "executives", "economists", "members", "voters", "users",
        "engineers", "doctors", "rescuers", "scientists", "researchers", "activists",
        "protesters", "lawyers", "prosecutors", "investigators", "authorities", "organisers",
        "organizers", "supporters", "teachers", "parents", "students", "workers", "unions",
        "farmers", "traders", "dealers", "brokers", "investors", "managers", "ministers",
        "mps", "police", "officers", "leaders", "politicians", "economists", "bankers",
        "reports", "relatives", "neighbours", "neighbors", "locals", "villagers", "spokesmen",
        "spokeswomen", "representatives", "delegates", "commentators", "pundits", "viewers",
        "listeners", "readers", "consumers", "shoppers", "customers", "clients", "staff",
        "correspondents", "reporters", "journalists", "commentators", "aides", "advisers",
        "advisors", "insiders", "campaigners", "opponents", "rivals", "colleagues", "friends"};
    return u.count(w) > 0;
}

bool preposition(const std::string& w) {
    return w == "of" || w == "in" || w == "at" || w == "for" || w == "on" || w == "to" ||
           w == "from" || w == "with" || w == "after" || w == "before" || w == "during" ||
           w == "yesterday" || w == "today" || w == "last" || w == "this" || w == "when" ||
           w == "while" || w == "as";
}

bool auxiliary(const std::string& w) {
    static const std::set<std::string, std::less<>> a = {
        "could", "would", "will", "should", "may", "might", "can", "must", "is", "was", "are",
        "were", "has", "had", "have", "did", "does", "do", "be", "been", "being", "shall"};
    return a.count(w) > 0;
}

bool document_noun(const std::string& w) {
    return w == "statement" || w == "letter" || w == "website" || w == "blog" || w == "book" ||
           w == "article" || w == "memo" || w == "email" || w == "e-mail" || w == "message" ||
           w == "column" || w == "autobiography" || w == "memoir" || w == "office";
}

// Nouns that stand for an organisation or its documents in `the firm said`.
bool organisation_role(const std::string& w) {
    static const std::set<std::string, std::less<>> o = {
        "firm", "company", "group", "statement", "report", "magazine", "paper", "newspaper",
        "alliance", "association", "union", "party", "council", "committee", "agency", "club",
        "organisation", "organization", "body", "charity", "website", "study", "survey",
        "lawsuit", "ruling", "letter", "bank", "giant", "retailer", "carrier", "airline",
        "manufacturer", "maker", "publisher", "label", "studio", "broadcaster", "network",
        "federation", "institute", "society", "regulator", "watchdog", "government"};
    return o.count(w) > 0;
}

bool determiner(const std::string& w) {
    return w == "the" || w == "a" || w == "an" || w == "one" || w == "another" || w == "its" ||
           w == "his" || w == "her" || w == "their" || w == "our" || w == "this" || w == "that";
}

}  // namespace newsdex::attribution
