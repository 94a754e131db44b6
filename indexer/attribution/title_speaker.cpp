#include <cctype>
#include <set>

#include "attribution.hpp"
#include "internal/full_names.hpp"
#include "internal/mixed_script.hpp"
#include "internal/name_parts.hpp"
#include "internal/tokenizer.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

bool person_like(const std::string& name) {
    const auto words = split_words(name);
    if (words.empty() || words.size() > 4) return false;
    for (const auto& w : words) {
        const auto folded = schema::fold(w);
        // A name is written in title case (`SUNDAY SHOWS` is a heading).
        if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) ||
            std::isupper(static_cast<unsigned char>(w[1])) ||
            is_title_word(folded) || is_organisation_word(folded) || folded == "the")
            return false;
    }
    return true;
}

// The words after `by` / `from` in `Statement by President Biden on …`, up to the word that
// starts what the statement is about.
std::string after_by(const std::string& title) {
    const auto words = split_words(title);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const auto lead = schema::fold(words[i]);
        // `Remarks of the Minister of Foreign Affairs Ara Aivazian for …`, `Answer of Deputy
        // Foreign Minister …`: `of` leads to the speaker as `by` does, where a title-case
        // office or name follows (not `Message of condolence`).
        const bool of = lead == "of";
        if (lead != "by" && lead != "from" && !of) continue;
        if (i == 0) return {};
        const auto kind = schema::fold(words[i - 1]);
        // `Press conference by NATO Secretary General …` opens with its one speaker's words.
        const bool conference = (kind == "conference" || kind == "briefing") && i >= 2 &&
                                schema::fold(words[i - 2]) == "press";
        const bool answer = kind == "answer" || kind == "answers" || kind == "comment" ||
                            kind == "commentary";
        if (kind != "statement" && kind != "statements" && kind != "remarks" && kind != "address" &&
            kind != "message" && kind != "op-ed" && kind != "letter" && kind != "speech" &&
            !conference && !answer) {
            // `… united by the feeling … – address by President …`: an agent's `by` earlier
            // in a headline leaves a later speech's `by` to be found.
            continue;
        }
        if (of) {
            // (`of the MFA Spokesperson …`: an office with its organisation after `the`.)
            const bool office_follows =
                i + 1 < words.size() &&
                (title_case(words[i + 1]) ||
                 (schema::fold(words[i + 1]) == "the" && i + 2 < words.size() &&
                  (is_title_word(schema::fold(words[i + 2])) ||
                   (i + 3 < words.size() &&
                    std::isupper(static_cast<unsigned char>(words[i + 2][0])) &&
                    is_title_word(schema::fold(words[i + 3]))))));
            if (!office_follows) continue;
        }
        // `Joint Statement by …`: a collective text has no one speaker.
        if (i >= 2 && schema::fold(words[i - 2]) == "joint") return {};
        // `Statement by the G7 …`, `by the Leaders of …`: a group, unless an office follows
        // (`by the Press Secretary`, which the name check refuses on its own).
        // (`by the NATO Secretary General`: an office with its organisation before it.)
        if (i + 2 < words.size() && schema::fold(words[i + 1]) == "the" &&
            !is_title_word(schema::fold(words[i + 2])) &&
            !(i + 3 < words.size() && std::isupper(static_cast<unsigned char>(words[i + 2][0])) &&
              is_title_word(schema::fold(words[i + 3]))))
            return {};
        auto stop = [](const std::string& folded) {
            return folded == "on" || folded == "at" || folded == "following" || folded == "to" ||
                   folded == "in" || folded == "regarding" || folded == "after" ||
                   folded == "before" || folded == "ahead" || folded == "with" ||
                   folded == "upon" || folded == "during";
        };
        // `… Ara Aivazian for the journalists`: `for` and a lower-case word start what the
        // text is for; `for Foreign Affairs`, `for the Secretary-General` are the office's.
        auto audience = [&](std::size_t k) {
            if (schema::fold(words[k]) != "for" || k + 1 >= words.size()) return false;
            const auto& next = words[k + 1];
            if (title_case(next)) return false;
            if (schema::fold(next) != "the") return true;
            return k + 2 >= words.size() || !title_case(words[k + 2]);
        };
        std::string out;
        for (std::size_t k = i + 1; k < words.size(); ++k) {
            auto w = words[k];
            const auto folded = schema::fold(w);
            // `Statement from Secretary Rubio and NSC Waltz`: two speakers, not one.
            if ((folded == "and" || folded == "&") && !out.empty()) return {};
            // `Address by President Volodymyr Zelensky 25/03/2022 11:00 P.M.`: a date or a
            // time after the name ends it.
            if (stop(folded) || audience(k) ||
                (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))))
                break;
            const bool ends = !w.empty() && (w.back() == ',' || w.back() == ':');
            while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.pop_back();
            out += (out.empty() ? "" : " ") + w;
            if (ends) {
                // `by President of Russia Vladimir Putin, Federal Chancellor of Germany
                // Angela Merkel … and …`: a list of signatories.
                for (std::size_t m = k + 1; m < words.size() && !stop(schema::fold(words[m])); ++m)
                    if (schema::fold(words[m]) == "and") return {};
                break;
            }
        }
        return out;
    }
    return {};
}

