#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "internal/tokenizer.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

std::string trim(std::string_view s) { return std::string(trim_blanks(s)); }

utf8proc_int32_t first_codepoint(std::string_view s) {
    utf8proc_int32_t cp = -1;
    utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                     static_cast<utf8proc_ssize_t>(s.size()), &cp);
    return cp;
}

bool upper_start(std::string_view word) {
    return !word.empty() && utf8proc_category(first_codepoint(word)) == UTF8PROC_CATEGORY_LU;
}

// Every letter upper case, at least two of them (so `A:` is handled as an answer marker).
bool all_caps(std::string_view word, int& letters) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
    utf8proc_ssize_t i = 0, size = static_cast<utf8proc_ssize_t>(word.size());
    while (i < size) {
        utf8proc_int32_t cp = -1;
        auto n = utf8proc_iterate(p + i, size - i, &cp);
        if (n <= 0) return false;
        auto cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LU) ++letters;
        else if (cat == UTF8PROC_CATEGORY_LL) return false;
        else if (cp != '.' && cp != '-' && cp != '\'' && cp != 0x2019) return false;
        i += n;
    }
    return true;
}

bool name_word(std::string_view word) {
    if (!upper_start(word)) return false;
    return std::none_of(word.begin(), word.end(), [](char c) {
        return c == ',' || c == ';' || c == '!' || c == '?' || c == '"' || c == '(';
    });
}

// The small words of an office's name (`Minister of Foreign Affairs`, `Secretary for`).
bool connector(std::string_view word) {
    const auto folded = schema::fold(std::string(word));
    return folded == "of" || folded == "the" || folded == "for" || folded == "and" ||
           folded == "on";
}

// The small words inside names (`Mohammed bin Salman`, `Ursula von der Leyen`) and the dash
// between two offices (`Deputy Prime Minister – Minister of Economic Development`).
bool name_particle(std::string_view word) {
    static const std::set<std::string, std::less<>> words = {
        "bin", "ibn", "bint", "al", "el", "de", "da", "di", "van", "von", "der", "den",
        "du", "la", "le", "dos", "das", "del", "–", "—"};
    return words.count(word) > 0;
}

// `JEAN-PIERRE` → `Jean-Pierre`, `O’BRIEN` → `O’Brien`: lower case but for the first letter
// and the letters after a hyphen or an apostrophe.
std::string soften_caps(const std::string& word) {
    int letters = 0;
    // `McCONNELL` → `McConnell`.
    if (word.size() > 4 && word.starts_with("Mc")) {
        const auto rest = soften_caps(word.substr(2));
        return rest == word.substr(2) ? word : "Mc" + rest;
    }
    if (!all_caps(word, letters) || letters < 2) return word;
    std::string out;
    bool upper = true;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
    utf8proc_ssize_t i = 0, size = static_cast<utf8proc_ssize_t>(word.size());
    while (i < size) {
        utf8proc_int32_t cp = -1;
        const auto n = utf8proc_iterate(p + i, size - i, &cp);
        if (n <= 0) return word;
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU) {
            if (!upper) cp = utf8proc_tolower(cp);
            upper = false;
        } else {
            upper = cp == '-' || cp == '\'' || cp == 0x2019;
        }
        utf8proc_uint8_t buffer[4];
        const auto written = utf8proc_encode_char(cp, buffer);
        out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(written));
        i += n;
    }
    return out;
}

// Notes in brackets on what was heard rather than who speaks: `[Applause]`, `[Laughter]`,
// `[Speaks Ukrainian]`, `[Inaudible]`, `[Through an interpreter]`.
bool stage_direction(const std::vector<std::string>& words) {
    static const std::set<std::string, std::less<>> notes = {
        "applause", "laughter", "laughs", "laughing", "inaudible", "unintelligible",
        "indiscernible", "crosstalk", "cross-talk", "speaks", "speaking", "music", "cheers",
        "cheering", "booing", "boos", "pause", "silence", "interruption", "interpreted",
        "interpretation", "interpreter", "translated", "translation", "retranslated", "audio",
        "video", "recess", "break", "chuckles", "coughs", "sic", "off-mic", "mic", "end",
        "begins", "ends"};
    for (const auto& w : words) {
        auto folded = schema::fold(w);
        while (!folded.empty() && (folded.back() == '.' || folded.back() == ',')) folded.pop_back();
        if (notes.count(folded)) return true;
    }
    return false;
}

