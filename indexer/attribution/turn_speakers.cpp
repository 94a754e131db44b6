#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "attribution.hpp"
#include "internal/full_names.hpp"
#include "internal/letter_slips.hpp"
#include "internal/name_parts.hpp"
#include "internal/tokenizer.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// Words split at any white space, line breaks included (split_words keeps a line's).
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

bool ends_in_punctuation(const std::string& word) {
    return !word.empty() && std::string_view(",.:;!?").find(word.back()) != std::string_view::npos;
}

// Labels of a transcript that name a part someone plays, not a person: their turns have no
// nameable speaker.
bool nameless_label(const std::string& folded) {
    static const std::set<std::string, std::less<>> labels = {
        "moderator", "operator", "administration official", "senior administration official",
        "senior official", "official", "staff", "participant", "participants",
        "audience member", "reporter", "interpreter", "narrator", "announcer", "all",
        "speaker", "unidentified speaker", "voice", "crowd", "audience", "both", "together",
        "audience members", "unidentified", "press", "students", "student", "aide", "staffer",
        // Kremlin transcripts: an interjection or answer from someone in the room left unnamed.
        "remark", "reply", "response", "comment"};
    if (labels.count(folded)) return true;
    // `WHITE HOUSE AIDE:`, `POLISH AIDE:`, `SENIOR STATE DEPARTMENT OFFICIAL:`: a part played,
    // whoever's side it is on.
    const auto last = folded.substr(folded.rfind(' ') + 1);
    // (`NSC SPOKESPERSON:`: a spokesperson of a background call, left unnamed.)
    return last == "aide" || last == "official" || last == "officials" || last == "staffer" ||
           last == "interpreter" || last == "translator" || last == "spokesperson" ||
           last == "spokesman" || last == "spokeswoman";
}

// An office named without its holder (`The President`, `the Vice President`, `NATO
// Secretary General`): the words after `the`, or after an organisation's name, when every
// one of them is a title word (the organisation's name kept: it names the office too).
std::optional<std::vector<std::string>> office_only(const std::string& label) {
    auto words = split_words(label);
    // `MR. PRESIDENT:` for `THE PRESIDENT:`: the courtesy title gone, an office word alone.
    if (words.size() == 1 && is_title_word(schema::fold(words.front())) &&
        !is_honorific(schema::fold(words.front())))
        return words;
    if (words.size() < 2) return std::nullopt;
    if (schema::fold(words.front()) == "the") {
        words.erase(words.begin());
    } else if (words.size() >= 3 && is_organisation_word(schema::fold(words.front()))) {
        for (std::size_t i = 1; i < words.size(); ++i)
            if (!is_title_word(schema::fold(words[i]))) return std::nullopt;
        return words;
    } else {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto folded = schema::fold(words[i]);
        // `The First Lady`: `first` is an office's word only there.
        const bool first_lady = folded == "first" && i + 1 < words.size() &&
                                (schema::fold(words[i + 1]) == "lady" ||
                                 schema::fold(words[i + 1]) == "gentleman");
        if (!is_title_word(folded) && !first_lady) return std::nullopt;
    }
    return words;
}

// The capitalised words right after each mention of `office` (`President Biden`,
// `Vice President Kamala Harris`) in `text`, in order: the names it is given.
std::vector<std::string> holders_named(const std::string& text,
                                       const std::vector<std::string>& office) {
    std::vector<std::string> out;
    const auto words = words_of(text);
    for (std::size_t i = 0; i + office.size() < words.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < office.size() && match; ++k)
            match = !ends_in_punctuation(words[i + k]) &&
                    schema::fold(words[i + k]) == schema::fold(office[k]);
        if (!match || (i > 0 && is_title_word(schema::fold(words[i - 1])))) continue;
        std::string name;
        for (std::size_t k = i + office.size(); k < words.size() && k < i + office.size() + 3;
             ++k) {
            auto w = words[k];
            const bool ends = !w.empty() && (w.back() == ',' || w.back() == '.' ||
                                             w.back() == ':' || w.back() == ';');
            while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ':' ||
                                  w.back() == ';' || w.back() == '\'' || w.back() == ')'))
                w.pop_back();
            // A name is written in title case (`EDT`, `U.S.` are not names).
            if (!starts_upper(w) || w.size() < 2 || !std::islower(static_cast<unsigned char>(w[1])) ||
                is_title_word(schema::fold(w)))
                break;
            if (w.size() > 2 && w.ends_with("’s")) w.resize(w.size() - 4);
            name += (name.empty() ? "" : " ") + w;
            if (ends) break;
        }
        if (!name.empty()) out.push_back(name);
    }
    return out;
}