// `Presidential Message on …`, `Presidential Statement on …`, `Presidential Address to …`: a
// title opening with the office's adjective and a kind of speech.
bool presidential_speech(const std::string& title) {
    const auto words = split_words(title);
    if (words.size() < 2 || schema::fold(words[0]) != "presidential") return false;
    const auto kind = schema::fold(words[1]);
    return kind == "message" || kind == "statement" || kind == "address" || kind == "remarks";
}

// `Armenia-Azerbaijan Peace Negotiations by U.S. Secretary of State Antony J. Blinken`: a
// republished statement whose headline ends with its author, an office and a name after the
// last `by`, over a text whose first paragraph speaks as `I` outside any quotation. The
// words after `by`; empty for any other title.
std::string closing_byline(const std::string& title, const std::string& body) {
    const auto words = split_words(title);
    std::size_t at = words.size();
    for (std::size_t i = 1; i < words.size(); ++i)
        if (schema::fold(words[i]) == "by") at = i;
    if (at >= words.size() || words.size() - at - 1 < 2 || words.size() - at - 1 > 8) return {};
    std::vector<std::string> named;
    for (std::size_t k = at + 1; k < words.size(); ++k) {
        const auto folded = schema::fold(words[k]);
        // (`U.S.`, an abbreviation in capitals, is an office's word too.)
        const bool initials = words[k].size() >= 2 && words[k].back() == '.' &&
                              std::isupper(static_cast<unsigned char>(words[k][0]));
        if (!title_case(words[k]) && !initials && folded != "of" && folded != "the") return {};
        named.push_back(words[k]);
    }
    // The first paragraph, its quotations left out, in the first person singular.
    const auto from = body.find_first_not_of(" \t\r\n");
    if (from == std::string::npos) return {};
    std::string first = body.substr(from, body.find("\n\n", from) - from);
    bool quoted = false, speaks_as_i = false;
    std::string word;
    auto end_word = [&] {
        if (!quoted && (word == "I" || word.starts_with("I\u2019") || word.starts_with("I'")))
            speaks_as_i = true;
        word.clear();
    };
    for (std::size_t i = 0; i < first.size(); ++i) {
        if (first.compare(i, 3, "\u201C") == 0 || first.compare(i, 3, "\u201D") == 0 ||
            first[i] == '"') {
            end_word();
            quoted = first[i] == '"' ? !quoted : first.compare(i, 3, "\u201C") == 0;
            if (first[i] != '"') i += 2;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(first[i])) || first[i] == ',' ||
            first[i] == ';')
            end_word();
        else
            word += first[i];
    }
    end_word();
    return speaks_as_i ? join_words(named) : std::string();
}