// `MR. KIRBY. Thank you, Karine.`: a label typed with a full stop for its colon — an
// honorific and a surname in capitals, then the turn in a sentence of its own. (Not `MR.
// PRESIDENT.`, the one addressed.)
std::optional<TurnMarker> full_stop_label(std::string_view paragraph) {
    static const std::set<std::string, std::less<>> honorifics = {"MR.", "MS.", "MRS.", "DR."};
    const auto space = paragraph.find(' ');
    if (space == std::string_view::npos || !honorifics.count(paragraph.substr(0, space)))
        return std::nullopt;
    std::size_t end = space;
    for (int word = 0; word < 2; ++word) {
        const auto from = end + 1;
        end = paragraph.find(' ', from);
        if (end == std::string_view::npos) return std::nullopt;
        const auto w = paragraph.substr(from, end - from);
        int letters = 0;
        if (!all_caps(w, letters) || letters < 2) return std::nullopt;
        if (w.back() != '.') continue;
        const auto name = w.substr(0, w.size() - 1);
        if (name.find('.') != std::string_view::npos || is_title_word(schema::fold(std::string(name))))
            return std::nullopt;
        TurnMarker marker;
        marker.label = std::string(paragraph.substr(0, end - 1));
        marker.rest = trim(paragraph.substr(end + 1));
        if (!upper_start(marker.rest)) return std::nullopt;
        return marker;
    }
    return std::nullopt;
}

// `Komsomolskaya Pravda Editor in Chief Vladimir Sungorkin:`: the small `in` of the office
// `Editor in Chief`.
bool editor_in_chief(const std::vector<std::string>& words, std::size_t i) {
    return words[i] == "in" && i > 0 && i + 1 < words.size() &&
           is_title_word(schema::fold(words[i - 1])) && schema::fold(words[i + 1]) == "chief";
}

// `Sergei Agafonov, Editor in Chief of Ogonyok magazine:`, `Vladimir Todorov, Editor in Chief
// of Lenta.ru:`: a name of two or three words, then after a comma an office opening with its
// title, its other words in any case.
bool name_then_office(const std::vector<std::string>& words) {
    if (words.size() < 4) return false;
    const std::size_t n = words[1].ends_with(',') ? 2
                          : (words.size() >= 5 && words[2].ends_with(',')) ? 3
                                                                            : 0;
    if (n == 0) return false;
    for (std::size_t i = 0; i < n; ++i) {
        auto w = words[i];
        if (i + 1 == n) w.pop_back();
        const auto folded = schema::fold(w);
        if (!name_word(w) || is_title_word(folded) || is_organisation_word(folded)) return false;
    }
    return is_title_word(schema::fold(words[n]));
}

// `Mirshahin Aghayev from REAL Television:`: an asker's name, then the channel or paper they
// come from — the name is the label's. (`Alexander Repin from the Nizhny Novgorod Region:
// “…”`, a viewer's words read out inside the host's turn, is told apart by its quotation
// mark, where the label opened no turn before.)
std::optional<std::string> name_from_outlet(const std::vector<std::string>& words) {
    std::size_t from = 0;
    while (from < words.size() && words[from] != "from") ++from;
    if (from < 2 || from > 3 || from + 1 >= words.size() || words.size() - from > 6)
        return std::nullopt;
    for (std::size_t i = 0; i < from; ++i) {
        const auto folded = schema::fold(words[i]);
        if (!name_word(words[i]) || is_title_word(folded) || is_organisation_word(folded) ||
            is_honorific(folded))
            return std::nullopt;
    }
    for (std::size_t i = from + 1; i < words.size(); ++i)
        if (!name_word(words[i]) && !connector(words[i])) return std::nullopt;
    if (!name_word(words.back())) return std::nullopt;
    return join_words(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(from)));
}

}  // namespace