// The last word of a name, folded, a generational suffix passed over (`Robert F. Kennedy
// Jr.` → kennedy): how a surname label is matched to a full name.
std::string surname_of(const std::string& name) {
    auto words = split_words(name);
    while (words.size() > 1) {
        const auto last = schema::fold(words.back());
        if (last != "jr." && last != "jr" && last != "sr." && last != "sr" && last != "ii" &&
            last != "iii")
            break;
        words.pop_back();
    }
    return words.empty() ? std::string() : schema::fold(words.back());
}

// `H.E.` (His or Her Excellency): the style of a head of state written before the name
// where an office would be (`H.E. Moon Jae-in, President of the Republic of Korea`).
bool excellency(const std::string& word) {
    const auto folded = schema::fold(word);
    return folded == "h.e." || folded == "h.e";
}

// A name written surname first after its office (`President Yoon Suk Yeol of the Republic of
// Korea`, `President Xi Jinping`, `Prime Minister Kishida Fumio`) or after `H.E.`: the
// surname and the one or two title-case words after it, where the name then ends (a
// lower-case word, a stop or a comma follows) — `Secretary Blinken Travels To Brussels`
// names no one that way.
std::optional<std::string> surname_first(const std::string& surname,
                                         const std::vector<std::string>& all) {
    std::set<std::string> forms;
    for (std::size_t i = 1; i + 1 < all.size(); ++i) {
        if (ends_in_punctuation(all[i]) || schema::fold(all[i]) != surname ||
            !(is_title_word(schema::fold(all[i - 1])) || excellency(all[i - 1])))
            continue;
        std::string name = all[i];
        for (std::size_t k = i + 1; k < all.size() && k <= i + 2; ++k) {
            auto w = all[k];
            const bool ends = ends_in_punctuation(w);
            while (ends_in_punctuation(w)) w.pop_back();
            const auto folded = schema::fold(w);
            if (!starts_upper(w) || w.size() < 2 || !std::islower(static_cast<unsigned char>(w[1])) ||
                is_title_word(folded) || is_sentence_opener(folded))
                break;
            name += " " + w;
            const bool next_lower = k + 1 >= all.size() || !starts_upper(all[k + 1]);
            if (ends || next_lower) {
                forms.insert(name);
                break;
            }
        }
    }
    if (forms.size() != 1) return std::nullopt;
    return *forms.begin();
}

}  // namespace