// The subject of a headline that reports a speech being given, as government sites title
// them: `Foreign Secretary gives keynote speech in Ukraine`, `Prime Minister's statement on
// …`, `PM statement to the House`, `Defence Secretary delivers remarks at …`, and a ministry's
// `Aykhan Hajizada, head of … answers questions of local media`. The words before
// the verb, the possessive or the noun, up to a colon; empty when the headline is not of
// that form.
std::string speech_subject_of_headline(const std::string& title) {
    auto words = split_words(title.substr(0, title.find(':')));
    auto speech_noun = [](std::string w) {
        w = schema::fold(w);
        return w == "speech" || w == "statement" || w == "remarks" || w == "address";
    };
    // `Nikol Pashinyan’s Congratulatory Message on …`, `… ’s Video Address`: a message or an
    // address after the possessive, one word describing it between.
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        if (without_possessive(words[i]) == words[i]) continue;
        std::size_t k = i + 1;
        if (k + 1 < words.size() && title_case(words[k]) && !speech_noun(words[k]) &&
            schema::fold(words[k]) != "message" && schema::fold(words[k]) != "address")
            ++k;
        const auto noun = schema::fold(words[k]);
        if (noun != "message" && noun != "address") continue;
        std::string out;
        for (std::size_t m = 0; m <= i; ++m) {
            auto w = words[m];
            if (m == i) w = without_possessive(w);
            if (m == 0 && schema::fold(w) == "the") continue;
            if (!title_case(w) && !(m == 0 && w.size() <= 4)) return {};
            out += (out.empty() ? "" : " ") + w;
        }
        return split_words(out).size() <= 6 ? out : std::string();
    }
    for (std::size_t i = 1; i < words.size(); ++i) {
        auto folded = schema::fold(words[i]);
        std::size_t end = std::string::npos;  // the subject is words [0, end)
        if (folded == "gives" || folded == "delivers" || folded == "makes") {
            // `gives keynote speech`, `makes a statement`: the noun within three words.
            for (std::size_t k = i + 1; k < words.size() && k <= i + 3; ++k)
                if (speech_noun(words[k])) end = i;
        } else if (folded == "answers" || folded == "answered") {
            // `Aykhan Hajizada, head of the Press Service Department … answers questions of
            // local media`: the name before its office.
            for (std::size_t k = i + 1; k < words.size() && k <= i + 3; ++k) {
                const auto noun = schema::fold(words[k]);
                if (noun == "question" || noun == "questions" || noun == "query") end = i;
            }
            bool comma = false;
            for (std::size_t k = 0; k < end && end != std::string::npos; ++k)
                if (words[k].ends_with(',')) {
                    words[k].pop_back();
                    end = k + 1;
                    comma = true;
                }
            // `Head of the Press Service Department of the Ministry … Leyla Abdullayeva
            // answers the questions …`: the office first, the name last — the title-case
            // words that end the subject and are no office, two of them.
            if (!comma && end != std::string::npos && end > 4) {
                std::size_t first = end;
                while (first > 0 && title_case(words[first - 1]) &&
                       !is_title_word(schema::fold(words[first - 1])) &&
                       !is_organisation_word(schema::fold(words[first - 1])))
                    --first;
                if (end - first < 2) return {};
                words.erase(words.begin(), words.begin() + static_cast<long>(end - 2));
                end = 2;
            }
        } else if (speech_noun(words[i])) {
            // `Another Pashinian Statement Raises Eyebrows`: a verb after the noun makes the
            // headline a story about the statement; `… statement on …`, `… to the House` do not.
            if (i + 1 < words.size() && !words[i].ends_with(":")) {
                static const std::set<std::string, std::less<>> leads = {
                    "on", "to", "at", "in", "for", "following", "after", "about", "regarding",
                    "before", "ahead", "during", "with", "of", "by", "from", "upon", "-", "\u2013"};
                if (!leads.count(schema::fold(words[i + 1]))) return {};
            }
            end = i;
        }
        if (end == std::string::npos) continue;
        std::string out;
        for (std::size_t k = 0; k < end; ++k) {
            auto w = words[k];
            if (k + 1 == end && (w.ends_with("'s") || w.ends_with("\u2019s")))
                w = w.substr(0, w.size() - (w.ends_with("'s") ? 2 : 4));
            if (k == 0 && schema::fold(w) == "the") continue;
            out += (out.empty() ? "" : " ") + w;
        }
        // Two or three title-case words: an office or a name, not a sentence — nor a list
        // of people (`Pashinyan, Blinken Discuss Prague Statement`: a story about their talk).
        if (out.find(',') != std::string::npos) return {};
        const auto subject = split_words(out);
        if (subject.empty() || subject.size() > 4) return {};
        for (const auto& w : subject)
            if (!title_case(w)) return {};
        return out;
    }
    return {};
}

