#include "internal/speech_subject.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>

#include "internal/name_parts.hpp"
#include "internal/sentences.hpp"

namespace newsdex::attribution {

namespace {
Subject pronoun_subject(const Toks& toks, std::size_t at) {
    Subject s;
    s.type = Subject::pronoun;
    s.words = {toks[at].low};
    s.gender = s.words.front() == "he"    ? Gender::male
               : s.words.front() == "she" ? Gender::female
                                          : Gender::unknown;
    s.first = at;
    return s;
}

Subject role_phrase(const Toks& toks, std::size_t first, std::size_t last_inclusive,
                    const std::string& det);
Subject subject_before(const Toks& toks, std::size_t verb, std::size_t start);

// The name that opens the sentence [start, …) and ends just before `at`, after nothing but
// sentence openers (`However,`); none otherwise.
Subject opening_name(const Toks& toks, std::size_t start, std::size_t at) {
    std::size_t n = start;
    while (n < at && ((toks[n].kind == Kind::word && is_sentence_opener(toks[n].low) &&
                       toks[n].low != "the") ||
                      is_punct(toks[n], ",")))
        ++n;
    if (n >= at) return {};
    for (std::size_t m = n; m < at; ++m)
        if (!name_token(toks[m])) return {};
    return make_name(toks, n, at - 1, {});
}

// The body whose report, study or statement is the subject ending at toks[k]: a determiner,
// the body's capitalised name, the document noun, and perhaps a prepositional phrase
// (`on the 20 biggest projects`) before the verb.
Subject report_of_body(const Toks& toks, std::size_t k, std::size_t start) {
    for (std::size_t d = k + 1; d > start && k + 1 - d < 10;) {
        --d;
        const auto& t = toks[d];
        if (t.kind != Kind::word || is_speech_verb(t)) return {};
        if (t.cap || !(document_noun(t.low) || t.low == "report" || t.low == "study" ||
                       t.low == "survey" || t.low == "review"))
            continue;
        // Between the document noun and the verb: nothing, or a phrase opening with a
        // preposition.
        if (d != k && !preposition(toks[d + 1].low)) return {};
        std::size_t last = d, first = d;
        while (first > start && name_token(toks[first - 1]) && !toks[first - 1].low.ends_with("'s"))
            --first;
        if (first == last) return {};
        bool opens = first == start || determiner(toks[first - 1].low) ||
                     is_sentence_opener(toks[first - 1].low);
        if (!opens) return {};
        auto s = make_name(toks, first, last - 1, {});
        if (s.type != Subject::name) return {};
        s.document = true;
        s.organisation = true;
        s.first = first;
        return s;
    }
    return {};
}
}  // namespace

// `You’ve`, `We’re`, `I’m`: a pronoun run together with its verb, capitalised at a
// sentence's start.
bool pronoun_contraction(const std::string& low) {
    for (std::string_view apostrophe : {"’", "'"}) {
        const auto at = low.find(apostrophe);
        if (at == std::string::npos) continue;
        const auto head = low.substr(0, at);
        const auto tail = low.substr(at + apostrophe.size());
        const bool pronoun = is_pronoun(head) || head == "you";
        return pronoun && (tail == "m" || tail == "ve" || tail == "re" || tail == "ll" ||
                           tail == "d" || tail == "s");
    }
    return false;
}

bool name_token(const Tok& t) {
    // `Recently I said`: the pronoun is capitalised, and no part of a name.
    return t.kind == Kind::word && (t.cap || is_particle(t.low)) && !is_speech_verb(t) &&
           t.low != "i" && !pronoun_contraction(t.low);
}

namespace {
bool office_field(const std::string& w);
}  // namespace

// Strips sentence openers (But, The, Yesterday) and titles from a run of capitalised words.
Subject make_name(const Toks& toks, std::size_t first, std::size_t last_inclusive,
                  std::vector<std::string> roles) {
    Subject s;
    std::vector<std::string> words;
    std::size_t i = first;
    bool after_the = false;
    while (i <= last_inclusive && is_sentence_opener(toks[i].low)) after_the = toks[i++].low == "the";
    if (!after_the && first > 0 && toks[first - 1].low == "the") after_the = true;
    for (; i <= last_inclusive; ++i)
        if (toks[i].low != "i") words.push_back(toks[i].text);  // `Recently I spoke`
    while (!words.empty() && is_particle(fold_word(words.front()))) words.erase(words.begin());
    if (words.empty()) return s;
    // `Alex Ferguson's side said`, `Billboard's Hot Digital Sales`: a possessive names whose
    // it is, not who speaks.
    // `ABN Amro's Eddie Wong`: the person after the possessive, the owner as a role.
    for (std::size_t w = words.size(); w > 0; --w) {
        auto folded = fold_word(words[w - 1]);
        if (!folded.ends_with("'s")) continue;
        if (w == words.size()) return s;
        // `Mr Brown's Budget`, `Gordon Brown's Budget`: what a person owns is no one, unlike
        // a body's person (`ABN Amro's Eddie Wong`, `Arsenal's Edu`).
        for (std::size_t r = 0; r + 1 < w; ++r)
            if (is_honorific(fold_word(words[r])) ||
                gender_of_word(fold_word(words[r])) != Gender::unknown)
                return s;
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
        // `The US Secretary of State`: an abbreviated country stands for its adjective;
        // `NATO Secretary General`, `EU High Representative`: a body's acronym for its office.
        bool country = f == "us" || f == "u.s." || f == "uk" || f == "u.k.";
        bool acronym = w.size() >= 2 && w.size() <= 6 &&
                       std::all_of(w.begin(), w.end(),
                                   [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
        // `High Representative underlined …`, `High Commissioner`: an office written without
        // its article.
        if (f == "high") return true;
        return country || acronym || is_title_word(f) || f.ends_with("'s") || f.ends_with("an") ||
               f.ends_with("ese") || f.ends_with("ish") || f.ends_with("i");
    };
    // `Madam Speaker`, `Mr. President`, `Madam Vice President` address an office: a role,
    // nobody's name.
    if (words.size() >= 2 && is_honorific(fold_word(words.front()))) {
        static const std::set<std::string, std::less<>> addressed = {
            "speaker", "president", "vice", "chairman", "chairwoman", "chair", "chancellor",
            "secretary", "secretary-general", "general", "prime", "minister", "mayor",
            "ambassador", "moderator"};
        const bool madam = fold_word(words.front()) == "madam";
        bool office = true;
        for (std::size_t w = 1; w < words.size() && office; ++w)
            office = addressed.count(fold_word(words[w])) ||
                     (madam && is_title_word(fold_word(words[w])));
        if (office) {
            s.type = Subject::role;
            for (std::size_t w = 1; w < words.size(); ++w) s.words.push_back(fold_word(words[w]));
            s.first = first;
            return s;
        }
    }
    // `Ms King`, `Mr Judge`: an honorific makes the title word after it a surname.
    bool honorific_name = words.size() == 2 && is_honorific(fold_word(words.front()));
    if (!honorific_name && is_title_word(fold_word(words.back())) &&
        std::all_of(words.begin(), words.end() - 1, modifier)) {
        s.type = Subject::role;
        for (const auto& w : words) s.words.push_back(fold_word(w));
        s.first = first;
        return s;
    }
    // `Man-of-the-match Duff`, `American Lindsay Davenport`: a compound adjective (a
    // hyphenated word with a lower-case part) or a nationality before a name describes it.
    auto describing = [&words, after_the](const std::string& w) {
        auto f = fold_word(w);
        // Not `Australian Open`, not `the British Phonographic Industry`.
        if (nationality(f)) return words.size() >= 3 && !after_the;
        for (auto at = w.find('-'); at != std::string::npos && at + 1 < w.size(); at = w.find('-', at + 1))
            if (std::islower(static_cast<unsigned char>(w[at + 1]))) return true;
        return false;
    };
    while (words.size() >= 2 && describing(words.front())) {
        roles.push_back(fold_word(words.front()));
        words.erase(words.begin());
    }
    // `Spokesperson for the Russian Foreign Ministry Maria Zakharova`: the end of a body's
    // name before a person's name is the person's office, not part of the name.
    // (A `the` before them was the body's.)
    // Not `League Against Cruel Sports`: what follows the body word opens a name.
    // `the Russian MFA Maria Zakharova`: a body's acronym before a name is such an end too.
    auto body_word = [](const std::string& w) {
        bool acronym = w.size() >= 2 && w.size() <= 5 &&
                       std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        return acronym || is_organisation_word(fold_word(w));
    };
    auto opens_name = [](const std::string& w) {
        auto f = fold_word(w);
        return !is_sentence_opener(f) && !preposition(f) && f != "and" && f != "&";
    };
    bool body_stripped = false;
    // `the Russian MFA Maria Zakharova`: the body's nationality goes with it.
    if (words.size() >= 4 && nationality(fold_word(words.front())) && body_word(words[1]) &&
        opens_name(words[2]) && !body_word(words[words.size() - 1]) &&
        !body_word(words[words.size() - 2])) {
        roles.push_back(fold_word(words.front()));
        words.erase(words.begin());
    }
    while (words.size() >= 3 && body_word(words.front()) && opens_name(words[1]) &&
           !body_word(words[words.size() - 1]) && !body_word(words[words.size() - 2])) {
        roles.push_back(fold_word(words.front()));
        words.erase(words.begin());
        body_stripped = true;
    }
    // `said the American`: a nationality alone describes someone, it names no one.
    if (words.size() == 1 && nationality(fold_word(words.front()))) {
        s.type = Subject::role;
        s.words = {fold_word(words.front())};
        s.first = first;
        return s;
    }
    auto split = split_title(words);
    // … and after the titles (`Foreign Ministry Maria Zakharova`).
    while (split.name.size() >= 3 && body_word(split.name.front()) && opens_name(split.name[1]) &&
           !body_word(split.name[split.name.size() - 1]) &&
           !body_word(split.name[split.name.size() - 2])) {
        roles.push_back(fold_word(split.name.front()));
        split.name.erase(split.name.begin());
        body_stripped = true;
    }
    for (const auto& t : split.titles) {
        auto f = fold_word(t);
        roles.push_back(f);
        if (auto g = gender_of_word(f); g != Gender::unknown) s.gender = g;
    }
    if (s.gender == Gender::unknown && split.name.size() >= 2) {
        s.gender = gender_of_word(fold_word(split.name.front()));
        s.gender_by_first_name = s.gender != Gender::unknown;
    }
    s.type = Subject::name;
    // (Not `Foreign Affairs Elvira Stanek`: a field of the office or a body opens no name.)
    const auto opening = split.name.empty() ? std::string() : fold_word(split.name.front());
    s.whole_name = !split.titles.empty() && is_title_word(fold_word(split.titles.back())) &&
                   split.name.size() == 3 && !office_field(opening) &&
                   !is_organisation_word(opening) && !nationality(opening) &&
                   std::all_of(split.name.begin(), split.name.end(),
                               [](const std::string& w) { return title_case(w); });
    s.words = split.name;
    s.roles = std::move(roles);
    s.first = first;
    // `the Sun`, `the BBC`, `The Welsh Assembly`: not a person.
    s.organisation = after_the && !body_stripped;
    // `a journalist from the Russian Telegram channel Shot asked`: a medium named after
    // `from`, what its journalist is from, is no speaker (the journalist asks); not `the
    // magazine Vanity Fair said`, the medium itself speaking.
    if (first > 0 && toks[first - 1].kind == Kind::word && !toks[first - 1].cap &&
        medium_noun(toks[first - 1].low)) {
        for (std::size_t k = first - 1; k > 0 && first - k < 6; --k) {
            const auto& w = toks[k - 1];
            if (w.kind != Kind::word) break;
            if (w.low == "from" || w.low == "of") return {};
            if (!w.cap && w.low != "the" && w.low != "a" && !nationality(w.low)) break;
        }
        // `Turkish state broadcaster TRT Haber said`: a medium's name is no person's.
        s.organisation = true;
    }
    return s;
}

// Lower-case words just before a name describe it: `local government spokesman Dai Lloyd`.
std::vector<std::string> roles_before(const Toks& toks, std::size_t first, std::size_t floor) {
    std::vector<std::string> roles;
    for (std::size_t k = first; k > floor && roles.size() < 5;) {
        --k;
        const auto& t = toks[k];
        // `at the 2003 World Indoor Championships`: a preposition or a number ends the
        // description (neither says what the named one is).
        if (t.kind != Kind::word || determiner(t.low) || t.low == "and" || preposition(t.low) ||
            std::isdigit(static_cast<unsigned char>(t.low.front())))
            break;
        // `The journalist first asked President Aliyev`: a verb of speech ends it too (the
        // words before it are its subject, not the named one's description).
        if (is_speech_verb(t)) break;
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

namespace {
Subject role_phrase(const Toks& toks, std::size_t first, std::size_t last_inclusive,
                    const std::string& det) {
    Subject s;
    for (std::size_t k = first; k <= last_inclusive; ++k) s.words.push_back(toks[k].low);
    if (s.words.empty()) return s;
    s.first = first;
    bool indefinite = det == "a" || det == "an" || det == "one" || det == "another";
    // `the Kremlin spokesman`, `the State Department spokesperson`: an office one person
    // holds, unlike `the spokesman` or `the analysts`.
    const auto& head = s.words.back();
    bool office = det == "the" && s.words.size() >= 2 &&
                  (head == "spokesman" || head == "spokeswoman" || head == "spokesperson");
    // `added the Azerbaijani official`, `the Ukrainian diplomat said`: one person the story
    // has been quoting, unlike `an official` or `the officials`.
    bool one_of_them = det == "the" && s.words.size() >= 2 && !s.words.front().ends_with("'s") &&
                       (head == "official" || head == "diplomat" || head == "aide" ||
                        head == "assistant" || head == "adviser" || head == "advisor");
    // `America's top diplomat`, `the country's chief diplomat`: the foreign minister.
    bool top_diplomat = det == "the" && head == "diplomat" && s.words.size() >= 2 &&
                        (s.words[s.words.size() - 2] == "top" || s.words[s.words.size() - 2] == "chief");
    if (top_diplomat) {
        s.type = Subject::role;
        s.foreign_minister = true;
        return s;
    }
    if (one_of_them) {
        s.type = Subject::role;
        s.definite_one = true;
        return s;
    }
    s.type = indefinite || (unnamed_head(s.words.back()) && !office) ? Subject::unnamed
                                                                      : Subject::role;
    // `the spokesman noted`, `the diplomat warned`: perhaps the spokesperson or diplomat the
    // story named before, unlike `a spokesman`.
    s.back_reference = det == "the" && s.words.size() == 1 &&
                       (head == "spokesman" || head == "spokeswoman" || head == "spokesperson" ||
                        head == "diplomat" || head == "expert" || head == "analyst");
    return s;
}

// `President of Azerbaijan`, `Chancellor of the Federal Republic`: from `first`, capitalised
// titles, `of`, perhaps `the`, and a place of one to three name words, with no name word after
// it before `end`. An office of a place with no name after it is the office of that place,
// not any holder of the office: its role phrase [first, the place's last word]; nullopt when
// the words are not one.
std::optional<Subject> office_of_place(const Toks& toks, std::size_t first, std::size_t end) {
    std::size_t o = first;
    while (o < end && toks[o].kind == Kind::word && toks[o].cap && is_title_word(toks[o].low))
        ++o;
    if (o == first || o + 1 >= end || toks[o].low != "of") return std::nullopt;
    std::size_t p = o + 1;
    if (toks[p].low == "the") ++p;
    std::size_t q = p;
    while (q < end && q < p + 3 && name_token(toks[q])) ++q;
    std::string place;
    for (std::size_t w = p; w < q; ++w) place += (place.empty() ? "" : " ") + toks[w].text;
    if (q == p || (q < end && name_token(toks[q])) || person_name(place, SpeakerTable{}))
        return std::nullopt;
    return role_phrase(toks, first, q - 1, "the");
}
}  // namespace

namespace {
bool all_capitals(const std::string& w) {
    std::size_t letters = 0;
    for (char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}
}  // namespace

// Where the story begins after a wire dateline at `i`: a place in capitals, perhaps its
// country, the agency in brackets and a dash (`YEREVAN (PanARMENIAN.Net) —`, `KYIV, Ukraine
// (AP) —`); `i` itself where there is none.
std::size_t after_dateline(const Toks& toks, std::size_t i, std::size_t end) {
    std::size_t e = i;
    while (e < end && toks[e].kind == Kind::word && all_capitals(toks[e].text)) ++e;
    if (e == i) return i;
    if (e < end && is_punct(toks[e], ",")) {
        ++e;
        while (e < end && name_token(toks[e])) ++e;
    }
    if (e >= end || !is_punct(toks[e], "(")) return i;
    while (e < end && !is_punct(toks[e], ")")) ++e;
    if (e + 1 >= end || !is_punct(toks[e + 1], "-")) return i;
    return e + 2;
}

// The subject a sentence opens with, for participle clauses (`Tony Blair has defended the
// Act, saying …`) and for pronouns in the next sentence: a pronoun, the first proper name
// of two or more words among the first words (`Opposition defense spokesman Piet Harrow
// questioned …`), or a leading name or role phrase.
namespace {
// The field of an office written after `of`: `Secretary of State`, `Minister of Foreign
// Affairs`, `Secretary of Defense`.
bool office_field(const std::string& w) {
    static const std::set<std::string, std::less<>> fields = {
        "state", "foreign", "affairs", "internal", "defense", "defence", "justice", "energy",
        "treasury", "commerce", "homeland", "security", "interior", "economy", "finance",
        "health", "education", "transportation", "agriculture", "labor", "labour", "trade"};
    return fields.count(w) > 0;
}
}  // namespace

Subject sentence_subject(const Toks& toks, std::size_t start, std::size_t end) {
    // `In a furious response, the first minister said …`: the subject follows an opening
    // prepositional phrase; `Turning to …, Mr Blair refused …`: or a participle clause.
    std::size_t lead = start;
    while (lead < end && toks[lead].kind == Kind::word &&
           (toks[lead].low == "but" || toks[lead].low == "and"))
        ++lead;
    if (lead < end && toks[lead].kind == Kind::word &&
        (preposition(toks[lead].low) || toks[lead].low.ends_with("ing") ||
         subordinator(toks[lead].low) || (toks[lead].cap && toks[lead].low.ends_with("ed")) ||
         toks[lead].low == "born")) {
        start = lead;
        bool comma = false;
        for (std::size_t c = start + 1; c < end && c < start + 14; ++c) {
            if (toks[c].kind == Kind::quote || is_speech_verb(toks[c])) break;
            if (is_punct(toks[c], ",")) {
                start = c + 1;
                comma = true;
                break;
            }
        }
        // `In his New Year message the Liberal Democrat leader said`, `At home he said`: with
        // no comma the phrase ends where a noun is followed by a new noun phrase.
        if (!comma && preposition(toks[lead].low)) {
            for (std::size_t c = lead + 2; c < end && c < lead + 10; ++c) {
                const auto& prev = toks[c - 1];
                if (toks[c].kind != Kind::word || prev.kind != Kind::word) break;
                if (is_speech_verb(toks[c]) || auxiliary(toks[c].low)) break;
                bool opens = toks[c].low == "the" || toks[c].low == "a" || name_token(toks[c]) ||
                             is_pronoun(toks[c].low);
                bool noun_before = !prev.cap && !determiner(prev.low) && !preposition(prev.low) &&
                                   !is_sentence_opener(prev.low);
                if (opens && noun_before) {
                    start = c;
                    break;
                }
            }
        }
    }
    std::size_t i = start;
    while (i < end && toks[i].kind == Kind::word && is_sentence_opener(toks[i].low) &&
           !is_pronoun(toks[i].low) && toks[i].low != "the" && toks[i].low != "a" &&
           toks[i].low != "his" && toks[i].low != "her")
        ++i;
    i = after_dateline(toks, i, end);
    if (i >= end || toks[i].kind != Kind::word) return {};
    if (is_pronoun(toks[i].low)) return pronoun_subject(toks, i);
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
    // `The Chancellor of Germany posed …`, `The President of Azerbaijan noted …`.
    if (toks[i].low == "the") {
        if (auto s = office_of_place(toks, i + 1, end)) {
            s->first = i;
            return *s;
        }
    }
    // The opening noun phrase (names, titles, role words, an appositive), and in it a
    // person's name: one after a role word (`chief executive Lidia Varsh`, `The Attorney
    // General, Lord Goldsmith,`), else the first that is not an organisation.
    const std::size_t limit = std::min(end, i + 12);
    Subject fallback;
    bool seen_title = false;
    for (std::size_t k = i; k < limit; ++k) {
        const auto& t = toks[k];
        if (is_punct(t, ",")) continue;
        if (t.kind != Kind::word || is_speech_verb(t) || auxiliary(t.low)) break;
        if (!name_token(t)) {
            // `The versatile Finnan`: an adjective after the article; `director of sport`.
            bool role_word = is_title_word(t.low) || determiner(t.low) || t.low == "of" ||
                             (k > i && determiner(toks[k - 1].low) && !t.cap) ||
                             (seen_title && k > i && toks[k - 1].low == "of");
            if (is_title_word(t.low)) seen_title = true;
            bool before_role = (k + 1 < end && is_title_word(toks[k + 1].low)) ||
                               (k + 2 < end && is_title_word(toks[k + 2].low));
            if (role_word || before_role) continue;
            break;
        }
        std::size_t m = k;
        while (m < end && name_token(toks[m])) ++m;
        // `Secretary of State Antony J. Blinken`, `Minister of Foreign Affairs Jeyhun
        // Bayramov`: the office's field after `of` is no part of the name after it.
        if (seen_title && k > i && toks[k - 1].low == "of")
            while (m - k > 2 && office_field(toks[k].low)) ++k;
        auto s = make_name(toks, k, m - 1, roles_before(toks, k, start));
        // `Real Madrid director of sport Emilio Butragueno`: a name after a title word in the
        // opening noun phrase is the person; names before it say whose title it is.
        bool after_title = seen_title;
        bool after_comma = k > start && is_punct(toks[k - 1], ",") && k - 1 > i;
        if (s.type == Subject::name) {
            bool organisation = false;
            for (const auto& w : s.words) organisation = organisation || is_organisation_word(fold_word(w));
            // `Gardener, Darren Campbell and Mark Lewis-Francis have …`: a list, whose first
            // name is the subject; the name after a comma counts only after a role.
            if (!organisation && (after_title || (after_comma && fallback.type != Subject::name)))
                return s;
            if (fallback.type == Subject::none && !organisation) fallback = s;
        } else if (s.type == Subject::role && fallback.type == Subject::none) {
            // `Georgian media organisations slammed …`: a nationality before a plain noun is
            // that noun's adjective, no person (unlike `the Georgian said`).
            bool adjective = m == k + 1 && nationality(t.low) && m < end &&
                             toks[m].kind == Kind::word && !toks[m].cap &&
                             !is_speech_verb(toks[m]) && !auxiliary(toks[m].low);
            if (!adjective) fallback = s;
            // `Secretary of Defense Lloyd J. Austin III spoke …`: a capitalised title word,
            // then its field after `of`: the name that follows is the title holder's.
            if (!adjective && m == k + 1 && is_title_word(t.low) && m < end && toks[m].low == "of")
                seen_title = true;
        }
        k = m - 1;
    }
    // `His political career was …`: about the same person as a `he` would be (but `His
    // friend, Saxon Spence,` is about the friend, found above).
    if (fallback.type == Subject::none && (toks[i].low == "his" || toks[i].low == "her")) {
        auto s = pronoun_subject(toks, i);
        s.gender = toks[i].low == "his" ? Gender::male : Gender::female;
        return s;
    }
    return fallback;
}

// The subject written before a verb: `Ms Hewitt said`, `he added`, `the minister said`,
// `Mike German, leader of the Liberal Democrats, claimed`.
namespace {
// A lower-case word in -ing opening a clause set off by commas (`reminding about …`,
// `speaking to reporters`): a participle, not a name or a noun of the sentence.
bool opens_participle_clause(const Tok& t) {
    return t.kind == Kind::word && !t.cap && t.low.size() > 4 && t.low.ends_with("ing");
}

// `the spokesperson of the Russian President said`, `the press secretary of the President of
// Russia stressed`: the office's one holder, whoever's office it is — not an unnamed
// spokesman nor the president. Words [start, j) end right before the verb.
Subject definite_spokesperson(const Toks& toks, std::size_t j, std::size_t start) {
    for (std::size_t h = j; h > start && j - h < 9;) {
        --h;
        if (toks[h].kind != Kind::word) return {};
        const auto& w = toks[h].low;
        bool spokes = w == "spokesperson" || w == "spokesman" || w == "spokeswoman";
        bool press = w == "secretary" && h > start && toks[h - 1].low == "press";
        if (!spokes && !press) continue;
        std::size_t det = press ? h - 1 : h;
        if (det == start || toks[det - 1].low != "the" || h + 2 >= j) return {};
        if (toks[h + 1].low != "of" && toks[h + 1].low != "for") return {};
        Subject s;
        s.type = Subject::role;
        s.words = press ? std::vector<std::string>{"press", "secretary"}
                        : std::vector<std::string>{w};
        s.first = det - 1;
        return s;
    }
    return {};
}

namespace {
bool month_word(const std::string& folded) {
    static const std::set<std::string, std::less<>> months = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec"};
    auto w = folded;
    while (!w.empty() && w.back() == '.') w.pop_back();
    return months.count(w) > 0;
}

bool weekday(const std::string& folded) {
    return folded == "monday" || folded == "tuesday" || folded == "wednesday" ||
           folded == "thursday" || folded == "friday" || folded == "saturday" ||
           folded == "sunday";
}

// Where a subject ends before its verb once a date between them is skipped: `Erdoğan on
// Aug. 4 expressed`, `Peskov on Monday said`, `Lavrov last week told`.
std::size_t before_date(const Toks& toks, std::size_t j, std::size_t start) {
    auto word = [&](std::size_t i) { return toks[i].kind == Kind::word; };
    auto number = [&](std::size_t i) {
        return word(i) && !toks[i].low.empty() &&
               std::all_of(toks[i].low.begin(), toks[i].low.end(),
                           [](char c) { return (c >= '0' && c <= '9') || c == ','; });
    };
    // `on Monday`, its day already skipped with the adverbs.
    if (j > start && j < toks.size() && word(j) && weekday(toks[j].low) && toks[j - 1].low == "on")
        return j - 1;
    // `Pashinyan on Tuesday, January 10, spoke`: a day and its date set off by commas.
    if (j >= start + 7 && is_punct(toks[j - 1], ",") && number(j - 2) && word(j - 3) &&
        month_word(toks[j - 3].low) && is_punct(toks[j - 4], ",") && word(j - 5) &&
        weekday(toks[j - 5].low) && toks[j - 6].low == "on")
        return j - 6;
    std::size_t i = j;
    if (i > start && number(i - 1)) --i;
    if (i > start && is_punct(toks[i - 1], ".")) --i;
    if (i < j || (i > start && word(i - 1) && weekday(toks[i - 1].low))) {
        if (i > start && word(i - 1) && (month_word(toks[i - 1].low) || weekday(toks[i - 1].low)))
            --i;
        else
            return j;
    } else if (i > start + 1 && word(i - 1) &&
               (toks[i - 1].low == "week" || toks[i - 1].low == "month") &&
               (toks[i - 2].low == "last" || toks[i - 2].low == "this")) {
        return i - 2;
    } else {
        return j;
    }
    if (i > start && word(i - 1) && (toks[i - 1].low == "on" || toks[i - 1].low == "in")) return i - 1;
    return j;
}

// Where a subject ends before its verb once a set phrase of sequence or stance between them
// is skipped: `Zurabian at the same time said`, `Peskov in turn noted`, `Aliyev for his
// part stressed`. The phrase's words are lower case and nothing else stands in them.
std::size_t before_set_phrase(const Toks& toks, std::size_t j, std::size_t start) {
    static const std::vector<std::vector<std::string_view>> phrases = {
        {"at", "the", "same", "time"}, {"in", "turn"},          {"in", "response"},
        {"in", "return"},             {"in", "particular"},     {"for", "his", "part"},
        {"for", "her", "part"},       {"for", "their", "part"}, {"for", "its", "part"}};
    for (const auto& phrase : phrases) {
        if (j < start + phrase.size() + 1) continue;
        const std::size_t from = j - phrase.size();
        bool match = true;
        for (std::size_t m = 0; m < phrase.size() && match; ++m)
            match = toks[from + m].kind == Kind::word && !toks[from + m].cap &&
                    toks[from + m].low == phrase[m];
        if (match) return from;
    }
    return j;
}
}  // namespace

namespace {
// `Hikmat Hajiyev, Assistant to the President of the Republic of Azerbaijan - Head of the
// Foreign Policy Department of the Presidential Administration said`: a person's name, a
// comma and a capitalised title that runs, without its closing comma, up to the verb. The
// person is the name before the title, not the title's last capitalised words.
Subject name_before_long_title(const Toks& toks, std::size_t k, std::size_t start) {
    // The title ends in a body (`… Administration`), not in a person's name (`Welcoming
    // President Ilham Aliyev, President Vladimir Putin said`).
    if (person_name(toks[k].text, SpeakerTable{})) return {};
    std::size_t c = k + 1;
    bool lower_title = false;
    for (std::size_t m = k + 1; m > start && k + 1 - m < 30;) {
        --m;
        const auto& x = toks[m];
        if (is_punct(x, ",")) {
            c = m;
            break;
        }
        bool title_part = name_token(x) || is_punct(x, "-") ||
                          (x.kind == Kind::word && (x.low == "of" || x.low == "the" ||
                                                    x.low == "to" || x.low == "and" ||
                                                    x.low == "for"));
        // `X, ICRC's permanent observer to the United Nations told`: a body's office in
        // lower case, after the body's possessive.
        if (!title_part && x.kind == Kind::word && !x.cap && !is_speech_verb(x)) {
            title_part = true;
            lower_title = true;
        }
        if (!title_part) return {};
    }
    if (c > k || c + 1 > k || c < start + 2) return {};
    const auto& opener = toks[c + 1];
    const bool possessive = opener.low.ends_with("'s") || opener.low.ends_with("\u2019s");
    if (lower_title ? !(opener.cap && possessive)
                    : (!opener.cap || !is_title_word(fold_word(opener.text))))
        return {};
    std::size_t first = c;
    while (first > start && name_token(toks[first - 1]) &&
           !is_title_word(fold_word(toks[first - 1].text)))
        --first;
    if (c - first < 2) return {};
    auto s = make_name(toks, first, c - 1, appositive(toks, c + 1, k + 1));
    if (s.type != Subject::name || s.organisation || s.words.size() < 2 ||
        !person_name(join_words(s.words), SpeakerTable{}))
        return {};
    return s;
}
}  // namespace

Subject subject_before(const Toks& toks, std::size_t verb, std::size_t start) {
    if (verb <= start) return {};
    std::size_t j = verb;
    // `Fidan did not rule out …`: the negation of the one verb phrase that says something
    // in denying (not `did not comment`, which says nothing).
    if (toks[verb].low == "rule" && j >= start + 2 && toks[j - 1].low == "not" &&
        auxiliary(toks[j - 2].low))
        j -= 2;
    while (j > start && toks[j - 1].kind == Kind::word && is_skippable_before_verb(toks[j - 1].low))
        --j;
    j = before_date(toks, j, start);
    j = before_set_phrase(toks, j, start);
    while (j > start && toks[j - 1].kind == Kind::word && is_skippable_before_verb(toks[j - 1].low))
        --j;
    // `Hikmet Hajiyev to the Russian media on September 16 said`: whom the words were
    // given to, set between the subject and its verb.
    if (j > start + 2 && toks[j - 1].kind == Kind::word && !toks[j - 1].cap &&
        (toks[j - 1].low == "media" || toks[j - 1].low == "press" ||
         toks[j - 1].low == "journalists" || toks[j - 1].low == "reporters")) {
        std::size_t to = j - 1;
        while (to > start && j - 1 - to < 4 && toks[to - 1].kind == Kind::word &&
               toks[to - 1].low != "to")
            --to;
        if (to > start + 1 && toks[to - 1].low == "to" && name_token(toks[to - 2])) j = to - 1;
    }
    if (j == start) return {};
    if (auto office = definite_spokesperson(toks, j, start); office.type != Subject::none)
        return office;
    std::size_t k = j - 1;
    if (is_punct(toks[k], ")")) {
        while (k > start && !is_punct(toks[k], "(")) --k;
        if (k == start) return {};
        --k;
    }
    const auto& t = toks[k];
    if (t.kind == Kind::word && is_pronoun(t.low)) return pronoun_subject(toks, k);
    // `Some former employees are angry. One told BBC News Online that …`: one of the people
    // just spoken of, no one named.
    if (t.kind == Kind::word && k == start && (t.low == "one" || t.low == "another")) {
        Subject s;
        s.type = Subject::unnamed;
        s.words = {t.low};
        s.first = k;
        return s;
    }
    // `… said A, but said B` / `… and added`: the earlier verb's subject.
    if (t.kind == Kind::word && (t.low == "and" || t.low == "but")) {
        for (std::size_t v = k; v > start;) {
            --v;
            if (is_speech_verb(toks[v])) return subject_before(toks, v, start);
        }
        // `Erdoğan has spoken by phone with Putin and expressed Ankara's readiness …`: with
        // no verb of speech before, the subject of a sentence that opens with a person's
        // full name (not `the conference`, not a country).
        if (toks[verb].low == "expressed" || toks[verb].low == "voiced") {
            auto s = sentence_subject(toks, start, k);
            if (s.type == Subject::name && !s.organisation && !s.group && s.words.size() >= 2 &&
                s.first == start)
                return s;
        }
        // `The President of Turkey gave relevant explanations and noted that …`: a verb of
        // speech that opens a clause with `that`, joined to the sentence's first verb
        // phrase, has the sentence's subject when the sentence opens with it (an office or
        // a person's full name).
        if (verb + 1 < toks.size() && toks[verb + 1].kind == Kind::word &&
            toks[verb + 1].low == "that") {
            auto s = sentence_subject(toks, start, k);
            const bool person = (s.type == Subject::name && !s.organisation && s.words.size() >= 2) ||
                                s.type == Subject::role;
            if (person && !s.group && s.first == start) return s;
        }
        return {};
    }
    // `…, saying …` / `…, telling the BBC …`: the subject of the sentence.
    if (is_punct(t, ",") && toks[verb].low.ends_with("ing")) {
        // `Mr Blair has failed, he claimed, saying …`: the subject of the speech verb before.
        for (std::size_t v = k; v > start;) {
            --v;
            if (!is_speech_verb(toks[v]) || toks[v].low.ends_with("ing")) continue;
            auto s = subject_before(toks, v, start);
            bool person = s.type == Subject::name ||
                          (s.type == Subject::pronoun && s.gender != Gender::unknown);
            if (person) return s;
        }
        return sentence_subject(toks, start, k);
    }
    // `Jack Straw, who argues …`: the name the relative clause hangs on.
    if (t.kind == Kind::word && t.low == "who" && k > start + 1 && is_punct(toks[k - 1], ",") &&
        name_token(toks[k - 2])) {
        std::size_t first = k - 2;
        while (first > start && name_token(toks[first - 1])) --first;
        return make_name(toks, first, k - 2, roles_before(toks, first, start));
    }
    if (is_punct(t, ",") && k > start) {
        // `Sabine Kortel, director of the Association, which represents …, said`: a sentence
        // opening with a name and a comma names the speaker however long the appositive.
        std::size_t n = start;
        while (n < k && toks[n].kind == Kind::word && is_sentence_opener(toks[n].low) &&
               !toks[n].cap)
            ++n;
        // `Representatives of the ruling party Georgian Dream, in turn, told journalists`:
        // a group from a body speaks, not the body named after them.
        if (n + 1 < k && toks[n].kind == Kind::word && toks[n].low.ends_with("s") &&
            unnamed_head(toks[n].low) && toks[n + 1].low == "of") {
            Subject s;
            s.type = Subject::unnamed;
            s.words = {toks[n].low};
            s.first = n;
            return s;
        }
        std::size_t m = n;
        while (m < k && name_token(toks[m])) ++m;
        // `Kirsten Pfeifer from the Consumer Electronics Association, told …`: a name and the
        // body it is from, then a stray comma before the verb. `Lord Nicholls of Birkenhead,
        // in his ruling, said`: a peer's name and the place of his title, then a phrase of
        // where or when set off by commas.
        if (m > n && m + 1 < k && (toks[m].low == "from" || toks[m].low == "of" || toks[m].low == "at")) {
            std::size_t end = m + 1;
            while (end < k && !is_punct(toks[end], ",")) ++end;
            bool body = end == k || (end + 1 < k && toks[end + 1].kind == Kind::word &&
                                     !toks[end + 1].cap &&
                                     (toks[end + 1].low == "in" || toks[end + 1].low == "at" ||
                                      toks[end + 1].low == "on" || toks[end + 1].low == "after" ||
                                      toks[end + 1].low == "during"));
            for (std::size_t b = m + 1; b < end && body; ++b)
                body = name_token(toks[b]) || (b == m + 1 && toks[b].low == "the");
            auto s = make_name(toks, n, m - 1, appositive(toks, m, end));
            if (body && s.type == Subject::name && s.words.size() >= 2 && !s.organisation) return s;
        }
        if (m > n && m < k && is_punct(toks[m], ",") && m + 1 < k && !name_token(toks[m + 1])) {
            auto s = make_name(toks, n, m - 1, appositive(toks, m + 1, k));
            if (s.type == Subject::name && (s.words.size() >= 2 || m - n > s.words.size()))
                return s;
            // `Yermak, after the meeting, expressed …`: a surname, then a phrase of time or
            // place set off by commas; a capital or a country there (`Moscow, in turn,`)
            // stays no person.
            const auto& opens = toks[m + 1].low;
            // `Bayramov, reminding about …, stressed`: or a participle clause.
            bool circumstance = opens == "after" || opens == "before" || opens == "during" ||
                                opens == "at" || opens == "on" || opens == "in" ||
                                opens == "meanwhile" || opens_participle_clause(toks[m + 1]);
            if (circumstance && s.type == Subject::name && !s.organisation &&
                s.words.size() == 1 && k - m < 10 &&
                person_name(s.words.front(), SpeakerTable{}))
                return s;
            // `Peskov, who was speaking to reporters, also did not say …`: a relative clause
            // on `who` hangs on a person, the sentence's subject.
            if (opens == "who" && s.type == Subject::name && !s.organisation &&
                s.words.size() == 1 && k - m < 15)
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
        // `The minister, reminding about recent provocation …, stressed that`: an office
        // opening the sentence, then a participle clause set off by commas.
        if (open > start && open + 1 < comma && opens_participle_clause(toks[open + 1])) {
            auto s = sentence_subject(toks, start, open);
            if (s.type == Subject::role && !s.group && s.first != kNone && s.first <= start + 1)
                return s;
        }
        if (open == start || !name_token(toks[open - 1])) return {};
        std::size_t first = open - 1;
        while (first > start && name_token(toks[first - 1])) --first;
        auto roles = roles_before(toks, first, start);
        roles.insert(roles.end(), inner.begin(), inner.end());
        return make_name(toks, first, open - 1, roles);
    }
    // `The Head of State stressed`, capitalised as releases write it: the office, not a
    // person called State.
    if (name_token(t) && (t.low == "state" || t.low == "government") && k >= start + 2 &&
        toks[k - 1].low == "of" && toks[k - 2].low == "head") {
        std::string det = k >= start + 3 ? toks[k - 3].low : std::string();
        auto s = role_phrase(toks, k - 2, k, det.empty() ? "the" : det);
        s.first = k >= start + 3 ? k - 3 : k - 2;
        return s;
    }
    // `The President of Azerbaijan once again appreciated …`, `For his part, the President of
    // the Czech Republic expressed …`: the office of a place of one to three words; its holder
    // comes from earlier mentions or the table.
    std::size_t of_at = kNone;  // the `of` before the place
    if (name_token(t) && k >= start + 2) {
        for (std::size_t place = k; place > start + 1; --place) {
            if (toks[place - 1].low == "of") {
                of_at = place - 1;
                break;
            }
            if (toks[place - 1].low == "the" && place >= start + 3 && toks[place - 2].low == "of") {
                of_at = place - 2;
                break;
            }
            if (k - place >= 2 || !name_token(toks[place - 1])) break;
        }
    }
    if (of_at != kNone && of_at > start) {
        std::size_t first = of_at;
        while (first > start && toks[first - 1].cap && is_title_word(toks[first - 1].low))
            --first;
        if (first == start || toks[first - 1].low == "the") {
            if (auto s = office_of_place(toks, first, k + 1)) {
                s->first = first > start ? first - 1 : first;
                return *s;
            }
        }
    }
    if (name_token(t)) {
        if (auto s = name_before_long_title(toks, k, start); s.type != Subject::none) return s;
        std::size_t first = k;
        while (first > start && (name_token(toks[first - 1]) ||
                                 (toks[first - 1].kind == Kind::word &&
                                  is_title_word(toks[first - 1].low) && toks[first - 1].cap)))
            --first;
        // `Chairman of the Constitutional Court of the Republic of Azerbaijan Farhad Abdullayev
        // said`: an office that ends in `of` and a country's one word, then the name — the
        // country is the office's (as in `President of Russia Vladimir Putin:`), and `the
        // Republic` before it no person.
        if (first > start && toks[first - 1].low == "of" && k >= first + 2 &&
            !is_title_word(toks[k - 1].low) && !is_title_word(toks[first].low)) {
            ++first;
            auto s = make_name(toks, first, k, roles_before(toks, first, start));
            if (s.type == Subject::name) return s;
            --first;
        }
        // `Participants in rallies … during the invasion of Tbilisi repeatedly called for`: a
        // name governed by a preposition after a plain noun is no subject; the noun is.
        if (first > start + 1 && toks[first - 1].kind == Kind::word &&
            (toks[first - 1].low == "of" || toks[first - 1].low == "in" ||
             toks[first - 1].low == "on" || toks[first - 1].low == "to") &&
            toks[first - 2].kind == Kind::word && !toks[first - 2].cap &&
            !is_title_word(toks[first - 2].low) && !unnamed_head(toks[first - 2].low) &&
            !is_organisation_word(toks[first - 2].low) && !document_noun(toks[first - 2].low) &&
            !determiner(toks[first - 2].low) && !person_descriptor(toks[first - 2].low))
            return {};
        // `Peter Saunders of the CMF said`: the person, with the body as a role.
        std::size_t of = first;
        if (of > start && toks[of - 1].low == "the") --of;
        // `Matt Williams, a fund manager at Perpetual Trustees said`: an appositive naming
        // where the person works, its closing comma missing; the name opening the sentence
        // speaks, not the body or `a fund manager`.
        if (of > start + 1 && preposition(toks[of - 1].low)) {
            std::size_t d = of - 1;
            while (d > start && toks[d - 1].kind == Kind::word && !toks[d - 1].cap &&
                   !determiner(toks[d - 1].low) && of - 1 - d < 5)
                --d;
            if (d >= start + 3 && determiner(toks[d - 1].low) && is_punct(toks[d - 2], ",")) {
                auto s = opening_name(toks, start, d - 2);
                if (s.type == Subject::name && s.words.size() >= 2) {
                    s.roles = appositive(toks, d - 1, k + 1);
                    return s;
                }
            }
        }
        // `the Labour MP for Birkenhead asked`, `the minister for Europe said`: an office of
        // a place or a body after `the`; its holder comes from earlier mentions, and the
        // place is no one.
        if (of > start + 1 && (toks[of - 1].low == "for" || toks[of - 1].low == "of") &&
            toks[of - 2].kind == Kind::word && is_title_word(toks[of - 2].low)) {
            std::size_t d = of - 2;
            while (d > start && of - 2 - d < 3 && toks[d - 1].kind == Kind::word &&
                   !determiner(toks[d - 1].low))
                --d;
            if (d > start && toks[d - 1].low == "the" && std::none_of(
                    toks.begin() + static_cast<long>(d), toks.begin() + static_cast<long>(of - 2),
                    [](const Tok& x) { return x.kind != Kind::word; })) {
                auto s = role_phrase(toks, d, of - 2, "the");
                s.first = d - 1;
                if (s.type != Subject::none) return s;
            }
        }
        // `A spokesman for the BPI said`, `another member of the Cabinet says`: someone
        // nameless from the body, not the body. `Regional officials in Kharkiv say`, `the top
        // official in Russian-controlled Zaporizhzhia said`: nameless people of a place.
        if (of > start + 1 && (toks[of - 1].low == "of" || toks[of - 1].low == "for" ||
                               toks[of - 1].low == "from" || toks[of - 1].low == "at" ||
                               toks[of - 1].low == "in")) {
            const auto& head = toks[of - 2];
            bool nameless = head.kind == Kind::word && !head.cap && unnamed_head(head.low);
            for (std::size_t d = of - 2; !nameless && toks[of - 1].low != "in" && d > start &&
                                         of - 2 - d < 3;) {
                --d;
                if (toks[d].kind != Kind::word) break;
                if (toks[d].low == "a" || toks[d].low == "an" || toks[d].low == "another" ||
                    toks[d].low == "one")
                    nameless = head.kind == Kind::word && !head.cap && !name_token(head);
            }
            if (nameless) {
                Subject s;
                s.type = Subject::unnamed;
                s.words = {head.low};
                s.first = of - 2;
                return s;
            }
        }
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
        auto s = make_name(toks, first, k, roles_before(toks, first, start));
        // `Mr Putin and Mr Aliyev said`: both of them, when each is a person's name (a
        // title, or two words), not `Marks and Spencer`.
        if (s.type == Subject::name && first > start + 1 && toks[first - 1].low == "and" &&
            name_token(toks[first - 2])) {
            std::size_t other_first = first - 2;
            while (other_first > start && name_token(toks[other_first - 1])) --other_first;
            auto other = make_name(toks, other_first, first - 2, {});
            auto personal = [](const Subject& x, std::size_t length) {
                return x.type == Subject::name && !x.organisation &&
                       (x.words.size() >= 2 || length > x.words.size());
            };
            if (personal(other, first - 1 - other_first) && personal(s, k + 1 - first)) {
                s.group = true;
                s.first = other_first;
            }
        }
        return s;
    }
    // `Mr Crosby's statement said`: a person's own document speaks for them.
    if (t.kind == Kind::word && document_noun(t.low) && k > start &&
        toks[k - 1].low.ends_with("'s") && toks[k - 1].cap) {
        std::size_t last = k - 1, first = last;
        while (first > start && name_token(toks[first - 1])) --first;
        Toks copy(toks.begin() + static_cast<long>(first), toks.begin() + static_cast<long>(last) + 1);
        auto& owner = copy.back();
        owner.text = without_possessive(owner.text);
        owner.low = owner.low.substr(0, owner.low.size() - 2);
        auto s = make_name(copy, 0, copy.size() - 1, {});
        s.first = first;
        // `Recep Tayyip Erdoğan’s office said`, `A short statement by Pashinian’s office said`:
        // an office's staff speak for it, not the person whose office it is (the text makes
        // the words theirs where it quotes them).
        if (t.low == "office" && s.type == Subject::name) {
            Subject staff;
            staff.type = Subject::unnamed;
            staff.words = {"office"};
            staff.first = first;
            return staff;
        }
        s.document = true;
        return s;
    }
    // `A National Audit Office report on the 20 biggest projects says`, `The committee's
    // report said`: a body's report speaks for the body.
    if (auto body = report_of_body(toks, k, start); body.type != Subject::none) return body;
    // `a slight edge after claiming`, `underscored the urgency by describing`: a preposition
    // or conjunction heads no subject.
    if (t.kind == Kind::word &&
        (preposition(t.low) || subordinator(t.low) || t.low == "or" || t.low == "by"))
        return {};
    if (t.kind == Kind::word) {
        std::size_t first = k;
        while (first > start && toks[first - 1].kind == Kind::word &&
               !determiner(toks[first - 1].low) && k - first < 4)
            --first;
        std::string det = first > start ? toks[first - 1].low : std::string();
        // `Turkey's president Tuesday told`: a country's or a body's possessive is the
        // office's determiner, and part of the office (`Turkey's President`).
        for (std::size_t m = first; m < k; ++m)
            if (toks[m].cap && toks[m].low.ends_with("'s") && m + 1 <= k) {
                first = m;
                det = "the";
                auto s = role_phrase(toks, first, k, det);
                s.first = first;
                return s;
            }
        // `Katrina Bull, a prospective parliamentary candidate said`: an appositive whose
        // closing comma is missing; the name opening the sentence speaks.
        if (determiner(det) && first >= start + 3 && is_punct(toks[first - 2], ",") &&
            name_token(toks[first - 3])) {
            std::size_t last = first - 3, name_first = last;
            while (name_first > start && name_token(toks[name_first - 1])) --name_first;
            std::size_t n = start;
            while (n < name_first && toks[n].kind == Kind::word && is_sentence_opener(toks[n].low) &&
                   !toks[n].cap)
                ++n;
            if (n == name_first) {
                auto s = make_name(toks, name_first, last, appositive(toks, first - 1, k + 1));
                if (s.type == Subject::name && s.words.size() >= 2) return s;
            }
        }
        // `Kremlin spokesman says …` opening a sentence, headline style without its `the`:
        // the body's spokesperson, an office one person holds.
        if (!determiner(det) && first == start && k > first && toks[first].cap &&
            (t.low == "spokesman" || t.low == "spokeswoman" || t.low == "spokesperson")) {
            auto s = role_phrase(toks, first, k, "the");
            s.first = first;
            return s;
        }
        if (!determiner(det)) {
            if (unnamed_head(t.low)) {
                Subject s;
                s.type = Subject::unnamed;
                s.first = first;
                return s;
            }
            return {};
        }
        // `the minister of the occupying country said`: the office before `of` is the
        // subject, the words after it say whose office it is.
        // `the assistant to the Azerbaijani leader said`: the leader's aide, not the leader.
        const bool aide_to =
            first >= start + 4 && toks[first - 2].low == "to" &&
            (toks[first - 3].low == "assistant" || toks[first - 3].low == "adviser" ||
             toks[first - 3].low == "advisor" || toks[first - 3].low == "aide");
        if (first >= start + 4 && toks[first - 2].kind == Kind::word &&
            (toks[first - 2].low == "of" || aide_to) && toks[first - 3].kind == Kind::word &&
            !toks[first - 3].cap && is_title_word(toks[first - 3].low)) {
            std::size_t office = first - 3;
            while (office > start && toks[office - 1].kind == Kind::word &&
                   !determiner(toks[office - 1].low) && first - 3 - office < 3)
                --office;
            if (office > start && determiner(toks[office - 1].low)) {
                auto s = role_phrase(toks, office, first - 3, toks[office - 1].low);
                s.first = office - 1;
                // The aide the story has been quoting, as with `the Azerbaijani official`.
                if (aide_to && toks[office - 1].low == "the" && s.type != Subject::none) {
                    s.type = Subject::role;
                    s.definite_one = true;
                }
                return s;
            }
        }
        auto s = role_phrase(toks, first, k, det);
        s.first = first - 1;
        return s;
    }
    return {};
}
}  // namespace

namespace {
// `Fosters and Southcorp said in a joint statement`, `Marks and Spencer said`: two bodies
// named with `and` speak together, under both names. Bodies: one of them written as a body
// (`the`, an organisation word, an acronym), or the statement called joint.
void joint_bodies(const Toks& toks, std::size_t v, std::size_t start, std::size_t end, Subject& s) {
    if (s.first == kNone || s.first < start + 2 || toks[s.first - 1].low != "and" ||
        !name_token(toks[s.first - 2]))
        return;
    std::size_t other_last = s.first - 2, other_first = other_last;
    while (other_first > start && name_token(toks[other_first - 1])) --other_first;
    auto other = make_name(toks, other_first, other_last, {});
    if (other.type != Subject::name) return;
    auto body_like = [](const Subject& x) {
        if (x.organisation) return true;
        for (const auto& w : x.words) {
            auto f = fold_word(w);
            if (is_organisation_word(f)) return true;
            bool caps = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || c == '&';
                        });
            if (caps) return true;
        }
        return false;
    };
    bool joint = false;
    for (std::size_t k = v > start + 3 ? v - 3 : start; k < end && k <= v + 4; ++k)
        joint = joint || toks[k].low == "joint" || toks[k].low == "jointly";
    bool personal = !s.roles.empty() || !other.roles.empty() || s.gender != Gender::unknown ||
                    other.gender != Gender::unknown;
    if (personal || !(joint || body_like(s) || body_like(other))) return;
    std::vector<std::string> words = other.words;
    words.push_back("and");
    words.insert(words.end(), s.words.begin(), s.words.end());
    s.words = std::move(words);
    s.organisation = true;
    s.first = other_first;
}
}  // namespace

namespace {
// `deeply`, `gravely`…: how strongly a stance is held, between `is` and the stance.
bool stance_adverb(const std::string& w) {
    return w == "deeply" || w == "gravely" || w == "greatly" || w == "extremely" ||
           w == "very" || w == "profoundly" || w == "seriously" || w == "particularly" ||
           w == "most" || w == "also" || w == "increasingly" || w == "all" || w == "equally";
}
}  // namespace

namespace {
// `The Secretary-General is deeply shocked by …`, `is alarmed by reports …`: an official
// statement gives its speaker's stance in the present tense (narration of a feeling in the
// past, `was shocked when`, is not a statement). Its subject is the one before `is`, not an
// agent after `by`.
bool stance(const Toks& toks, std::size_t v) {
    static const std::set<std::string, std::less<>> stances = {
        "concerned", "alarmed",  "shocked",  "saddened",  "encouraged", "heartened",
        "dismayed",  "appalled", "troubled", "disturbed", "outraged",   "gratified",
        "worried",   "relieved", "distressed"};
    if (toks[v].kind != Kind::word || toks[v].cap || !stances.count(toks[v].low)) return false;
    std::size_t k = v;
    while (k > 0 && toks[k - 1].kind == Kind::word && stance_adverb(toks[k - 1].low)) --k;
    return k > 0 && toks[k - 1].kind == Kind::word &&
           (toks[k - 1].low == "is" || toks[k - 1].low == "are" || toks[k - 1].low == "remains");
}
}  // namespace

bool reporting_verb(const Toks& toks, std::size_t v, std::size_t end) {
    const auto& t = toks[v];
    if (t.kind != Kind::word || t.cap) return false;
    static const std::set<std::string, std::less<>> verbs = {
        "assured", "assures", "reiterated", "reiterates", "reaffirmed", "reaffirms", "recounted",
        "recounts", "underscored", "underscores", "underlined", "underlines", "reassured",
        "reassures",
        // `Zelensky clarified that Russia wouldn't be invited`: a point made plain is said.
        "clarified", "clarifies",
        // `In a speech late Tuesday, Zelenskyy highlighted Russia's attacks`: a point stressed
        // (not the noun, `the tournament highlights`).
        "highlighted",
        // What a readout reports of a call: thanks and congratulations are said.
        "thanked", "congratulated", "congratulates", "appreciated"};
    if (verbs.count(t.low)) return true;
    // `Podolyak … has blasted Moscow's credibility`, `lambasted the EU`: criticism of a
    // named party or body is said (not `blasted the building`, an explosion's work).
    if (t.low == "blasted" || t.low == "lambasted" || t.low == "slammed") {
        std::size_t k = v + 1;
        if (k < end && toks[k].kind == Kind::word && toks[k].low == "the") ++k;
        return k < end && toks[k].kind == Kind::word && toks[k].cap;
    }
    // `Fidan did not rule out the risk of …`, `ruled out talks`: a possibility put in words.
    if ((t.low == "rule" || t.low == "ruled" || t.low == "rules") && v + 1 < end &&
        toks[v + 1].low == "out")
        return true;
    // `Mirzoyan also cited the unblocking of regional transport links … as another stumbling
    // block`: what a thing is named as is said (not `cited for speeding`).
    if (t.low == "cited" || t.low == "cites") {
        for (std::size_t k = v + 1; k < end && k <= v + 16; ++k) {
            if (toks[k].kind != Kind::word) {
                if (is_punct(toks[k], ".") || is_punct(toks[k], ";")) return false;
                continue;
            }
            if (toks[k].low == "as") return true;
        }
        return false;
    }
    // `said Bayramov demanded "the withdrawal of …"`, `demanded that …`: a demand put in words
    // (not `The archbishop demanded access to his flock`, an act).
    if (t.low == "demanded" || t.low == "demands")
        return (v + 1 < toks.size() && toks[v + 1].kind == Kind::quote) ||
               (v + 1 < end && toks[v + 1].low == "that");
    if (stance(toks, v)) return true;
    // `Peskov characterized the incident as a "terrorist act …"`: what a thing is called is
    // said (not `characterized by`, a description).
    if (t.low == "characterized" || t.low == "characterised" || t.low == "characterizes" ||
        t.low == "characterises") {
        for (std::size_t k = v + 1; k < end && k <= v + 8; ++k)
            if (toks[k].kind == Kind::word && toks[k].low == "as") return true;
        return false;
    }
    // `The Secretary-General follows with deep concern reports that …`.
    if (t.low == "follows" || t.low == "follow") {
        for (std::size_t k = v + 1; k < end && k <= v + 4; ++k)
            if (toks[k].kind == Kind::word && toks[k].low == "concern")
                return toks[v + 1].low == "with";
        return false;
    }
    // `Borrell believes that …`: a view put in a clause, not `believes in`.
    // `Pashinyan regretted that he will not sign …`: regret put in a clause is said too.
    // `Zakharova mentioned that if the Armenian side had not obstructed …`, `The latter also
    // indicated last week that …`: a point put in a clause, not `mentioned in the report`.
    if (t.low == "believes" || t.low == "believed" || t.low == "regretted" ||
        t.low == "regrets" || t.low == "mentioned" || t.low == "mentions" ||
        t.low == "indicated" || t.low == "indicates") {
        // `indicated last week that …`: a time between the verb and its clause.
        std::size_t k = v + 1;
        while (k < end && k < v + 4 && toks[k].kind == Kind::word &&
               (is_skippable_before_verb(toks[k].low) || toks[k].low == "week" ||
                toks[k].low == "month" || toks[k].low == "year" || toks[k].low == "on"))
            ++k;
        return k < end && toks[k].kind == Kind::word && toks[k].low == "that";
    }
    // `Bozkir extended greetings of President Erdogan`, `extended condolences`: words passed
    // on in a meeting are said. (`conveyed the greetings of …` is left to the narration: the
    // head of state's reply that follows it must keep its own speaker.)
    if (t.low == "extended" || t.low == "extends") {
        static const std::set<std::string, std::less<>> passed = {
            "greetings", "congratulations", "condolences", "regards", "wishes", "invitation"};
        for (std::size_t k = v + 1; k < end && k <= v + 3; ++k)
            if (toks[k].kind == Kind::word && passed.count(toks[k].low)) return true;
        return false;
    }
    // `Vladimir Putin conveyed his warm greetings to …`: the speaker's own greetings are
    // said; `conveyed the greetings of President …` passes on another's and stays narration.
    if (t.low == "conveyed" || t.low == "conveys") {
        static const std::set<std::string, std::less<>> own = {"his", "her", "their"};
        static const std::set<std::string, std::less<>> passed = {
            "greetings", "congratulations", "condolences", "regards", "wishes", "gratitude"};
        if (v + 1 >= end || !own.count(toks[v + 1].low)) return false;
        for (std::size_t k = v + 2; k < end && k <= v + 4; ++k)
            if (toks[k].kind == Kind::word && passed.count(toks[k].low))
                return !(k + 1 < end && toks[k + 1].low == "of");
        return false;
    }
    // `Pashinyan raised the need to …`, `raised the issue of …`: a point put in talks.
    if (t.low == "raised" || t.low == "raises")
        return v + 2 < end && toks[v + 1].low == "the" &&
               (toks[v + 2].low == "need" || toks[v + 2].low == "issue" ||
                toks[v + 2].low == "question" || toks[v + 2].low == "matter");
    // `Vladimir Putin put the question bluntly – does Kiev intend …?`: a question put.
    if (t.low == "put" || t.low == "puts")
        return v + 2 < end && toks[v + 1].low == "the" && toks[v + 2].low == "question";
    // `Mr Kuchma shared with Alexy II his point of view on …`, `shared his views`: a view
    // given (not `shared a photo`, `shared the costs`).
    if (t.low == "shared" || t.low == "shares") {
        static const std::set<std::string, std::less<>> views = {
            "view", "views", "assessment", "assessments", "opinion", "opinions", "thoughts"};
        for (std::size_t k = v + 1; k < end && k <= v + 8; ++k) {
            if (toks[k].kind != Kind::word) return false;
            if (views.count(toks[k].low)) return true;
        }
        return false;
    }
    // `the Russian leader is sure there are no problems here`, `is confident that …`: a
    // conviction in the present tense is the speaker's statement (not `is sure to win`).
    if (t.low == "sure" || t.low == "confident" || t.low == "convinced") {
        std::size_t k = v;
        while (k > 0 && toks[k - 1].kind == Kind::word && stance_adverb(toks[k - 1].low)) --k;
        if (k == 0 || toks[k - 1].kind != Kind::word ||
            (toks[k - 1].low != "is" && toks[k - 1].low != "are" && toks[k - 1].low != "remains"))
            return false;
        if (v + 1 >= end || toks[v + 1].kind != Kind::word) return false;
        const auto& next = toks[v + 1].low;
        return next != "to" && next != "of" && next != "in" && next != "about" &&
               next != "enough" && next != "and" && next != "or";
    }
    // `which Prime Minister Pashinyan assessed as tense`: a judgement given.
    if (t.low == "assessed" || t.low == "assesses" || t.low == "described" ||
        t.low == "describes") {
        for (std::size_t k = v + 1; k < end && k <= v + 6; ++k)
            if (toks[k].kind == Kind::word && toks[k].low == "as") return true;
        return false;
    }
    // `X again repeated that proposal`, `repeated his call`: a point made again is said (the
    // adjective, `repeated attacks`, has no person for its subject).
    if (t.low == "repeated" || t.low == "repeats")
        return v + 1 < end && toks[v + 1].kind == Kind::word &&
               (toks[v + 1].low == "that" || toks[v + 1].low == "this" ||
                toks[v + 1].low == "the" || toks[v + 1].low == "his" ||
                toks[v + 1].low == "her" || toks[v + 1].low == "its");
    // `The Ukrainian leader again made the case for …`, `made clear that …`, `made it clear
    // to the minister that …`: a point argued. `Pashinian made the claim on Wednesday`, `made
    // these remarks`, `X made this known during a phone call`: words spoken, spoken of (not
    // `X and Y have made the statements for the press`, which opens them).
    if (t.low == "made" || t.low == "makes") {
        static const std::set<std::string, std::less<>> said = {
            "claim", "claims", "remark", "remarks", "comment", "comments", "case"};
        std::size_t k = v + 1;
        if (k < end && toks[k].low == "it") ++k;
        if (k < end && toks[k].kind == Kind::word && toks[k].low == "clear") return true;
        if (v + 2 < end && (toks[v + 1].low == "this" || toks[v + 1].low == "it") &&
            toks[v + 2].low == "known")
            return true;
        return v + 2 < end && toks[v + 2].kind == Kind::word && said.count(toks[v + 2].low) &&
               (toks[v + 1].low == "the" || toks[v + 1].low == "these" ||
                toks[v + 1].low == "those" || toks[v + 1].low == "his" ||
                toks[v + 1].low == "her" || toks[v + 1].low == "this");
    }
    // `Minister Fidan also touched on the ongoing process …`: a subject raised in talk.
    if (t.low == "touched" || t.low == "touches")
        return v + 1 < end && (toks[v + 1].low == "on" || toks[v + 1].low == "upon");
    // `Zelenskyy posted on his Telegram account that he was in his office`: a post's words
    // put in a clause are said.
    if (t.low == "posted" || t.low == "posts") {
        for (std::size_t k = v + 1; k < end && k <= v + 6; ++k)
            if (toks[k].kind == Kind::word && toks[k].low == "that")
                return toks[v + 1].low == "on" || toks[v + 1].low == "to";
        return false;
    }
    // `He also drew attention to the fact that …`: a point made.
    if (t.low == "drew" || t.low == "draws")
        return v + 1 < end && toks[v + 1].kind == Kind::word && toks[v + 1].low == "attention";
    if (t.low != "expressed" && t.low != "expresses" && t.low != "voiced" && t.low != "voices")
        return false;
    // `expressed (particular) thanks`, `voiced concerns`, not `expressed in dollars`.
    static const std::set<std::string, std::less<>> what = {
        "thanks", "gratitude", "hope", "hopes", "concern", "concerns", "support",
        "condolences", "regret", "confidence", "satisfaction", "appreciation", "readiness",
        "interest", "sympathy", "solidarity", "doubt", "doubts", "disappointment", "optimism",
        "alignment", "opposition", "frustration", "dissatisfaction", "willingness", "outrage",
        "objections", "reservations", "scepticism", "skepticism"};
    for (std::size_t k = v + 1; k < end && k <= v + 3; ++k)
        if (toks[k].kind == Kind::word && what.count(toks[k].low)) return true;
    return false;
}

// The subject written after a verb: `said Mr Wellington`, `added the British producer`,
// `said Tavi Renn, the Valdorian energy minister`.
Subject subject_after(const Toks& toks, std::size_t verb, std::size_t end) {
    std::size_t j = verb + 1;
    const std::size_t after_verb = j;
    if (j >= end) return {};
    const auto& t = toks[j];
    if (t.kind == Kind::word && is_pronoun(t.low)) return pronoun_subject(toks, j);
    // `According to him, …`: the person the pronoun stands for.
    if (t.kind == Kind::word && (t.low == "him" || t.low == "her") && toks[verb].low == "to" &&
        verb > 0 && toks[verb - 1].low == "according") {
        Subject s;
        s.type = Subject::pronoun;
        s.words = {t.low == "him" ? "he" : "she"};
        s.gender = t.low == "him" ? Gender::male : Gender::female;
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
        // `said the committee chairman, Edward Leigh`. (Not `According to the prime minister,
        // Armenia is launching …`: there the comma ends the source, and the clause follows.)
        const bool according =
            verb > 0 && toks[verb].low == "to" && toks[verb - 1].low == "according";
        if (k < end && is_punct(toks[k], ",") && k + 1 < end && name_token(toks[k + 1]) &&
            !toks[k - 1].cap && !according) {
            std::size_t m = k + 1;
            while (m < end && name_token(toks[m])) ++m;
            std::vector<std::string> roles;
            for (std::size_t r = j + 1; r < k; ++r) roles.push_back(toks[r].low);
            auto s = make_name(toks, k + 1, m - 1, roles);
            s.first = j;
            return s;
        }
        // `said the BBC`: a name after all; but `said the Ealing North MP` is an office of a
        // place, held by someone named before.
        if (toks[k - 1].cap && k >= j + 3 && is_title_word(toks[k - 1].low) &&
            !is_title_word(toks[k - 2].low)) {
            auto s = role_phrase(toks, j + 1, k - 1, t.low);
            s.first = j;
            if (s.type != Subject::none) return s;
        }
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
    // `said Simon Bysshe who filmed the event`: a relative pronoun ends the phrase too.
    while (w < end && w - j < 10 && toks[w].kind == Kind::word && !is_speech_verb(toks[w]) &&
           !auxiliary(toks[w].low) && !preposition(toks[w].low) && !determiner(toks[w].low) &&
           !is_pronoun(toks[w].low) && !relative_pronoun(toks[w].low))
        ++w;
    if (w == j) return {};
    // `said Deputy Minister of Foreign Affairs Elvira Stanek`, `said Minister of Energy Samir
    // Guliyev`: an office, `of`, what it is of, then the name — its last two words.
    if (w + 1 < end && toks[w].low == "of" &&
        std::all_of(toks.begin() + static_cast<long>(j), toks.begin() + static_cast<long>(w),
                    [](const Tok& x) { return x.cap && is_title_word(x.low); })) {
        std::size_t m = w + 1;
        if (toks[m].low == "the") ++m;
        std::size_t r = m;
        while (r < end && name_token(toks[r]) && !toks[r].low.ends_with("'s")) ++r;
        if (r >= m + 3) {
            std::vector<std::string> roles;
            for (std::size_t x = j; x < r - 2; ++x) roles.push_back(toks[x].low);
            auto s = make_name(toks, r - 2, r - 1, roles);
            s.first = after_verb;
            if (s.type == Subject::name) return s;
        }
    }
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

namespace {
bool quoting_verb(const std::string& w) {
    return w == "quoted" || w == "cited" || w == "quotes" || w == "cites" || w == "quoting" ||
           w == "citing";
}

// The subject of the passive `X was quoted by Y …` ending just before the auxiliary at
// `aux`: X, the one quoted; none when the clause has no subject of its own.
Subject quoted_one(const Toks& toks, std::size_t aux, std::size_t start) {
    auto s = subject_before(toks, aux, start);
    bool person = (s.type == Subject::name && !s.organisation) || s.type == Subject::pronoun ||
                  s.type == Subject::role || s.type == Subject::unnamed;
    return person ? s : Subject{};
}
}  // namespace

// Who speaks where a news agency or a paper passes the words on: `X was quoted by
// Interpressnews as saying`, `he was quoted by Georgian media as telling …`, `a senior aide was
// cited by local media as saying`, `Armenpress quoted Pashinyan as going on to say,` — the
// one quoted, never the one quoting. `v` is the quoting verb, or the speech verb after `as`
// (`saying`, `telling`, `going on to say`). None where the words are not of that form.
Subject quoted_as(const Toks& toks, std::size_t v, std::size_t start, std::size_t end) {
    if (toks[v].kind != Kind::word) return {};
    // The passive quoting verb itself: `X was quoted by Y`.
    if (quoting_verb(toks[v].low) && v > start && passive_auxiliary(toks[v - 1].low) &&
        v + 1 < end && toks[v + 1].low == "by")
        return quoted_one(toks, v - 1, start);
    // The verb after `as`: `as saying`, `as telling`, `as going on to say`.
    std::size_t as = kNone;
    if (v > start && toks[v - 1].low == "as" && toks[v].low.ends_with("ing"))
        as = v - 1;
    else if (v >= start + 4 && toks[v - 1].low == "to" && toks[v - 2].low == "on" &&
             toks[v - 3].low == "going" && toks[v - 4].low == "as")
        as = v - 4;
    if (as == kNone) return {};
    for (std::size_t q = as; q > start && as - q < 12;) {
        --q;
        if (toks[q].kind != Kind::word) {
            if (is_punct(toks[q], ",") || toks[q].kind == Kind::quote || sentence_end_punct(toks[q]))
                return {};
            continue;
        }
        if (!quoting_verb(toks[q].low)) continue;
        if (q > start && passive_auxiliary(toks[q - 1].low) && q + 1 < end && toks[q + 1].low == "by")
            return quoted_one(toks, q - 1, start);
        // `Armenpress quoted Pashinyan as going on to say`: the object of the active verb.
        auto s = subject_after(toks, q, as);
        if (s.type == Subject::name || s.type == Subject::pronoun) return s;
        return {};
    }
    return {};
}

// The subject of the speech verb at v within [start, end); none where the verb is not a
// speech act here (passive `announced by`, infinitive `to claim`). Inverted order (`said
// Name`) only where the verb opens its clause.
Subject speech_subject(const Toks& toks, std::size_t v, std::size_t start, std::size_t end) {
    if (auto quoted = quoted_as(toks, v, start, end); quoted.type != Subject::none) return quoted;
    // A stance is a statement's when an office holds it (`The Secretary-General is alarmed
    // …`); a person named in a news story who `is worried` is described, not quoted.
    if (stance(toks, v)) {
        auto s = subject_before(toks, v, start);
        return s.type == Subject::role ? s : Subject{};
    }
    // `Fidan did not rule out the risk …`: a person allowing a possibility in words; a
    // body's `did not rule out raising rates` is its policy, not a statement's words.
    if (toks[v].low == "rule" || toks[v].low == "ruled" || toks[v].low == "rules") {
        auto s = subject_before(toks, v, start);
        return s.organisation || s.group ? Subject{} : s;
    }
    // `When asked for his thoughts on the matter, Pashinyan said that …`: a clause on being
    // asked has no speaker of its own; the answer's verb names the one asked.
    if ((toks[v].low == "asked" || toks[v].low == "questioned") && v > start &&
        toks[v - 1].kind == Kind::word &&
        (toks[v - 1].low == "when" || toks[v - 1].low == "after" || toks[v - 1].low == "once" ||
         toks[v - 1].low == "if" || toks[v - 1].low == "as"))
        return {};
    if (v + 1 < end && toks[v + 1].low == "by") {
        // `this was said by Vedant Patel`, `This was stated by the spokesperson of …`: the
        // passive's agent spoke (not `announced by the ministry`, a body).
        if (v > start && passive_auxiliary(toks[v - 1].low)) {
            auto s = subject_after(toks, v + 1, end);
            if ((s.type == Subject::name && !s.organisation) || s.type == Subject::role) return s;
        }
        return {};
    }
    // `AFP quoted ministry spokeswoman Maria Zakharova as saying`, `The news agency quoted
    // Aliyev as saying`: the one quoted speaks, not who quotes them.
    if (toks[v].low == "quoted" || toks[v].low == "quotes" || toks[v].low == "quoting")
        for (std::size_t k = v + 2; k + 1 < end && k < v + 12; ++k)
            if (toks[k].low == "as" && toks[k + 1].low == "saying") {
                auto s = subject_after(toks, v, k);
                if (s.type == Subject::name || s.type == Subject::pronoun) return s;
                break;
            }
    // `a book which tells the story of a young boy`, `tells of his journey`: narrating, not
    // speaking.
    if (v + 1 < end && toks[v].low.starts_with("tel") &&
        (toks[v + 1].low == "of" || toks[v + 1].low == "stories" ||
         (v + 2 < end && determiner(toks[v + 1].low) && toks[v + 2].low == "story")))
        return {};
    // `He went on to say …`, `goes on to say`: the one going on speaks.
    if (v >= start + 3 && toks[v - 1].low == "to" && toks[v - 2].low == "on" &&
        (toks[v - 3].low == "went" || toks[v - 3].low == "goes" || toks[v - 3].low == "go"))
        return subject_before(toks, v - 3, start);
    if (v > start && toks[v - 1].low == "to") return {};
    // `Washington continues to support …`, `Russia is continuing its operation`: going on
    // with something. `Continue` reports speech only with no object (`…,” he continued.`).
    if (toks[v].low.starts_with("continu") && v + 1 < end && toks[v + 1].kind == Kind::word)
        return {};
    // `the referendum question`, `a joke`: a noun. A verb's base form follows a plural
    // subject or a pronoun (`critics claim`, `they question`), not a singular noun.
    if (noun_like_verb(toks[v].low) && v > start && toks[v - 1].kind == Kind::word) {
        const auto& w = toks[v - 1].low;
        bool singular_noun = !toks[v - 1].cap && !is_pronoun(w) && !auxiliary(w) &&
                             !is_skippable_before_verb(w) && !plural_noun(w);
        if (determiner(w) || singular_noun) return {};
    }
    // `she was told:`, `he has been asked`: the subject heard the words, not spoke them.
    if (v > start && passive_auxiliary(toks[v - 1].low) && toks[v].low.ends_with("d")) return {};
    // `Ilham Aliyev, who is hosting …, started the conference saying oil, gas …`: `saying`
    // right after the sentence's own verb phrase, without a comma, is its subject's when the
    // sentence opens with a person's full name (not `the conference`'s).
    if (toks[v].low == "saying" && v > start + 1 && toks[v - 1].kind == Kind::word &&
        !toks[v - 1].cap && !is_pronoun(toks[v - 1].low) && !determiner(toks[v - 1].low) &&
        !unnamed_head(toks[v - 1].low) && !preposition(toks[v - 1].low)) {
        auto opening = sentence_subject(toks, start, v);
        if (opening.type == Subject::name && !opening.organisation && opening.words.size() >= 2)
            return opening;
    }
    // `Peskov … also did not say where the leaders were expected to meet`: what an answer
    // left out is still the one answering's (unlike `did not respond to a request for
    // comment`, no words at all).
    if (toks[v].low == "say" && v >= start + 2 && toks[v - 1].low == "not" &&
        (toks[v - 2].low == "did" || toks[v - 2].low == "does"))
        return subject_before(toks, v - 2, start);
    auto s = subject_before(toks, v, start);
    if (s.type == Subject::name && !s.group) joint_bodies(toks, v, start, end, s);
    if (s.type != Subject::none) return s;
    // (`'…, but in what order I cannot say,' said Karapetyan.`: a straight single quote some
    // republishers print for quotation marks closes the words before the verb.)
    bool clause_initial = v == start || is_punct(toks[v - 1], ",") ||
                          toks[v - 1].kind == Kind::quote || is_punct(toks[v - 1], "-") ||
                          (v >= start + 2 &&
                           (is_punct(toks[v - 1], "'") || is_punct(toks[v - 1], "\u2019")) &&
                           is_punct(toks[v - 2], ","));
    // A participle never has its subject after it (`adding it would…`, `saying Britain
    // would…`); after a quote it continues the sentence's subject (`… "balanced," adding`).
    if (toks[v].low.ends_with("ing")) {
        if (v > start && toks[v - 1].kind == Kind::quote) return sentence_subject(toks, start, v - 1);
        // `Tass reported Peskov as saying …`: the one reported as saying speaks, not who
        // reports them.
        if (v >= start + 2 && toks[v - 1].low == "as" && toks[v - 2].cap) {
            auto s = subject_before(toks, v - 1, start);
            if (s.type == Subject::name && !s.organisation) return s;
        }
        return {};
    }
    if (clause_initial) return subject_after(toks, v, end);
    // `Fires were reported in several residential buildings said Tymur Tkachenko, the head of
    // the city military administration`: wire copy that drops the comma before an inverted
    // `said`; a full name with its office set off after it still names the source.
    if (toks[v].low == "said") {
        auto s = subject_after(toks, v, end);
        if (s.type == Subject::name && !s.organisation && s.words.size() >= 2 && !s.roles.empty())
            return s;
    }
    return {};
}

}  // namespace newsdex::attribution