std::optional<std::string> full_name(const std::string& name, const std::string& text,
                                     const SpeakerTable& table) {
    if (auto c = table.canonical(name)) return c;
    const auto words = split_words(name);
    if (words.size() != 1) return std::nullopt;
    const auto surname = schema::fold(words.front());
    std::map<std::string, int> seen;
    const auto all = words_of(text);
    // A given name and the surname after it stand on one line: the title's last word and
    // the first paragraph's first (`… hit Next` / `Next has said`) are no name.
    std::vector<bool> line_start;
    {
        bool fresh = true, in_word = false;
        for (char c : text) {
            const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
            if (!space && !in_word) line_start.push_back(fresh);
            if (!space) fresh = false;
            if (c == '\n') fresh = true;
            in_word = !space;
        }
    }
    for (std::size_t i = 1; i < all.size(); ++i) {
        if (line_start[i]) continue;
        auto w = all[i];
        // A turn label (`BOTH:`, `KISHIDA:`) is no mention of a name.
        if (w.ends_with(':')) continue;
        while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) w.pop_back();
        if (w.ends_with("’s")) w.resize(w.size() - 4);
        if (schema::fold(w) != surname) continue;
        const auto& first = all[i - 1];
        if (!starts_upper(first) || is_title_word(schema::fold(first)) ||
            is_sentence_opener(schema::fold(first)) ||
            !std::isalpha(static_cast<unsigned char>(first.back())))
            continue;
        ++seen[first + " " + w];
    }
    if (seen.size() == 1) {
        const auto& found = seen.begin()->first;
        if (auto c = table.canonical(found)) return c;
        return found;
    }
    std::optional<std::string> only;
    for (const auto& person : table.canonical_names())
        if (surname_of(person) == surname) {
            if (only) return std::nullopt;  // two people of that name: not guessed
            only = person;
        }
    if (only || !seen.empty()) return only;
    const auto found = surname_first(surname, all);
    if (!found) return std::nullopt;
    if (auto c = table.canonical(*found)) return c;
    return found;
}