// The first paragraphs of a body that are headings or bylines: short lines with no
// sentence end, before the text proper starts.
std::vector<std::string> opening_lines(const std::string& body) {
    std::vector<std::string> out;
    std::size_t pos = 0, seen = 0;
    while (pos < body.size() && seen < 4) {
        auto end = body.find('\n', pos);
        if (end == std::string::npos) end = body.size();
        std::string line = body.substr(pos, end - pos);
        pos = end + 1;
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
        if (line.empty()) continue;
        ++seen;
        const auto words = split_words(line);
        if (words.size() > 30 || line.back() == '.') break;
        // `Remarks by President Charles Michel at the press conference following …:` over
        // the remarks is the last such line: the text proper follows it.
        if (line.back() == ':') {
            line.pop_back();
            if (!after_by(line).empty()) out.push_back(line);
            break;
        }
        out.push_back(line);
    }
    return out;
}

// `Remarks`, `Statement`, `Address`…: a title of a text one person delivers.
bool speech_title(const std::string& title) {
    for (auto w : split_words(title)) {
        w = schema::fold(w);
        while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.pop_back();
        if (w == "remarks" || w == "statement" || w == "address" || w == "speech" || w == "message")
            return true;
    }
    return false;
}

// A line that is a person's name and nothing else (`António Guterres`).
bool byline(const std::string& line) {
    const auto words = split_words(line);
    if (words.size() < 2 || words.size() > 4) return false;
    for (const auto& w : words)
        if (!title_case(w) || w.find_first_of(".,:;!?()[]") != std::string::npos) return false;
    return true;
}

// `No:134/21, Head of …`, `No. 263/22 - Comment of …`: a ministry's reference number before
// its title, which hides the title's colon-free form.
std::string without_reference_number(const std::string& title) {
    if (!title.starts_with("No:") && !title.starts_with("No.") && !title.starts_with("No "))
        return title;
    std::size_t i = 3;
    while (i < title.size() && title[i] == ' ') ++i;
    const std::size_t digits = i;
    while (i < title.size() && (std::isdigit(static_cast<unsigned char>(title[i])) ||
                                title[i] == '/' || title[i] == '-'))
        ++i;
    if (i == digits) return title;
    while (i < title.size() && (title[i] == ',' || title[i] == ' ' || title[i] == '-' ||
                                title[i] == ':'))
        ++i;
    return title.substr(i);
}

