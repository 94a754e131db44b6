#include "attributor.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <map>
#include <set>

#include "name_parts.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// ---------------------------------------------------------------------------------------
// Words of the narration around quotes.

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

utf8proc_int32_t cp_at(const std::string& s, std::size_t i, std::size_t& n) {
    utf8proc_int32_t cp = -1;
    auto r = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    n = r > 0 ? static_cast<std::size_t>(r) : 1;
    return r > 0 ? cp : -1;
}

bool alnum(utf8proc_int32_t cp) {
    if (cp < 0) return false;
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

struct QuoteRef {
    std::size_t open, close_end, quote;
};

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

// ---------------------------------------------------------------------------------------
// Lexicon.

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

bool is_speech_verb(const Tok& t) { return t.kind == Kind::word && speech_verbs().count(t.low); }

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

// ---------------------------------------------------------------------------------------
// Subjects of speech verbs.

struct Subject {
    enum Type { none, name, pronoun, role, unnamed } type = none;
    std::vector<std::string> words;  ///< as written: the name, or the role phrase
    std::vector<std::string> roles;  ///< folded words describing the person
    Gender gender = Gender::unknown;
    std::size_t first = kNone;  ///< first token of the subject phrase
    bool document = false;      ///< the person's statement, letter… rather than the person
    bool organisation = false;  ///< named with `the`
};

bool name_token(const Tok& t) {
    return t.kind == Kind::word && (t.cap || is_particle(t.low)) && !is_speech_verb(t);
}

// Strips sentence openers (But, The, Yesterday) and titles from a run of capitalised words.
Subject make_name(const Toks& toks, std::size_t first, std::size_t last_inclusive,
                  std::vector<std::string> roles) {
    Subject s;
    std::vector<std::string> words;
    std::size_t i = first;
    bool after_the = false;
    while (i <= last_inclusive && is_sentence_opener(toks[i].low)) after_the = toks[i++].low == "the";
    if (!after_the && first > 0 && toks[first - 1].low == "the") after_the = true;
    for (; i <= last_inclusive; ++i) words.push_back(toks[i].text);
    while (!words.empty() && is_particle(fold_word(words.front()))) words.erase(words.begin());
    if (words.empty()) return s;
    // `Alex Ferguson's side said`, `Billboard's Hot Digital Sales`: a possessive names whose
    // it is, not who speaks.
    // `ABN Amro's Eddie Wong`: the person after the possessive, the owner as a role.
    for (std::size_t w = words.size(); w > 0; --w) {
        auto folded = fold_word(words[w - 1]);
        if (!folded.ends_with("'s")) continue;
        if (w == words.size()) return s;
        for (std::size_t r = 0; r < w; ++r) roles.push_back(fold_word(words[r]));
        words.erase(words.begin(), words.begin() + static_cast<long>(w));
        break;
    }
    if (words.size() == 1 && unnamed_head(fold_word(words.front()))) {
        s.type = Subject::unnamed;
        s.first = first;
        return s;
    }
    // `the Attorney General`, `Argentina's President`, `Ukrainian President`: a role, not a
    // name (but `Paul King` is a name).
    auto modifier = [](const std::string& w) {
        auto f = fold_word(w);
        return is_title_word(f) || f.ends_with("'s") || f.ends_with("an") || f.ends_with("ese") ||
               f.ends_with("ish") || f.ends_with("i");
    };
    if (is_title_word(fold_word(words.back())) &&
        std::all_of(words.begin(), words.end() - 1, modifier)) {
        s.type = Subject::role;
        for (const auto& w : words) s.words.push_back(fold_word(w));
        s.first = first;
        return s;
    }
    auto split = split_title(words);
    for (const auto& t : split.titles) {
        auto f = fold_word(t);
        roles.push_back(f);
        if (auto g = gender_of_word(f); g != Gender::unknown) s.gender = g;
    }
    if (s.gender == Gender::unknown && split.name.size() >= 2)
        s.gender = gender_of_word(fold_word(split.name.front()));
    s.type = Subject::name;
    s.words = split.name;
    s.roles = std::move(roles);
    s.first = first;
    s.organisation = after_the;  // `the Sun`, `the BBC`, `The Welsh Assembly`: not a person
    return s;
}

// Lower-case words just before a name describe it: `local government spokesman Dai Lloyd`.
std::vector<std::string> roles_before(const Toks& toks, std::size_t first, std::size_t floor) {
    std::vector<std::string> roles;
    for (std::size_t k = first; k > floor && roles.size() < 5;) {
        --k;
        const auto& t = toks[k];
        if (t.kind != Kind::word || determiner(t.low) || t.low == "and" || t.low == "of") break;
        roles.push_back(t.low.ends_with("'s") ? t.low.substr(0, t.low.size() - 2) : t.low);
    }
    return roles;
}

// Words of an appositive between commas: `Tavi Renn, the Valdorian energy minister, said`.
std::vector<std::string> appositive(const Toks& toks, std::size_t from, std::size_t to) {
    std::vector<std::string> roles;
    for (std::size_t k = from; k < to; ++k)
        if (toks[k].kind == Kind::word && !determiner(toks[k].low)) roles.push_back(toks[k].low);
    return roles;
}

Subject role_phrase(const Toks& toks, std::size_t first, std::size_t last_inclusive,
                    const std::string& det) {
    Subject s;
    for (std::size_t k = first; k <= last_inclusive; ++k) s.words.push_back(toks[k].low);
    if (s.words.empty()) return s;
    s.first = first;
    bool indefinite = det == "a" || det == "an" || det == "one" || det == "another";
    s.type = indefinite || unnamed_head(s.words.back()) ? Subject::unnamed : Subject::role;
    return s;
}

Subject subject_before(const Toks& toks, std::size_t verb, std::size_t start);

// The subject a sentence opens with, for participle clauses (`Tony Blair has defended the
// Act, saying …`) and for pronouns in the next sentence: a pronoun, the first proper name
// of two or more words among the first words (`Opposition defense spokesman Piet Harrow
// questioned …`), or a leading name or role phrase.
Subject sentence_subject(const Toks& toks, std::size_t start, std::size_t end) {
    // `In a furious response, the first minister said …`: the subject follows an opening
    // prepositional phrase; `Turning to …, Mr Blair refused …`: or a participle clause.
    if (start < end && toks[start].kind == Kind::word &&
        (preposition(toks[start].low) || toks[start].low.ends_with("ing"))) {
        for (std::size_t c = start + 1; c < end && c < start + 14; ++c) {
            if (toks[c].kind == Kind::quote || is_speech_verb(toks[c])) break;
            if (is_punct(toks[c], ",")) {
                start = c + 1;
                break;
            }
        }
    }
    std::size_t i = start;
    while (i < end && toks[i].kind == Kind::word && is_sentence_opener(toks[i].low) &&
           !is_pronoun(toks[i].low) && toks[i].low != "the" && toks[i].low != "a")
        ++i;
    if (i >= end || toks[i].kind != Kind::word) return {};
    if (is_pronoun(toks[i].low)) {
        Subject s;
        s.type = Subject::pronoun;
        s.words = {toks[i].low};
        s.gender = toks[i].low == "he"    ? Gender::male
                   : toks[i].low == "she" ? Gender::female
                                          : Gender::unknown;
        s.first = i;
        return s;
    }
    // `The company added …`, `The Tory leader countered …`: a role phrase.
    if (toks[i].low == "the" || toks[i].low == "a" || toks[i].low == "an") {
        for (std::size_t h = i + 1; h < end && h <= i + 4 && toks[h].kind == Kind::word; ++h) {
            if (is_speech_verb(toks[h]) || auxiliary(toks[h].low)) break;
            if (!toks[h].cap && (is_title_word(toks[h].low) || organisation_role(toks[h].low))) {
                auto s = role_phrase(toks, i + 1, h, toks[i].low);
                s.first = i;
                return s;
            }
        }
        std::size_t k = i + 1;
        while (k < end && toks[k].kind == Kind::word && !toks[k].cap && k - i <= 4 &&
               !is_speech_verb(toks[k]) && !auxiliary(toks[k].low) && !preposition(toks[k].low))
            ++k;
        bool phrase_ends = k == end || toks[k].kind != Kind::word || is_speech_verb(toks[k]) ||
                           auxiliary(toks[k].low);
        if (k > i + 1 && phrase_ends && !toks[k - 1].low.ends_with("'s")) {
            auto s = role_phrase(toks, i + 1, k - 1, toks[i].low);
            s.first = i;
            return s;
        }
    }
    // The opening noun phrase (names, titles, role words, an appositive), and in it a
    // person's name: one after a role word (`chief executive Lidia Varsh`, `The Attorney
    // General, Lord Goldsmith,`), else the first that is not an organisation.
    const std::size_t limit = std::min(end, i + 12);
    Subject fallback;
    for (std::size_t k = i; k < limit; ++k) {
        const auto& t = toks[k];
        if (is_punct(t, ",")) continue;
        if (t.kind != Kind::word) break;
        if (!name_token(t)) {
            bool role_word = is_title_word(t.low) || determiner(t.low) || t.low == "of";
            bool before_role = (k + 1 < end && is_title_word(toks[k + 1].low)) ||
                               (k + 2 < end && is_title_word(toks[k + 2].low));
            if (role_word || before_role) continue;
            break;
        }
        std::size_t m = k;
        while (m < end && name_token(toks[m])) ++m;
        auto s = make_name(toks, k, m - 1, roles_before(toks, k, start));
        bool after_role = k > start && ((toks[k - 1].kind == Kind::word &&
                                         is_title_word(toks[k - 1].low)) ||
                                        (is_punct(toks[k - 1], ",") && k - 1 > i));
        if (s.type == Subject::name) {
            bool organisation = false;
            for (const auto& w : s.words) organisation = organisation || is_organisation_word(fold_word(w));
            if (after_role && !organisation) return s;
            if (fallback.type == Subject::none && !organisation) fallback = s;
        } else if (s.type == Subject::role && fallback.type == Subject::none) {
            fallback = s;
        }
        k = m - 1;
    }
    return fallback;
}

// The subject written before a verb: `Ms Hewitt said`, `he added`, `the minister said`,
// `Mike German, leader of the Liberal Democrats, claimed`.
Subject subject_before(const Toks& toks, std::size_t verb, std::size_t start) {
    if (verb <= start) return {};
    std::size_t j = verb;
    while (j > start && toks[j - 1].kind == Kind::word && is_skippable_before_verb(toks[j - 1].low))
        --j;
    if (j == start) return {};
    std::size_t k = j - 1;
    if (is_punct(toks[k], ")")) {
        while (k > start && !is_punct(toks[k], "(")) --k;
        if (k == start) return {};
        --k;
    }
    const auto& t = toks[k];
    if (t.kind == Kind::word && is_pronoun(t.low)) {
        Subject s;
        s.type = Subject::pronoun;
        s.words = {t.low};
        s.gender = t.low == "he" ? Gender::male : t.low == "she" ? Gender::female : Gender::unknown;
        s.first = k;
        return s;
    }
    // `… said A, but said B` / `… and added`: the earlier verb's subject.
    if (t.kind == Kind::word && (t.low == "and" || t.low == "but")) {
        for (std::size_t v = k; v > start;) {
            --v;
            if (is_speech_verb(toks[v])) return subject_before(toks, v, start);
        }
        return {};
    }
    // `…, saying …` / `…, telling the BBC …`: the subject of the sentence.
    if (is_punct(t, ",") && toks[verb].low.ends_with("ing")) return sentence_subject(toks, start, k);
    if (is_punct(t, ",") && k > start) {
        // `Sabine Kortel, director of the Association, which represents …, said`: a sentence
        // opening with a name and a comma names the speaker however long the appositive.
        std::size_t n = start;
        while (n < k && toks[n].kind == Kind::word && is_sentence_opener(toks[n].low) &&
               !toks[n].cap)
            ++n;
        std::size_t m = n;
        while (m < k && name_token(toks[m])) ++m;
        if (m > n && m < k && is_punct(toks[m], ",") && m + 1 < k && !name_token(toks[m + 1])) {
            auto s = make_name(toks, n, m - 1, appositive(toks, m + 1, k));
            if (s.type == Subject::name && (s.words.size() >= 2 || m - n > s.words.size()))
                return s;
        }
        std::size_t comma = k;
        std::size_t open = kNone;
        for (std::size_t m = comma; m > start && comma - m < 25;) {
            --m;
            if (is_punct(toks[m], ",")) {
                open = m;
                break;
            }
            if (toks[m].kind == Kind::quote || sentence_end_punct(toks[m])) break;
        }
        if (open == kNone) return {};
        auto inner = appositive(toks, open + 1, comma);
        // `Kenteris's lawyer, Gregory Ioannidis, said` / `hunt master, Captain Ian Farquhar,
        // said`: the name is between the commas and the words before it are the role.
        bool inner_is_name =
            comma > open + 1 && std::all_of(toks.begin() + static_cast<long>(open) + 1,
                                            toks.begin() + static_cast<long>(comma),
                                            [](const Tok& x) { return name_token(x); });
        if (inner_is_name) {
            std::size_t outer_first = open;
            while (outer_first > start && toks[outer_first - 1].kind == Kind::word &&
                   open - outer_first < 6)
                --outer_first;
            std::vector<std::string> outer;
            for (std::size_t m = outer_first; m < open; ++m) outer.push_back(toks[m].low);
            auto s = make_name(toks, open + 1, comma - 1, outer);
            s.first = outer_first;
            return s;
        }
        if (open == start || !name_token(toks[open - 1])) return {};
        std::size_t first = open - 1;
        while (first > start && name_token(toks[first - 1])) --first;
        auto roles = roles_before(toks, first, start);
        roles.insert(roles.end(), inner.begin(), inner.end());
        return make_name(toks, first, open - 1, roles);
    }
    if (name_token(t)) {
        std::size_t first = k;
        while (first > start && (name_token(toks[first - 1]) ||
                                 (toks[first - 1].kind == Kind::word &&
                                  is_title_word(toks[first - 1].low) && toks[first - 1].cap)))
            --first;
        // `Peter Saunders of the CMF said`: the person, with the body as a role.
        std::size_t of = first;
        if (of > start && toks[of - 1].low == "the") --of;
        if (of > start + 1 && (toks[of - 1].low == "of" || toks[of - 1].low == "from" ||
                               toks[of - 1].low == "at") &&
            name_token(toks[of - 2])) {
            std::size_t person_last = of - 2, person_first = person_last;
            while (person_first > start && name_token(toks[person_first - 1])) --person_first;
            auto roles = roles_before(toks, person_first, start);
            for (std::size_t m = first; m <= k; ++m) roles.push_back(toks[m].low);
            auto s = make_name(toks, person_first, person_last, roles);
            if (s.type == Subject::name) return s;
        }
        return make_name(toks, first, k, roles_before(toks, first, start));
    }
    // `Mr Crosby's statement said`: a person's own document speaks for them.
    if (t.kind == Kind::word && document_noun(t.low) && k > start &&
        toks[k - 1].low.ends_with("'s") && toks[k - 1].cap) {
        std::size_t last = k - 1, first = last;
        while (first > start && name_token(toks[first - 1])) --first;
        Toks copy(toks.begin() + static_cast<long>(first), toks.begin() + static_cast<long>(last) + 1);
        auto& owner = copy.back();
        owner.text = owner.text.substr(0, owner.text.size() - 2);
        owner.low = owner.low.substr(0, owner.low.size() - 2);
        auto s = make_name(copy, 0, copy.size() - 1, {});
        s.first = first;
        s.document = true;
        return s;
    }
    if (t.kind == Kind::word) {
        std::size_t first = k;
        while (first > start && toks[first - 1].kind == Kind::word &&
               !determiner(toks[first - 1].low) && k - first < 4)
            --first;
        std::string det = first > start ? toks[first - 1].low : std::string();
        if (!determiner(det)) {
            if (unnamed_head(t.low)) {
                Subject s;
                s.type = Subject::unnamed;
                s.first = first;
                return s;
            }
            return {};
        }
        auto s = role_phrase(toks, first, k, det);
        s.first = first - 1;
        return s;
    }
    return {};
}

// The subject written after a verb: `said Mr Wellington`, `added the British producer`,
// `said Tavi Renn, the Valdorian energy minister`.
Subject subject_after(const Toks& toks, std::size_t verb, std::size_t end) {
    std::size_t j = verb + 1;
    const std::size_t after_verb = j;
    if (j >= end) return {};
    const auto& t = toks[j];
    if (t.kind == Kind::word && is_pronoun(t.low)) {
        Subject s;
        s.type = Subject::pronoun;
        s.words = {t.low};
        s.gender = t.low == "he" ? Gender::male : t.low == "she" ? Gender::female : Gender::unknown;
        s.first = j;
        return s;
    }
    if (t.kind == Kind::word && determiner(t.low)) {
        std::size_t k = j + 1;
        while (k < end && toks[k].kind == Kind::word && k - j <= 5 && !is_speech_verb(toks[k]) &&
               !preposition(toks[k].low) && !auxiliary(toks[k].low) && !determiner(toks[k].low))
            ++k;
        if (k == j + 1) return {};
        // An inverted subject ends its clause: `said the minister.` / `said the minister in`,
        // not `said the world could …`.
        if (k < end && toks[k].kind == Kind::word && !preposition(toks[k].low)) return {};
        // `said the committee chairman, Edward Leigh`.
        if (k < end && is_punct(toks[k], ",") && k + 1 < end && name_token(toks[k + 1]) &&
            !toks[k - 1].cap) {
            std::size_t m = k + 1;
            while (m < end && name_token(toks[m])) ++m;
            std::vector<std::string> roles;
            for (std::size_t r = j + 1; r < k; ++r) roles.push_back(toks[r].low);
            auto s = make_name(toks, k + 1, m - 1, roles);
            s.first = j;
            return s;
        }
        // `said the BBC`: a name after all.
        if (toks[k - 1].cap) {
            auto s = make_name(toks, j, k - 1, {});
            s.first = j;
            return s;
        }
        auto s = role_phrase(toks, j + 1, k - 1, t.low);
        s.first = j;
        return s;
    }
    // `said analyst Jason Kenney`, `said Nortel president and chief executive Bill Owens`,
    // `points out former Olympian and BBC pundit Steve Cram`: the person is the last run of
    // capitalised words in the phrase after the verb; the words before it describe them.
    if (t.kind == Kind::word && t.low == "out") ++j;
    std::size_t w = j;
    while (w < end && w - j < 10 && toks[w].kind == Kind::word && !is_speech_verb(toks[w]) &&
           !auxiliary(toks[w].low) && !preposition(toks[w].low) && !determiner(toks[w].low) &&
           !is_pronoun(toks[w].low))
        ++w;
    if (w == j) return {};
    std::size_t run_end = w;
    while (run_end > j && !name_token(toks[run_end - 1])) --run_end;
    if (run_end == j) {
        if (unnamed_head(toks[w - 1].low)) {
            Subject s;
            s.type = Subject::unnamed;
            s.first = after_verb;
            return s;
        }
        return {};
    }
    if (run_end != w && !is_title_word(toks[w - 1].low) && !unnamed_head(toks[w - 1].low) &&
        toks[w - 1].low != "and")
        return {};  // `said Labour would win`: not an inverted subject
    std::size_t run_begin = run_end - 1;
    while (run_begin > j && name_token(toks[run_begin - 1])) --run_begin;
    if (run_end != w) {
        // `said BBC sources`: the capitalised words qualify an unnamed source.
        Subject s;
        s.type = unnamed_head(toks[w - 1].low) ? Subject::unnamed : Subject::role;
        for (std::size_t m = j; m < w; ++m) s.words.push_back(toks[m].low);
        s.first = after_verb;
        return s;
    }
    std::vector<std::string> roles;
    for (std::size_t m = j; m < run_begin; ++m) roles.push_back(toks[m].low);
    if (w < end && is_punct(toks[w], ",")) {
        std::size_t m = w + 1;
        while (m < end && !is_punct(toks[m], ",") && !sentence_end_punct(toks[m]) &&
               toks[m].kind != Kind::quote && m - w < 15)
            ++m;
        auto extra = appositive(toks, w + 1, m);
        roles.insert(roles.end(), extra.begin(), extra.end());
    }
    auto s = make_name(toks, run_begin, run_end - 1, roles);
    s.first = after_verb;
    return s;
}

// The subject of the speech verb at v within [start, end); none where the verb is not a
// speech act here (passive `announced by`, infinitive `to claim`). Inverted order (`said
// Name`) only where the verb opens its clause.
Subject speech_subject(const Toks& toks, std::size_t v, std::size_t start, std::size_t end) {
    if (v + 1 < end && toks[v + 1].low == "by") return {};
    if (v > start && toks[v - 1].low == "to") return {};
    auto s = subject_before(toks, v, start);
    if (s.type != Subject::none) return s;
    bool clause_initial = v == start || is_punct(toks[v - 1], ",") ||
                          toks[v - 1].kind == Kind::quote || is_punct(toks[v - 1], "-");
    if (clause_initial) return subject_after(toks, v, end);
    return {};
}

// ---------------------------------------------------------------------------------------
// People of the article: who was mentioned, how, and who spoke last.

struct Person {
    std::string name;                ///< fullest form seen
    std::vector<std::string> words;  ///< folded words of the name
    std::set<std::string> roles;
    Gender gender = Gender::unknown;
    bool organisation = false;
    bool titled = false;  ///< seen with a personal title (Mr, Minister, Dr…)
    std::size_t last_mention = 0;
    std::size_t last_spoke = 0;  ///< 0: never
};

class People {
public:
    People(const SpeakerTable& table, const std::vector<std::string>& known) : table_(table) {
        for (const auto& k : known) {
            auto ws = split_words(k);
            note({ws, {}, Gender::unknown});
        }
    }

    struct Mention {
        std::vector<std::string> words;
        std::vector<std::string> roles;
        Gender gender;
        bool organisation = false;
    };

    /// Records a mention, completing a partial name from earlier ones; returns its index.
    std::size_t note(const Mention& m) {
        ++clock_;
        auto folded = fold_all(m.words);
        if (folded.empty()) return kNone;
        std::size_t index = find(folded);
        // `Baroness Greenfield` is Susan Greenfield; `Matchwinner Keane` is Robbie Keane.
        if (index == kNone && folded.size() == 2 && !m.organisation &&
            !is_organisation(m.words) &&
            (is_peerage(folded.front()) || gender_of_word(folded.front()) == Gender::unknown)) {
            auto same = find({folded.back()});
            if (same != kNone && !people_[same].organisation &&
                (is_peerage(folded.front()) || people_[same].words.size() >= 2))
                index = same;
        }
        if (index == kNone) {
            Person p;
            p.name = join(m.words);
            p.words = folded;
            p.organisation = m.organisation || is_organisation(m.words);
            people_.push_back(std::move(p));
            index = people_.size() - 1;
        } else if (folded.size() > people_[index].words.size()) {
            people_[index].name = join(m.words);
            people_[index].words = folded;
        }
        auto& p = people_[index];
        p.last_mention = clock_;
        p.titled = p.titled || !m.roles.empty();
        for (const auto& r : m.roles) p.roles.insert(r);
        if (p.gender == Gender::unknown) p.gender = m.gender;
        return index;
    }

    void spoke(std::size_t index) {
        if (index == kNone) return;
        people_[index].last_spoke = ++clock_;
        people_[index].last_mention = clock_;
    }

    std::size_t pronoun(Gender g, std::size_t paragraph_clock_floor) {
        // The latest speaker of this or the previous paragraph whose gender fits, else the
        // latest fitting mention of someone known to be a person.
        auto pick = [&](bool speakers) {
            std::size_t best = kNone, best_when = 0;
            for (std::size_t i = 0; i < people_.size(); ++i) {
                const auto& p = people_[i];
                if (p.organisation || !fits(p.gender, g)) continue;
                auto when = speakers ? p.last_spoke : p.last_mention;
                if (when == 0 || (speakers && when < paragraph_clock_floor)) continue;
                if (!speakers && p.gender == Gender::unknown && p.last_spoke == 0 && !p.titled)
                    continue;
                if (best == kNone || when > best_when) best = i, best_when = when;
            }
            return best;
        };
        for (bool speakers : {true, false}) {
            auto best = pick(speakers);
            if (best == kNone) continue;
            if (people_[best].gender == Gender::unknown) people_[best].gender = g;
            return best;
        }
        return kNone;
    }

    /// `it said`, `the firm said`, `said the statement`: the latest organisation that spoke
    /// in this or the previous paragraph, or (for a named kind: `the alliance`) was mentioned.
    std::size_t organisation(const std::string& head, std::size_t paragraph_clock_floor) {
        std::size_t best = kNone, best_when = 0;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            bool body = p.organisation ||
                        (p.words.size() == 1 && p.gender == Gender::unknown && !p.titled);
            if (!body) continue;
            bool named_kind = !head.empty() && std::find(p.words.begin(), p.words.end(), head) != p.words.end();
            auto when = named_kind ? p.last_mention : p.last_spoke;
            if (when == 0 || (!named_kind && when < paragraph_clock_floor)) continue;
            if (best == kNone || when > best_when) best = i, best_when = when;
        }
        return best;
    }

    bool person_like(std::size_t index) const {
        const auto& p = people_[index];
        return !p.organisation && (p.gender != Gender::unknown || p.titled || p.last_spoke > 0);
    }

    bool fits_pronoun(std::size_t index, Gender g) {
        auto& p = people_[index];
        if (!person_like(index) || !fits(p.gender, g)) return false;
        if (p.gender == Gender::unknown) p.gender = g;
        return true;
    }

    std::size_t latest_speech() const {
        std::size_t latest = 0;
        for (const auto& p : people_) latest = std::max(latest, p.last_spoke);
        return latest;
    }

    std::size_t role(const std::vector<std::string>& phrase) {
        if (phrase.empty()) return kNone;
        const auto& head = phrase.back();
        auto matches = [&](const Person& p, bool strict) {
            if (p.organisation != organisation_head(head)) return false;
            bool head_ok = p.roles.count(head) || (synonym_heads(head) && any_leader_role(p));
            if (!head_ok) return false;
            if (!strict) return true;
            return std::all_of(phrase.begin(), phrase.end() - 1,
                               [&](const std::string& w) { return p.roles.count(w) > 0; });
        };
        for (bool strict : {true}) {
            std::size_t best = kNone;
            for (std::size_t i = 0; i < people_.size(); ++i)
                if (matches(people_[i], strict) &&
                    (best == kNone || people_[i].last_mention > people_[best].last_mention))
                    best = i;
            if (best != kNone) return best;
        }
        std::string joined = join(phrase);
        if (auto name = table_.by_role(joined)) return note({split_words(*name), {}, Gender::unknown});
        std::size_t best = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (matches(people_[i], false) &&
                (best == kNone || people_[i].last_mention > people_[best].last_mention))
                best = i;
        return best;
    }

    std::string display(std::size_t index) const {
        const auto& p = people_[index];
        if (auto c = table_.canonical(p.name)) return *c;
        if (p.words.size() > 1)
            if (auto c = table_.canonical(p.words.back())) return *c;
        return p.name;
    }

    Gender gender(std::size_t index) const { return people_[index].gender; }
    void set_gender(std::size_t index, Gender g) {
        if (people_[index].gender == Gender::unknown) people_[index].gender = g;
    }
    std::size_t clock() const { return clock_; }
    std::size_t tick() { return ++clock_; }

    static std::vector<std::string> split_words(const std::string& s) {
        std::vector<std::string> out;
        std::size_t pos = 0;
        while (pos < s.size()) {
            auto a = s.find_first_not_of(' ', pos);
            if (a == std::string::npos) break;
            auto b = s.find(' ', a);
            if (b == std::string::npos) b = s.size();
            out.push_back(s.substr(a, b - a));
            pos = b;
        }
        return out;
    }

private:
    static bool fits(Gender have, Gender want) {
        return want == Gender::unknown || have == Gender::unknown || have == want;
    }
    static bool organisation_head(const std::string& head) { return is_organisation_word(head); }
    static bool synonym_heads(const std::string& head) {
        return head == "leader" || head == "president" || head == "premier";
    }
    static bool any_leader_role(const Person& p) {
        return p.roles.count("president") || p.roles.count("leader") || p.roles.count("prime") ||
               p.roles.count("premier") || p.roles.count("chancellor");
    }
    static std::string join(const std::vector<std::string>& ws) {
        std::string out;
        for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
        return out;
    }
    static std::vector<std::string> fold_all(const std::vector<std::string>& ws) {
        std::vector<std::string> out;
        for (const auto& w : ws) {
            auto f = fold_word(w);
            if (f.ends_with("'s")) f.resize(f.size() - 2);
            if (!f.empty()) out.push_back(f);
        }
        return out;
    }
    static bool is_organisation(const std::vector<std::string>& words) {
        for (const auto& w : words)
            if (is_organisation_word(fold_word(w))) return true;
        if (words.size() == 1) {
            const auto& w = words.front();
            bool caps = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || c == '&' || c == '-';
                        });
            if (caps) return true;
        }
        return false;
    }

    // The person a (possibly partial) name refers to: the same name, or the latest person
    // whose full name ends with it (`Hewitt` → `Patricia Hewitt`) or starts with it.
    std::size_t find(const std::vector<std::string>& folded) const {
        std::size_t best = kNone;
        auto better = [&](std::size_t i) {
            return best == kNone || people_[i].last_mention > people_[best].last_mention;
        };
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (people_[i].words == folded) return i;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& w = people_[i].words;
            if (w.size() > folded.size() &&
                std::equal(folded.rbegin(), folded.rend(), w.rbegin()) && better(i))
                best = i;
        }
        if (best != kNone) return best;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& w = people_[i].words;
            if (w.size() < folded.size() &&
                std::equal(w.rbegin(), w.rend(), folded.rbegin()) && better(i))
                best = i;
        }
        if (best != kNone || folded.size() != 1) return best;
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (people_[i].words.size() > 1 && people_[i].words.front() == folded.front() && better(i))
                best = i;
        return best;
    }

    const SpeakerTable& table_;
    std::vector<Person> people_;
    std::size_t clock_ = 0;
};