std::optional<TurnMarker> find_turn_marker(std::string_view paragraph, MarkerStyle style) {
    TurnMarker marker;
    if (paragraph.starts_with('[')) {
        auto close = paragraph.find(']');
        if (close == std::string_view::npos || close > 120) return std::nullopt;
        marker.label = trim(paragraph.substr(1, close - 1));
        auto words = split_words(marker.label);
        if (words.empty() || words.size() > 8 || !upper_start(words.front()) ||
            stage_direction(words))
            return std::nullopt;
        marker.rest = trim(paragraph.substr(close + 1));
        // `[Senior administration official], can you say …`: a name put in for the one
        // addressed, not a turn's label.
        if (marker.rest.starts_with(',')) return std::nullopt;
        return marker;
    }

    // White House transcripts mark a question with `Q` and spaces, no colon; EU doorsteps
    // with `Q.` (`Q. [Inaudible] … on Russia …`, `Q. ¿Confía usted …`).
    const bool q_dot = paragraph.size() > 3 && paragraph.starts_with("Q. ");
    if (paragraph.size() > 2 && paragraph[0] == 'Q' &&
        (q_dot || (style == MarkerStyle::transcript && (paragraph[1] == ' ' || paragraph[1] == '\t')))) {
        marker.label = "Q";
        marker.rest = trim(paragraph.substr(paragraph[1] == '.' ? 2 : 1));
        marker.question = true;
        return marker;
    }
    if (style == MarkerStyle::transcript)
        if (auto marker = full_stop_label(paragraph)) return marker;
    auto colon = paragraph.find(':');
    // Kremlin labels name the office and country in full (`Prime Minister of the United
    // Kingdom of Great Britain and Northern Ireland Boris Johnson`).
    if (colon == std::string_view::npos || colon == 0 || colon > 120) return std::nullopt;
    if (colon + 1 < paragraph.size() && paragraph[colon + 1] != ' ') return std::nullopt;
    marker.label = trim(paragraph.substr(0, colon));
    marker.rest = trim(paragraph.substr(colon + 1));
    // `Question (retranslated):`, `Recep Tayyip Erdogan (via interpreter):` — a note on how
    // the words came to be there, not part of the name.
    if (marker.label.ends_with(')')) {
        const auto open = marker.label.rfind(" (");
        if (open == std::string::npos) return std::nullopt;
        const auto note = trim(std::string_view(marker.label).substr(open + 2,
                                                                     marker.label.size() - open - 3));
        marker.label = trim(std::string_view(marker.label).substr(0, open));
        // `Moderator (Oana Lungescu):`: the part played, then who plays it.
        const auto part = schema::fold(marker.label);
        const auto note_words = split_words(note);
        if ((part == "moderator" || part == "host" || part == "chair" || part == "presenter" ||
             part == "interviewer" || part == "spokesperson") &&
            note_words.size() >= 2 && note_words.size() <= 4 && !stage_direction(note_words) &&
            std::all_of(note_words.begin(), note_words.end(),
                        [](const auto& w) { return name_word(w) || name_particle(w); }))
            marker.label = note;
    }
    // `Oana Lungescu [NATO Spokesperson]:`, `Question [Sabine Siebold, Reuters]:`: the
    // office, or the asker and their outlet, in brackets after the label.
    if (marker.label.ends_with(']')) {
        const auto open = marker.label.rfind(" [");
        if (open == std::string::npos) return std::nullopt;
        const auto note = trim(std::string_view(marker.label).substr(open + 2,
                                                                     marker.label.size() - open - 3));
        marker.label = trim(std::string_view(marker.label).substr(0, open));
        const auto part = schema::fold(marker.label);
        if (part == "question" || part == "q") {
            std::string_view who = note;
            for (std::string_view cut : {",", " - ", " – ", " — ", " ("})
                who = who.substr(0, who.find(cut));
            const auto who_words = split_words(trim(who));
            if (who_words.size() >= 2 && who_words.size() <= 4 && !stage_direction(who_words) &&
                std::all_of(who_words.begin(), who_words.end(), [](const auto& w) {
                    return (name_word(w) && !is_title_word(schema::fold(w)) &&
                            !is_organisation_word(schema::fold(w))) ||
                           name_particle(w);
                }))
                marker.asker = trim(who);
        }
    }
    // `Briefer: Jen Psaki, Spokesperson`: a line naming who gives the briefing that follows.
    if (schema::fold(marker.label) == "briefer") {
        const auto name = marker.rest.substr(0, marker.rest.find(','));
        const auto name_words = split_words(name);
        if (name_words.size() < 2 || name_words.size() > 4 ||
            !std::all_of(name_words.begin(), name_words.end(),
                         [](const auto& w) { return name_word(w) || name_particle(w); }))
            return std::nullopt;
        marker.label = name;
    }
    auto words = split_words(marker.label);
    // `Fellow-Citizens of the Senate and House of Representatives:`, `Ladies and gentlemen:`,
    // `Members of the Congress:`: a speech's salutation to its hearers, not a speaker's label.
    if (!words.empty()) {
        static const std::set<std::string, std::less<>> addressed = {
            "fellow-citizens", "fellow", "ladies", "members", "dear", "excellencies",
            "friends", "citizens", "colleagues", "gentlemen", "to"};
        if (addressed.count(schema::fold(words.front()))) return std::nullopt;
    }
    const bool with_connectors =
        std::any_of(words.begin(), words.end(), [](const auto& w) { return connector(w); });
    // (`Deputy Chief of Staff of the Presidential Executive Office – Presidential Press
    // Secretary Dmitry Peskov:`: two offices joined by a dash.)
    // (`Eurasian Economic Commission Board Chairman Tigran Sargsyan:`, `Rosneft CEO Igor
    // Sechin:`: an office without `of` before the name, a title word among its words.)
    const bool office_before_name = style == MarkerStyle::transcript && words.size() >= 4 &&
                                    std::any_of(words.begin(), words.end() - 2, [](const auto& w) {
                                        return is_title_word(schema::fold(w));
                                    });
    const std::size_t most = with_connectors      ? (style == MarkerStyle::transcript ? 18u : 9u)
                             : office_before_name ? 9u
                                                  : 5u;
    if (words.empty() || words.size() > most) return std::nullopt;

    // A reporter's or journalist's turn is a question like `Q`'s: its asker is not named.
    // (`Reply:`: in a news conference, the asker answering the host back before the
    // question.)
    const auto folded_label = schema::fold(marker.label);
    if (marker.label == "Q" || folded_label == "question" || folded_label == "reporter" ||
        folded_label == "journalist" || folded_label == "reply") {
        marker.question = true;
        return marker;
    }
    if (marker.label == "A" || marker.label == "ANSWER" || marker.label == "Answer") {
        marker.answer = true;
        return marker;
    }
    int letters = 0;
    bool caps = std::all_of(words.begin(), words.end(),
                            [&](const std::string& w) { return all_caps(w, letters); });
    if (caps && letters >= 2) return marker;
    // Inside a speech, `First: we will support Ukraine.`, `Consider: three years ago …`,
    // `Ukraine: we stand with you.`: a word of the speaker's own before a colon. A turn in
    // title case opens with a capital, under a label that is no discourse word.
    if (!marker.rest.empty() && std::islower(static_cast<unsigned char>(marker.rest[0])))
        return std::nullopt;
    if (words.size() == 1) {
        const auto folded = schema::fold(words.front());
        if (is_sentence_opener(folded) || folded == "consider" || folded == "folks" ||
            folded == "look" || folded == "listen" || folded == "remember" || folded == "note" ||
            folded == "secondly" || folded == "thirdly" || folded == "firstly" ||
            folded == "lastly" || folded == "fourth" || folded == "fifth" || folded == "next")
            return std::nullopt;
    }
    // `President of Russia Vladimir Putin:`: a title, its country and a name, the small
    // words between them in lower case.
    // (`Civil Defence, Emergency Situations and Disaster Relief Minister Vladimir Puchkov:`:
    // an office's name may hold a list, its commas inside the label.)
    const auto listed = [&](std::size_t i) {
        const auto& w = words[i];
        return i > 0 && i + 3 < words.size() && w.size() > 1 && w.back() == ',' &&
               name_word(w.substr(0, w.size() - 1)) && with_connectors;
    };
    // (A title after the last comma with two words after it, so a greeting, `Dear Mr
    // President, Ladies and Gentlemen:`, is no office.)
    std::size_t last_comma = 0;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i].ends_with(',')) last_comma = i;
    bool titled = false;
    for (std::size_t i = last_comma + 1; i + 2 < words.size(); ++i)
        titled = titled || is_title_word(schema::fold(words[i]));
    // `And for President López Obrador: How will Mexico …`: a question turning to the next
    // person it asks; no speaker's label opens with a conjunction.
    const auto opener = schema::fold(words.front());
    if (opener == "and" || opener == "but" || opener == "or" || opener == "so" ||
        opener == "then" || opener == "also")
        return std::nullopt;
    if (style == MarkerStyle::transcript) {
        if (name_then_office(words)) return marker;
        if (auto name = name_from_outlet(words)) {
            marker.label = *name;
            return marker;
        }
    }
    bool shaped =
        style == MarkerStyle::transcript && name_word(words.front()) && name_word(words.back());
    for (std::size_t i = 0; shaped && i < words.size(); ++i)
        shaped = name_word(words[i]) || connector(words[i]) || name_particle(words[i]) ||
                 (titled && listed(i)) || editor_in_chief(words, i);
    if (shaped) return marker;
    return std::nullopt;
}