// The signature at the foot of a statement: a line that is a name and nothing else, followed
// by a line naming an office (`Peter Stano` / `Lead Spokesperson for Foreign Affairs and
// Security Policy`), among the last lines; empty when there is none.
std::string signature(const std::string& body) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < body.size()) {
        auto end = body.find('\n', pos);
        if (end == std::string::npos) end = body.size();
        std::string line = body.substr(pos, end - pos);
        pos = end + 1;
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
        if (!line.empty()) lines.push_back(line);
    }
    const std::size_t from = lines.size() > 4 ? lines.size() - 4 : 0;
    for (std::size_t i = from; i + 1 < lines.size(); ++i) {
        if (!byline(lines[i])) continue;
        bool office = false;
        for (const auto& w : split_words(lines[i + 1])) {
            auto folded = schema::fold(w);
            while (!folded.empty() && !std::isalpha(static_cast<unsigned char>(folded.back())))
                folded.pop_back();
            office = office || is_title_word(folded);
        }
        if (office && split_words(lines[i + 1]).size() <= 12) return lines[i];
    }
    return {};
}

// `Statement attributable to the Spokesperson for the Secretary-General – on Ukraine`: the
// office the spokesperson speaks for (`the Secretary-General`); empty for other titles.
std::string spoken_for(const std::string& title) {
    const auto words = split_words(title);
    for (std::size_t i = 0; i + 4 < words.size(); ++i) {
        if (schema::fold(words[i]) != "attributable" || schema::fold(words[i + 1]) != "to")
            continue;
        std::size_t k = i + 2;
        if (schema::fold(words[k]) == "the") ++k;
        const auto who = schema::fold(words[k]);
        if (!who.starts_with("spokes") || k + 2 >= words.size() ||
            schema::fold(words[k + 1]) != "for")
            return {};
        std::vector<std::string> office;
        for (std::size_t m = k + 2; m < words.size(); ++m) {
            auto w = words[m];
            if (!title_case(w) && schema::fold(w) != "the" && schema::fold(w) != "of") break;
            const bool ends = w.back() == ',' || w.back() == ':';
            while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.pop_back();
            office.push_back(w);
            if (ends) break;
        }
        return join_words(office);
    }
    return {};
}

}  // namespace

std::optional<std::string> speaker_of_heading(const std::string& line, const SpeakerTable& table) {
    if (opening_lines(line).empty()) return std::nullopt;
    auto named = after_by(line);
    if (named.empty()) return std::nullopt;
    auto name = person_name(named, table);
    if (!name) return std::nullopt;
    if (auto full = full_name(*name, line, table)) name = *full;
    if (!person_like(*name)) return std::nullopt;
    return name;
}

bool names_its_speaker(const std::string& paragraph, const std::string& speaker,
                       const SpeakerTable& table) {
    for (const auto& name : table.names_of(speaker))
        if (split_words(name).size() >= 2 && paragraph.find(name) != std::string::npos) return true;
    return split_words(speaker).size() >= 2 && paragraph.find(speaker) != std::string::npos;
}

// `Joint press point by NATO Secretary General Jens Stoltenberg and the President of Armenia,
// Armen Sarkissian` over a text that opens by addressing the second (`President Sarkissian,`):
// the first speaks first, and the words before any label are theirs. Empty otherwise.
std::string joint_opener(const std::string& title, const std::string& body) {
    const auto words = split_words(title);
    if (words.size() < 6 || schema::fold(words[0]) != "joint") return {};
    std::size_t by = 0;
    for (std::size_t i = 1; i < words.size() && i < 5 && !by; ++i) {
        const auto w = schema::fold(words[i]);
        if (w == "by" || w == "with") by = i;
    }
    const auto kind = by ? schema::fold(words[by - 1]) : std::string();
    if (kind != "point" && kind != "conference" && kind != "statements" && kind != "remarks")
        return {};
    std::size_t and_at = 0;
    for (std::size_t i = by + 1; i < words.size(); ++i)
        if (schema::fold(words[i]) == "and") {
            if (and_at) return {};  // three or more people
            and_at = i;
        }
    if (!and_at || and_at + 1 >= words.size()) return {};
    std::string second = words.back();
    while (!second.empty() && !std::isalpha(static_cast<unsigned char>(second.back())))
        second.pop_back();
    if (second.size() < 2) return {};
    // The body's first words: the second person's surname, after at most two title words,
    // then a comma.
    const auto first = split_words(body.substr(0, body.find_first_of("\n.!?")));
    bool addressed = false;
    for (std::size_t k = 0; k < first.size() && k < 3 && !addressed; ++k)
        addressed = first[k] == second + ",";
    if (!addressed) return {};
    std::string out;
    for (std::size_t k = by + 1; k < and_at; ++k) out += (out.empty() ? "" : " ") + words[k];
    return out;
}