// ---------------------------------------------------------------------------------------

struct Found {
    std::size_t person = kNone;
    bool unnamed = false;  ///< an explicit but nameless source: `a spokesman said`
    bool ok() const { return person != kNone || unnamed; }
};

class Attributor {
public:
    explicit Attributor(const AttributionInput& in)
        : in_(in), people_(in.table, in.known_speakers), quotes_(extract_quotes(in.paragraphs)) {
        result_.quotes.resize(quotes_.size());
        for (std::size_t i = 0; i < quotes_.size(); ++i) result_.quotes[i].quote = quotes_[i];
        result_.paragraph_speakers.resize(in.paragraphs.size());
        decided_.assign(quotes_.size(), false);
        person_of_.assign(quotes_.size(), kNone);
    }

    Attribution run() {
        for (std::size_t p = 0; p < in_.paragraphs.size(); ++p) paragraph(p);
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            if (person_of_[q] != kNone) result_.quotes[q].speaker = people_.display(person_of_[q]);
        return std::move(result_);
    }

private:
    bool turn(std::size_t p) const { return p < in_.turns.size() && in_.turns[p]; }

    Found resolve(const Subject& s) {
        Found f;
        switch (s.type) {
            case Subject::none: break;
            case Subject::unnamed: f.unnamed = true; break;
            case Subject::pronoun:
                if (s.words.front() == "it") {
                    // `Mr Crosby's statement said … It added:`
                    if (document_speaker_ != kNone && document_clock_ >= paragraph_floor_)
                        f.person = document_speaker_;
                    else
                        f.person = people_.organisation({}, paragraph_floor_);
                    break;
                }
                if (s.gender == Gender::unknown) break;  // they / I / we
                // `A spokesman said … he said`: the pronoun follows the unnamed source.
                if (unnamed_clock_ > people_.latest_speech() && unnamed_clock_ >= paragraph_floor_) {
                    f.unnamed = true;
                    break;
                }
                if (last_subject_ != kNone && people_.fits_pronoun(last_subject_, s.gender)) {
                    f.person = last_subject_;
                    break;
                }
                f.person = people_.pronoun(s.gender, paragraph_floor_);
                break;
            case Subject::role:
                if (organisation_role(s.words.back()))
                    f.person = people_.organisation(s.words.back(), paragraph_floor_);
                else
                    f.person = people_.role(s.words);
                // `the Liberal Democrat leader said`, the leader not introduced by that role:
                // the person the article is talking about.
                if (f.person == kNone && is_title_word(s.words.back())) {
                    if (last_subject_ != kNone && people_.person_like(last_subject_))
                        f.person = last_subject_;
                    else if (current_ != kNone && people_.person_like(current_))
                        f.person = current_;
                }
                f.unnamed = f.person == kNone;
                break;
            case Subject::name:
                f.person = people_.note({s.words, s.roles, s.gender, s.organisation});
                if (s.document) document_speaker_ = f.person, document_clock_ = people_.tick();
                break;
        }
        return f;
    }