namespace {

std::string first_word(const std::string& name) { return name.substr(0, name.find(' ')); }

// `MS. SHARMA: … So, Kirby, over to you.` then `MR. KIRBY: Thanks, Saloni. …`: the one first
// name the labelled turns right after a surname label's turns thank its holder by (`Thanks,
// NAME.`, `Thank you so much, NAME.`) in their first two sentences; nullopt when none or
// several. (A question turn's thanks go as often to the one who answers, so only labelled
// turns count.)
std::optional<std::string> first_name_thanked(const std::string& body, const std::string& surname) {
    std::set<std::string> names;
    bool after = false;  // the last turn was one of that label's
    std::size_t start = 0;
    while (start < body.size()) {
        auto end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        const auto paragraph = std::string_view(body).substr(start, end - start);
        start = end + 2;
        const auto marker = find_turn_marker(paragraph, MarkerStyle::strict);
        if (!marker) continue;
        if (after && !marker->question && !marker->answer) {
            const auto words = split_words(marker->rest);
            int sentences = 0;
            for (std::size_t k = 0; k + 1 < words.size() && sentences < 2; ++k) {
                const auto folded = schema::fold(words[k]);
                const bool thanks = folded == "thanks," || folded == "you," || folded == "much,";
                const auto& next = words[k + 1];
                const char last = next.back();
                if (thanks && (last == '.' || last == ',' || last == '!') && next.size() > 2) {
                    const auto name = next.substr(0, next.size() - 1);
                    const auto f = schema::fold(name);
                    if (title_case(name) && !is_title_word(f) && !is_sentence_opener(f) &&
                        !is_pronoun(f) && f != "everybody" && f != "everyone" && f != "all")
                        names.insert(name);
                }
                if (words[k].back() == '.' || words[k].back() == '?' || words[k].back() == '!')
                    ++sentences;
            }
        }
        after = !marker->question && surname_of(marker->label) == surname;
    }
    if (names.size() != 1) return std::nullopt;
    return *names.begin();
}

// The one person of the speaker table with that surname (folded) who held a dated office on
// `date`; nullopt when none did, or several.
std::optional<std::string> surname_in_office(const std::string& surname, const SpeakerTable& table,
                                             const std::string& date) {
    std::optional<std::string> only;
    for (const auto& person : table.canonical_names())
        if (surname_of(person) == surname && table.in_office(person, date)) {
            if (only) return std::nullopt;
            only = person;
        }
    return only;
}

// Who the words after an office name (`Harris Upon Return`, `Kamala Harris`): the longest
// start of them the speaker table knows, else the first word made a full name, else them.
std::string person_named(const std::string& captured, const std::string& text,
                         const SpeakerTable& table) {
    auto words = split_words(captured);
    for (auto n = words.size(); n > 0; --n) {
        std::string start;
        for (std::size_t k = 0; k < n; ++k) start += (k ? " " : "") + words[k];
        if (auto c = table.canonical(start)) return *c;
    }
    if (auto full = full_name(first_word(captured), text, table)) return *full;
    return captured;
}

// `S.Lavrov`, `V. Putin`: an initial and a surname, the initial and the surname apart.
std::optional<std::pair<char, std::string>> initial_and_surname(const std::string& label) {
    if (label.size() < 5 || !std::isupper(static_cast<unsigned char>(label[0])) || label[1] != '.')
        return std::nullopt;
    auto rest = label.substr(label[2] == ' ' ? 3 : 2);
    if (rest.size() < 2 || !std::isupper(static_cast<unsigned char>(rest[0])) ||
        rest.find(' ') != std::string::npos || rest.find('.') != std::string::npos)
        return std::nullopt;
    return std::make_pair(label[0], rest);
}

// Whether `a` becomes `b` by one letter changed, added, dropped or swapped with the next.
bool one_slip_apart(const std::string& a, const std::string& b) {
    return letter_slip(a, b).kind != LetterSlip::Kind::none;
}

// `Vladimir Shakhidjanyan:` once among `Vladimir Shakhijanyan:` turns: one full name spelt
// two ways, the surnames one letter apart inside the word (a transliteration's variant), is
// one speaker, under the spelling the transcript gives more turn paragraphs. Not a
// difference in the ending: `Ivanov` and `Ivanova` are two people. A shorter surname
// (`Angela Markel:` among `Angela Merkel:` turns) is so read only when the speaker table
// knows the commoner spelling and not the rarer: a short name is near too many others to
// be joined on the transcript's word alone. The same holds of a given name spelt two ways
// before the same surname (`Tatiana` and `Tatyana Golikova`), five letters at least.
void join_spelling_variants(std::vector<std::optional<std::string>>& speakers,
                            const SpeakerTable& table) {
    std::map<std::string, std::size_t> uses;
    for (const auto& s : speakers)
        if (s) ++uses[*s];
    std::map<std::string, std::string> variants;
    std::set<std::string> ambiguous;
    for (const auto& [rare, rare_uses] : uses)
        for (const auto& [common, common_uses] : uses) {
            if (rare_uses >= common_uses) continue;
            const auto a = split_words(rare), b = split_words(common);
            if (a.size() < 2 || a.size() != b.size()) continue;
            // (`Tatiana Golikova:` among `Tatyana Golikova:` turns: the surname the same, the
            // given name one letter apart inside it, likewise.)
            const bool given_differs = std::equal(a.begin() + 1, a.end(), b.begin() + 1);
            if (!given_differs && !std::equal(a.begin(), a.end() - 1, b.begin())) continue;
            const auto x = schema::fold(given_differs ? a.front() : a.back()),
                       y = schema::fold(given_differs ? b.front() : b.back());
            const auto shorter = std::min(x.size(), y.size());
            const auto slip = letter_slip(x, y);
            const bool known_common = table.canonical(common) == common && !table.canonical(rare);
            if (slip.kind == LetterSlip::Kind::none ||
                shorter < (known_common || given_differs ? 5u : 7u) || slip.at + 2 >= shorter)
                continue;
            if (variants.count(rare)) ambiguous.insert(rare);
            variants[rare] = common;
        }
    for (auto& speaker : speakers)
        if (speaker && variants.count(*speaker) && !ambiguous.count(*speaker))
            speaker = variants[*speaker];
}

// The office a surname's own label gives it in the body (`PRESIDENT BIDEN:` → `president`):
// the title words before the surname at the start of a line, courtesy titles (`MR.`) aside;
// empty when no label of that surname has one.
std::vector<std::string> label_office(const std::string& body, const std::string& surname) {
    std::size_t start = 0;
    while (start < body.size()) {
        auto end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        const auto line = std::string_view(body).substr(start, end - start);
        start = end + 1;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon > 60) continue;
        const auto words = split_words(line.substr(0, colon));
        if (words.size() < 2 || schema::fold(words.back()) != surname) continue;
        std::vector<std::string> office;
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            auto folded = schema::fold(words[i]);
            if (!folded.empty() && folded.back() == '.') folded.pop_back();
            if (!is_title_word(folded) || is_honorific(folded)) {
                office.clear();
                break;
            }
            office.push_back(folded);
        }
        if (!office.empty()) return office;
    }
    return {};
}