std::optional<TurnMarker> find_dash_marker(std::string_view paragraph) {
    std::size_t at = std::string_view::npos, width = 0;
    for (std::string_view dash : {" – ", " - ", " — "}) {
        const auto found = paragraph.find(dash);
        if (found < at) at = found, width = dash.size();
    }
    if (at == std::string_view::npos || at == 0 || at > 100) return std::nullopt;
    TurnMarker marker;
    marker.label = trim(paragraph.substr(0, at));
    marker.rest = trim(paragraph.substr(at + width));
    const auto words = split_words(marker.label);
    if (words.size() < 2 || words.size() > 9 || !upper_start(marker.rest)) return std::nullopt;
    bool shaped = name_word(words.front()) && name_word(words.back());
    for (const auto& w : words)
        shaped = shaped && (name_word(w) || connector(w) || name_particle(w)) &&
                 w.find(':') == std::string::npos && w.find('.') == std::string::npos;
    // The label ends on a person's name: no office, body or place among its last two words.
    for (std::size_t i = words.size() - 2; shaped && i < words.size(); ++i) {
        const auto folded = schema::fold(words[i]);
        shaped = !is_title_word(folded) && !is_organisation_word(folded) && !connector(words[i]);
    }
    if (!shaped) return std::nullopt;
    return marker;
}