    // Mentions of named people in narration, so later partial names, pronouns and role
    // nouns can find them.
    void note_mentions(const Toks& toks, std::size_t a, std::size_t b) {
        for (std::size_t i = a; i < b;) {
            if (!name_token(toks[i]) && !(toks[i].kind == Kind::word && toks[i].cap)) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < b && (name_token(toks[j]) ||
                             (toks[j].kind == Kind::word && toks[j].cap && !is_speech_verb(toks[j]))))
                ++j;
            if (j == i) {
                ++i;
                continue;
            }
            auto s = make_name(toks, i, j - 1, roles_before(toks, i, a));
            bool titled = !s.roles.empty() && j - i > s.words.size();
            if (s.type == Subject::name && (s.words.size() >= 2 || titled)) {
                if (j < b && is_punct(toks[j], ",")) {
                    std::size_t m = j + 1;
                    while (m < b && !is_punct(toks[m], ",") && !sentence_end_punct(toks[m]) &&
                           toks[m].kind != Kind::quote && m - j < 15)
                        ++m;
                    if (m < b && is_punct(toks[m], ",") && m + 1 < b &&
                        !name_token(toks[j + 1])) {
                        auto extra = appositive(toks, j + 1, m);
                        s.roles.insert(s.roles.end(), extra.begin(), extra.end());
                    }
                }
                people_.note({s.words, s.roles, s.gender, s.organisation});
            }
            i = j;
        }
    }

    // The speech verb nearest before position `at` in [a, at), and its subject.
    Found before_quote(const Toks& toks, std::size_t a, std::size_t at, bool& colon) {
        colon = at > a && (is_punct(toks[at - 1], ":") || is_punct(toks[at - 1], ","));
        for (std::size_t v = at; v > a;) {
            --v;
            if (toks[v].kind == Kind::word && toks[v].low == "to" && v > a &&
                toks[v - 1].low == "according") {
                auto s = subject_after(toks, v, at);
                if (s.type != Subject::none) return resolve(s);
            }
            if (!is_speech_verb(toks[v])) continue;
            auto s = speech_subject(toks, v, a, at);
            if (s.type != Subject::none) return resolve(s);
        }
        // `Blackburn boss Mark Hughes: "…"` — a name and a colon, no verb.
        if (at >= a + 2 && is_punct(toks[at - 1], ":") && name_token(toks[at - 2])) {
            std::size_t first = at - 2;
            while (first > a && name_token(toks[first - 1])) --first;
            auto s = make_name(toks, first, at - 2, roles_before(toks, first, a));
            if (s.type == Subject::name) return resolve(s);
        }
        return {};
    }

    // An attribution straight after the quote: `“…,” Name said` / `“…,” said Name, title`.
    Found after_quote(const Toks& toks, std::size_t q, std::size_t b) {
        std::size_t k = q + 1;
        while (k < b && (is_punct(toks[k], ",") || is_punct(toks[k], "-"))) ++k;
        if (k >= b) return {};
        if (toks[k].low == "according" && k + 1 < b && toks[k + 1].low == "to")
            return resolve(subject_after(toks, k + 1, b));
        if (is_speech_verb(toks[k])) return resolve(subject_after(toks, k, b));
        for (std::size_t v = k; v < b && v < k + 16; ++v) {
            if (toks[v].kind == Kind::quote || sentence_end_punct(toks[v])) break;
            if (!is_speech_verb(toks[v])) continue;
            auto s = speech_subject(toks, v, k, b);
            bool direct = s.type != Subject::none && s.first <= k + 6;
            for (std::size_t m = k; direct && m < s.first && m < b; ++m)
                direct = toks[m].kind == Kind::word && !(is_sentence_opener(toks[m].low) && !toks[m].cap);
            if (direct) return resolve(s);
            break;
        }
        return {};
    }

    // Any speech verb later in the sentence (`…, says the assembly government.`).
    Found later_in_sentence(const Toks& toks, std::size_t q, std::size_t b) {
        for (std::size_t v = q + 1; v < b; ++v) {
            if (!is_speech_verb(toks[v])) continue;
            auto s = speech_subject(toks, v, q + 1, b);
            if (s.type != Subject::none) return resolve(s);
        }
        return {};
    }

    // A sentence that is just `Name said.` or `He added:` names the speaker of the quote
    // before it.
    Found short_attribution(const Toks& toks, std::size_t a, std::size_t b) {
        for (std::size_t v = a; v < b && v < a + 6; ++v) {
            if (!is_speech_verb(toks[v])) continue;
            auto s = speech_subject(toks, v, a, b);
            if (s.type == Subject::none) return {};
            std::size_t rest = 0;
            for (std::size_t k = v + 1; k < b; ++k) rest += toks[k].kind == Kind::word;
            if (rest <= 4) return resolve(s);
            return {};
        }
        return {};
    }

    void assign(std::size_t q, const Found& f) {
        decided_[q] = true;
        person_of_[q] = f.person;
        if (f.person != kNone) {
            people_.spoke(f.person);
            current_ = f.person;
            speakers_here_.insert(f.person);
        } else {
            current_ = kNone;
            nameless_here_ = true;
            if (f.unnamed) unnamed_clock_ = people_.tick();
        }
    }

    bool scare_like(const Toks& toks, std::size_t q, std::size_t a) {
        const auto& t = toks[q];
        if (t.words > 4) return false;
        if (q == a) return false;
        const auto& prev = toks[q - 1];
        return !(is_punct(prev, ":") || (is_punct(prev, ",") && t.words > 2));
    }

    void paragraph(std::size_t p) {
        const auto& text = in_.paragraphs[p];
        std::vector<QuoteRef> refs;
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            for (const auto& seg : quotes_[q].segments)
                if (seg.paragraph == p) {
                    std::size_t end = seg.close;
                    if (seg.closed) {
                        std::size_t n = 0;
                        cp_at(text, seg.close, n);
                        end += n;
                    }
                    refs.push_back({seg.open, end, q});
                }
        std::sort(refs.begin(), refs.end(), [](auto& x, auto& y) { return x.open < y.open; });
        auto toks = tokenize(text, refs, quotes_);
        auto sents = sentences(toks);
        speakers_here_.clear();
        nameless_here_ = false;
        // Pronouns prefer whoever spoke in this paragraph or the one before.
        paragraph_floor_ = previous_paragraph_clock_;
        previous_paragraph_clock_ = people_.clock();
        if (turn(p)) current_ = kNone;

        std::vector<std::size_t> pending;  // undecided quotes awaiting the next sentence
        for (std::size_t si = 0; si < sents.size(); ++si) {
            auto [a, b] = sents[si];
            note_mentions(toks, a, b);

            if (!pending.empty()) {
                auto f = short_attribution(toks, a, b);
                for (auto q : pending)
                    if (!decided_[q]) {
                        if (f.ok()) assign(q, f);
                        else continue_speaker(q, p);
                    }
                pending.clear();
            }

            bool has_quote = false;
            for (std::size_t i = a; i < b; ++i) {
                if (toks[i].kind != Kind::quote) continue;
                has_quote = true;
                auto q = toks[i].quote;
                if (decided_[q]) {
                    if (person_of_[q] != kNone) {
                        current_ = person_of_[q];
                        speakers_here_.insert(current_);
                    }
                    continue;
                }
                bool colon = false;
                // A fragment inside a reported sentence (`said it was a "good deal"`) belongs
                // to the verb before it; a quote ending in a comma to the words after it.
                bool mid_sentence = i > a && toks[i - 1].kind == Kind::word;
                Found f = mid_sentence ? before_quote(toks, a, i, colon) : after_quote(toks, i, b);
                if (!f.ok()) f = mid_sentence ? after_quote(toks, i, b) : before_quote(toks, a, i, colon);
                if (!f.ok()) f = later_in_sentence(toks, i, b);
                if (f.ok()) {
                    assign(q, f);
                    continue;
                }
                // A quote running on into the next paragraph may be attributed there.
                if (quotes_[q].segments.back().paragraph > p) continue;
                if (scare_like(toks, i, a)) {
                    decided_[q] = true;
                    result_.quotes[q].scare = true;
                    continue;
                }
                if (turn(p)) {
                    decided_[q] = true;  // words quoted by the turn's speaker, source unnamed
                    continue;
                }
                pending.push_back(q);
            }

            track_subject(toks, a, b);
            if (!has_quote) {
                // Reported speech: `She said new mothers were…`, `according to Name, …`.
                for (std::size_t v = a; v < b; ++v) {
                    bool according = toks[v].low == "according" && v + 1 < b && toks[v + 1].low == "to";
                    if (!is_speech_verb(toks[v]) && !according) continue;
                    auto s = according ? subject_after(toks, v + 1, b) : speech_subject(toks, v, a, b);
                    if (s.type == Subject::none) continue;
                    auto f = resolve(s);
                    if (f.person != kNone) {
                        people_.spoke(f.person);
                        current_ = f.person;
                        speakers_here_.insert(f.person);
                    } else if (f.unnamed) {
                        current_ = kNone;
                        unnamed_clock_ = people_.tick();
                    }
                    break;
                }
            }
        }
        for (auto q : pending)
            if (!decided_[q]) continue_speaker(q, p);

        if (!turn(p) && speakers_here_.size() == 1 && !nameless_here_)
            result_.paragraph_speakers[p] = people_.display(*speakers_here_.begin());
    }

    // The person a sentence is about, for the next sentence's pronouns.
    void track_subject(const Toks& toks, std::size_t a, std::size_t b) {
        auto s = sentence_subject(toks, a, b);
        if (s.type == Subject::name || s.type == Subject::role) {
            last_subject_ = resolve(s).person;
        } else if (s.type == Subject::pronoun && s.gender != Gender::unknown) {
            if (last_subject_ == kNone || !people_.fits_pronoun(last_subject_, s.gender))
                last_subject_ = people_.pronoun(s.gender, paragraph_floor_);
        } else {
            last_subject_ = kNone;
        }
    }

    // A quote with no attribution of its own continues the running speaker.
    void continue_speaker(std::size_t q, std::size_t) {
        decided_[q] = true;
        if (current_ == kNone) return;
        person_of_[q] = current_;
        people_.spoke(current_);
        speakers_here_.insert(current_);
    }

    const AttributionInput& in_;
    People people_;
    std::vector<ExtractedQuote> quotes_;
    Attribution result_;
    std::vector<bool> decided_;
    std::vector<std::size_t> person_of_;
    std::size_t current_ = kNone;
    std::size_t paragraph_floor_ = 0;
    std::size_t previous_paragraph_clock_ = 0;
    std::size_t unnamed_clock_ = 0;  ///< when an unnamed source last spoke
    std::size_t last_subject_ = kNone;  ///< the person the previous sentence was about
    std::size_t document_speaker_ = kNone;  ///< whose statement spoke last
    std::size_t document_clock_ = 0;
    std::set<std::size_t> speakers_here_;
    bool nameless_here_ = false;
};

}  // namespace

Attribution attribute(const AttributionInput& input) { return Attributor(input).run(); }

}  // namespace newsdex