// The one person a surname label with an office (`PRESIDENT DUDA:`, `PRESIDENT BIDEN:`)
// names: the full name the text writes after that office (`President Andrzej Duda`), else
// the one person of that surname the speaker table holds — not someone else of that surname
// the text mentions by first name (`Mrs. Jill Biden`, in the guest's thanks).
std::optional<std::string> office_label_holder(const std::string& surname,
                                               const std::vector<std::string>& office,
                                               const std::string& text,
                                               const SpeakerTable& table) {
    const auto all = words_of(text);
    std::set<std::string> after_office;
    for (std::size_t i = office.size(); i + 1 < all.size(); ++i) {
        auto w = all[i + 1];
        while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) w.pop_back();
        if (schema::fold(w) != surname) continue;
        // `Secretary Robert F. Kennedy`: a middle initial between the first name and the
        // surname.
        const bool initial = all[i].size() == 2 && all[i][1] == '.' && starts_upper(all[i]);
        const std::size_t first = initial ? i - 1 : i;
        if (first < office.size() || !starts_upper(all[first]) ||
            ends_in_punctuation(all[first]) || is_title_word(schema::fold(all[first])))
            continue;
        bool match = true;
        for (std::size_t k = 0; k < office.size() && match; ++k)
            match = schema::fold(all[first - office.size() + k]) == office[k];
        if (match)
            after_office.insert(all[first] + (initial ? " " + all[i] : std::string()) + " " + w);
    }
    if (after_office.size() == 1) {
        const auto& found = *after_office.begin();
        if (auto c = table.canonical(found)) return c;
        // (`Antony J. Blinken`: the table may know the name without its initial.)
        auto words = split_words(found);
        if (words.size() == 3)
            if (auto c = table.canonical(words[0] + " " + words[2])) return c;
        return found;
    }
    if (!after_office.empty()) return std::nullopt;
    std::optional<std::string> only;
    for (const auto& person : table.canonical_names())
        if (surname_of(person) == surname) {
            if (only) return std::nullopt;
            only = person;
        }
    return only;
}

}  // namespace