std::optional<std::string> speaker_from_marker(const TurnMarker& marker,
                                               const std::vector<std::string>& known_speakers) {
    if (marker.question) {
        if (!marker.asker.empty()) return marker.asker;
        return std::nullopt;
    }
    if (marker.answer) {
        if (known_speakers.size() == 1) return known_speakers.front();
        return std::nullopt;
    }
    // An office with its country or department before the name (`President of Russia
    // Vladimir Putin`, `Minister of Foreign Affairs of Armenia Ararat Mirzoyan`): the name is
    // what follows the last `of` phrase — its connector and the one name word after it.
    auto label_words = split_words(marker.label);
    // `NATO Secretary General`: an organisation's office alone, no name — kept whole, for the
    // holder the text names to be found.
    if (label_words.size() >= 3 && is_organisation_word(schema::fold(label_words.front())) &&
        std::all_of(label_words.begin() + 1, label_words.end(),
                    [](const std::string& w) { return is_title_word(schema::fold(w)); })) {
        std::string office;
        for (const auto& w : label_words) office += (office.empty() ? "" : " ") + soften_caps(w);
        return office;
    }
    // `Ilham Aliyev, President of Azerbaijan`, `Sergei Lavrov, Foreign Minister of Russia`:
    // the name first, its office after a comma.
    if (label_words.size() >= 3 && (label_words[1].ends_with(',') ||
                                    (label_words.size() >= 4 && label_words[2].ends_with(',')))) {
        const std::size_t n = label_words[1].ends_with(',') ? 2 : 3;
        std::vector<std::string> name(label_words.begin(),
                                      label_words.begin() + static_cast<long>(n));
        name.back().pop_back();
        const bool office_after =
            std::any_of(label_words.begin() + static_cast<long>(n), label_words.end(),
                        [](const std::string& w) { return is_title_word(schema::fold(w)); });
        const bool named = std::all_of(name.begin(), name.end(), [](const std::string& w) {
            return name_word(w) && !is_title_word(schema::fold(w));
        });
        if (office_after && named) label_words = name;
    }
    // `PRESIDENT BIDEN AND PRESIDENT ZELENSKYY:`, `BIDEN AND ZELENSKYY:`: two people speak
    // together, no one person.
    for (std::size_t i = 1; i + 1 < label_words.size(); ++i) {
        const auto folded = schema::fold(label_words[i]);
        if (folded != "and" && folded != "&") continue;
        const bool other_connectors =
            std::any_of(label_words.begin(), label_words.end(), [&](const std::string& w) {
                return &w != &label_words[i] && connector(schema::fold(w));
            });
        // (`Civil Defence, Emergency Situations and Disaster Relief Minister Vladimir
        // Puchkov`: `and` inside the name of one office, its title word further on.)
        bool office_goes_on = false;
        for (std::size_t j = i + 2; j + 2 < label_words.size(); ++j)
            office_goes_on = office_goes_on || is_title_word(schema::fold(label_words[j]));
        if (office_goes_on && !is_title_word(schema::fold(label_words[i + 1]))) continue;
        if (is_title_word(schema::fold(label_words[i + 1])) || !other_connectors)
            return std::nullopt;
    }
    for (std::size_t i = label_words.size(); i-- > 0;)
        if (i > 0 && connector(label_words[i]) && i + 2 < label_words.size()) {
            label_words.erase(label_words.begin(), label_words.begin() + static_cast<long>(i) + 2);
            break;
        }
    std::vector<std::string> name_words;
    for (const auto& w : split_title(label_words).name) name_words.push_back(soften_caps(w));

    auto word_set = [](const std::string& text) {
        auto ws = schema::words(schema::fold(text));
        return std::set<std::string>(ws.begin(), ws.end());
    };
    auto label_word_set = word_set(marker.label);
    std::set<std::string> wanted;
    for (const auto& w : name_words) wanted.insert(schema::fold(w));
    for (const auto& known : known_speakers) {
        auto have = word_set(known);
        if (have.empty()) continue;
        if (std::includes(label_word_set.begin(), label_word_set.end(), have.begin(), have.end()) ||
            std::includes(have.begin(), have.end(), wanted.begin(), wanted.end()))
            return known;
    }
    return join_words(name_words);
}

}  // namespace newsdex::attribution