std::optional<std::string> speaker_of_title(const std::string& given_title,
                                            const std::string& author, const std::string& body,
                                            const SpeakerTable& table, const OfficeScope& scope,
                                            std::string* evidence) {
    const std::string title = without_reference_number(latin_lookalikes(given_title));
    const std::string text = title + "\n" + body;
    auto settle = [&](const std::string& named) -> std::optional<std::string> {
        auto name = person_name(named, table).value_or(std::string());
        std::string bare;  // `President Biden` → Biden
        for (const auto& w : split_title(split_words(name)).name) bare += (bare.empty() ? "" : " ") + w;
        if (!bare.empty()) name = bare;
        if (auto full = full_name(name, text, table)) name = *full;
        if (!person_like(name)) return std::nullopt;
        return name;
    };
    if (!author.empty()) return settle(author);
    // `Address by the Foreign Minister of Armenia: UK response, July 2023`: a response to the
    // speech the title names, by someone else.
    if (const auto colon = title.find(": "); colon != std::string::npos) {
        const auto after = schema::fold(title.substr(colon + 2));
        if (after.find("response") != std::string::npos || after.find("reply") != std::string::npos)
            return std::nullopt;
    }
    if (auto named = after_by(title); !named.empty())
        if (auto name = settle(named)) return name;
    // The title names an office (`Secretary-General's remarks to …`, `Statement by the High
    // Representative on …`): a heading or a byline at the top of the text names the person
    // (`Statement by EU High Representative for Foreign Affairs Josep Borrell on …`, or
    // `António Guterres` alone on its line).
    const auto lines = opening_lines(body);
    for (const auto& line : lines)
        if (auto named = after_by(line); !named.empty())
            if (auto name = settle(named)) return name;
    // A byline is a name the speaker table knows: a dateline (`New York`) reads the same.
    if (speech_title(title))
        for (const auto& line : lines)
            if (byline(line) && table.canonical(line))
                if (auto name = settle(line)) return name;
    // `Statement by the Spokesperson on …` signed at its foot (`Peter Stano` / `Lead
    // Spokesperson for Foreign Affairs …`): the signature names the speaker.
    if (speech_title(title))
        if (auto signed_by = signature(body); !signed_by.empty())
            if (auto name = settle(signed_by)) return name;
    // `Statement attributable to the Spokesperson for the Secretary-General`: the spokesperson
    // speaks for the office's holder, whose statement it is.
    if (auto office = spoken_for(title); !office.empty())
        if (auto holder = office_holder(office, scope, table)) {
            if (evidence) *evidence = office_evidence(*holder, scope);
            return holder->name;
        }
    // `Statement by the President on …` with no name at the top: the office's holder on the
    // text's date, where the speaker table knows one (the source says which president).
    if (auto named = after_by(title); !named.empty())
        if (auto holder = office_holder(named, scope, table)) {
            if (evidence) *evidence = office_evidence(*holder, scope);
            return holder->name;
        }
    // `To the President of the Republic of Turkey His Excellency Mr. Recep Tayyip Erdogan`: a
    // letter a president's site prints under its addressee, written by that site's president.
    if (title.starts_with("To the ") || title.starts_with("To His ") ||
        title.starts_with("To Her "))
        if (auto holder = office_holder("President", scope, table);
            holder && title.find(holder->name) == std::string::npos) {
            if (evidence) *evidence = "a letter to the person its title names, " +
                                      office_evidence(*holder, scope);
            return holder->name;
        }
    // `Presidential Message on Armenian Remembrance Day`: the adjective names the office, whose
    // holder on the text's date wrote it, where the source says which country's president.
    if (presidential_speech(title))
        if (auto holder = office_holder("President", scope, table)) {
            if (evidence) *evidence = office_evidence(*holder, scope);
            return holder->name;
        }
    // `Foreign Secretary gives keynote speech in Ukraine`: a headline whose subject gives the
    // speech names the speaker, or an office whose holder on the text's date is the speaker.
    if (auto subject = speech_subject_of_headline(title); !subject.empty()) {
        // (A name the table does not know needs two words: `Press statement` is no one's.)
        if (table.canonical(subject) || split_words(subject).size() >= 2)
            if (auto name = settle(subject)) return name;
        if (auto holder = office_holder(subject, scope, table)) {
            if (evidence) *evidence = office_evidence(*holder, scope);
            return holder->name;
        }
    }
    if (auto named = joint_opener(title, body); !named.empty())
        if (auto name = settle(named)) return name;
    if (auto named = closing_byline(title, body); !named.empty())
        if (auto name = settle(named)) return name;
    // `ICYMI: Joe Biden: The U.S. won't back down …` — an op-ed's byline before its headline.
    std::string rest = title;
    if (rest.starts_with("ICYMI: ")) rest = rest.substr(7);
    // `Liz Truss – 2022 Statement on Sanctions on Russia`: a republisher's byline before a
    // dash, where the rest of the title says what kind of speech it is.
    for (const char* dash : {" \u2013 ", " \u2014 ", " - "})
        if (auto at = rest.find(dash); at != std::string::npos && at < 40) {
            const auto byline = rest.substr(0, at);
            const auto kind = schema::fold(rest.substr(at));
            const auto words = split_words(byline);
            const bool speech = kind.find("statement") != std::string::npos ||
                                kind.find("speech") != std::string::npos ||
                                kind.find("remarks") != std::string::npos ||
                                kind.find("address") != std::string::npos;
            if (speech && words.size() >= 2 && words.size() <= 3 &&
                !byline_written_about(title, body))
                if (auto name = settle(byline)) return name;
        }
    if (auto colon = rest.find(": "); colon != std::string::npos && colon < 40) {
        const auto byline = rest.substr(0, colon);
        const auto words = split_words(byline);
        // `Bagrat Galstanian: The Armenian Archbishop Taking On The Government` over a story
        // that writes of him by name: about him, not his op-ed.
        if (words.size() >= 2 && words.size() <= 3 && !byline_written_about(title, body))
            return settle(byline);
    }
    return std::nullopt;
}

bool byline_written_about(const std::string& title, const std::string& body) {
    const auto colon = title.find(": ");
    if (colon == std::string::npos || colon >= 40) return false;
    const auto byline = title.substr(0, colon);
    const auto words = split_words(byline);
    if (words.size() < 2 || words.size() > 3 || body.find(byline) == std::string::npos)
        return false;
    // `Shalva Papuashvili: Which law? I spoke so much …` quotes the person: a headline in the
    // first or second person, or of more than one sentence, is their words.
    const auto headline = title.substr(colon + 2);
    if (headline.find_first_of("?!.\"") != std::string::npos) return false;
    // A headline in quotation marks (`Nikol Pashinyan: “The implementation … is an absolute
    // priority”`) is theirs.
    for (const char* mark : {"\u201c", "\u201d", "\u00ab", "\u00bb"})
        if (headline.find(mark) != std::string::npos) return false;
    for (const auto& w : split_words(headline)) {
        const auto f = schema::fold(w);
        if (f == "i" || f == "we" || f == "you" || f == "my" || f == "our" || f == "us" ||
            f == "me" || f == "your")
            return false;
    }
    return true;
}

}  // namespace newsdex::attribution