void resolve_turn_speakers(const std::string& title, const std::string& body,
                           std::vector<std::optional<std::string>>& speakers,
                           const SpeakerTable& table, const OfficeScope& scope,
                           std::vector<std::string>* evidence) {
    const std::string text = title + "\n" + body;
    // People who have turns of their own under their name are not the holder of an office
    // another label names (`THE PRESIDENT:` beside `PRESIDENT ZELENSKYY:`).
    std::set<std::string> labelled;
    for (const auto& s : speakers)
        if (s && !office_only(*s) && !nameless_label(schema::fold(*s)))
            labelled.insert(surname_of(*s));
    // (`Biden Upon Return`, `Andrzej Duda`: any word of the name the office is followed by.)
    auto labelled_name = [&](const std::string& name) {
        for (const auto& w : split_words(name))
            if (labelled.count(schema::fold(w))) return true;
        return false;
    };
    std::map<std::string, std::optional<std::string>> resolved;
    std::map<std::string, std::string> office_notes;  // label → the office that named it
    if (evidence) evidence->assign(speakers.size(), {});
    const auto labels = speakers;  // as the labels give them, before any is resolved
    for (std::size_t i = 0; i < speakers.size(); ++i) {
        auto& speaker = speakers[i];
        if (!speaker) continue;
        const auto label = *speaker;
        auto [at, fresh] = resolved.try_emplace(*speaker);
        if (fresh) {
            auto& out = at->second;
            const auto folded = schema::fold(*speaker);
            if (nameless_label(folded)) {
                out = std::nullopt;
            } else if (auto office = office_only(*speaker)) {
                out = speaker;
                for (const auto* part : {&title, &body}) {
                    if (out != speaker) break;
                    for (const auto& name : holders_named(*part, *office))
                        if (!labelled_name(name)) {
                            out = person_named(name, text, table);
                            break;
                        }
                }
                // The article names no holder: the one the speaker table gives the office
                // on the article's date.
                if (out == speaker) {
                    if (auto holder = office_holder(join_words(*office), scope, table)) {
                        out = holder->name;
                        office_notes[label] = office_evidence(*holder, scope);
                    }
                }
                // Every holder the title names has a label of their own and the table gives
                // the office no holder: the first the title names, the host, whose label
                // turned to the office alone (`PRESIDENT BIDEN:`, later `THE PRESIDENT:`).
                if (out == speaker)
                    if (const auto named = holders_named(title, *office); !named.empty())
                        out = person_named(named.front(), text, table);
            } else if (auto initialled = initial_and_surname(*speaker)) {
                // `S.Lavrov:`, `V. Putin:`: the surname's full name, if its first name
                // starts with that initial.
                out = *speaker;
                if (auto full = full_name(initialled->second, text, table);
                    full && split_words(*full).size() >= 2 && full->front() == initialled->first)
                    out = full;
                // (`M.Oreshkin:` after `Minister of Economic Development Maxim Oreshkin:`:
                // the one full name another label gives that surname and initial.)
                std::set<std::string> named;
                for (const auto& other : labels) {
                    const auto words = other ? split_words(*other) : std::vector<std::string>{};
                    const auto& first = words.size() >= 2 ? words[words.size() - 2] : "";
                    if (!first.empty() && first.front() == initialled->first &&
                        surname_of(*other) == schema::fold(initialled->second))
                        named.insert(first + " " + words.back());
                }
                if (out == *speaker && named.size() == 1) out = *named.begin();
            } else {
                out = full_name(*speaker, text, table).value_or(*speaker);
                // `MS. SANDERS:` in a 2021 text, the table holding two people of that surname:
                // the one whose office the table dates to the text's day.
                if (out == *speaker && split_words(*speaker).size() == 1)
                    if (auto holder = surname_in_office(folded, table, scope.date)) out = holder;
                if (out == *speaker && split_words(*speaker).size() == 1 && !table.canonical(*speaker))
                    if (auto first = first_name_thanked(body, folded)) {
                        const auto full = *first + " " + *speaker;
                        out = table.canonical(full).value_or(full);
                    }
                if (split_words(*speaker).size() == 1 && !table.canonical(*speaker))
                    if (const auto office = label_office(body, schema::fold(*speaker));
                        !office.empty())
                        if (auto holder =
                                office_label_holder(schema::fold(*speaker), office, text, table))
                            out = holder;
            }
        }
        speaker = at->second;
        if (evidence && office_notes.count(label)) (*evidence)[i] = office_notes[label];
    }
    // `PRESIDENT ZELENSKKY:` once among `PRESIDENT ZELENSKYY:` turns: a surname label that
    // nothing else names, one slip of the keyboard from another label's, is that speaker.
    std::map<std::string, std::string> named_by;  // a label's surname → whom it resolved to
    for (const auto& [label, out] : resolved)
        if (out && *out != label) named_by[surname_of(label)] = *out;
    std::map<std::string, std::string> slips;
    for (const auto& [label, out] : resolved) {
        const auto surname = surname_of(label);
        if (!out || *out != label || split_words(label).size() != 1 || surname.size() < 5 ||
            table.canonical(label))
            continue;
        std::optional<std::string> only;
        bool several = false;
        for (const auto& [other, person] : named_by)
            if (other.size() >= 5 && other[0] == surname[0] && one_slip_apart(surname, other)) {
                several = several || (only && *only != person);
                only = person;
            }
        if (only && !several) slips[label] = *only;
    }
    for (auto& speaker : speakers)
        if (speaker && slips.count(*speaker)) speaker = slips[*speaker];
    join_spelling_variants(speakers, table);
}

}  // namespace newsdex::attribution
