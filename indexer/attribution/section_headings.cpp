#include "internal/section_headings.hpp"

#include <cctype>
#include <set>

#include "internal/name_parts.hpp"
#include "internal/tokenizer.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// Longer than this is a sentence, not a heading.
constexpr std::size_t kMaxHeadingWords = 12;

// Where the heading's person ends and the occasion begins (`on Meet the Press`, `at the
// briefing`, `, in an interview`).
bool occasion_starts(const std::string& word) {
    return word == "on" || word == "at" || word == "in" || word == "with" || word == "to" ||
           word == "during" || word == "—" || word == "–" || word == "-";
}

}  // namespace

bool opens_with_quote(std::string_view paragraph) {
    const auto text = trim_blanks(paragraph);
    return text.starts_with("\u201C") || text.starts_with('"') || text.starts_with("\u00AB");
}

std::optional<HeadingSpeaker> heading_speaker(std::string_view heading, std::string_view next,
                                              const SpeakerTable& table) {
    const auto text = trim_blanks(heading);
    if (text.empty() || !opens_with_quote(next) ||
        !std::isupper(static_cast<unsigned char>(text[0])))
        return std::nullopt;
    // A heading: no sentence's end, no quotation of its own.
    if (std::string_view(".!?:;,)\"").find(text.back()) != std::string_view::npos)
        return std::nullopt;
    for (std::string_view mark : {"\u201C", "\u201D", "\"", "\u00AB", "\u00BB"})
        if (text.find(mark) != std::string_view::npos) return std::nullopt;
    const auto words = split_words(text);
    if (words.size() > kMaxHeadingWords) return std::nullopt;

    std::vector<std::string> person;
    for (const auto& w : words) {
        if (occasion_starts(w)) break;
        if (w.back() == ',') {
            person.push_back(w.substr(0, w.size() - 1));
            break;
        }
        person.push_back(w);
    }
    // An office with its department (`Secretary of State`) then the name, all but the small
    // words capitalised.
    for (const auto& w : person)
        if (!starts_upper(w) && w != "of" && w != "the" && w != "for" && w != "and")
            return std::nullopt;
    std::string phrase;
    for (const auto& w : person) phrase += (phrase.empty() ? "" : " ") + w;
    const auto checked = person_name(phrase, table);
    if (!checked) return std::nullopt;
    // `Secretary Rubio` is too short for person_name to strip: its office goes here.
    const auto name_words = split_title(split_words(*checked)).name;
    const auto titles = split_title(person).titles;
    if (name_words.empty() || (name_words.size() < 2 && titles.empty())) return std::nullopt;
    // An office ends in its noun (`Foreign Minister`); a modifier alone before capitalised
    // words is a heading's topic (`Foreign Policy Voices`), not an office and a name.
    if (!titles.empty()) {
        static const std::set<std::string, std::less<>> kModifiers = {
            "foreign", "defence", "defense", "deputy", "vice",  "former",   "acting",
            "senior",  "first",   "interior", "finance", "trade", "economy", "prime"};
        auto last = schema::fold(titles.back());
        if (!last.empty() && last.back() == '.') last.pop_back();
        if (kModifiers.contains(last)) return std::nullopt;
    }
    HeadingSpeaker out;
    for (const auto& w : name_words) {
        const auto folded = schema::fold(w);
        if (!starts_upper(w) || is_organisation_word(folded) || is_title_word(folded) ||
            is_sentence_opener(folded))
            return std::nullopt;
        out.name += (out.name.empty() ? "" : " ") + w;
    }
    // Capitalised words are a person's name when an office stands before them, the speaker
    // table knows them, or they open with a first name (not `Energy Security`).
    if (titles.empty() && !table.canonical(out.name) &&
        gender_of_word(schema::fold(name_words.front())) == Gender::unknown)
        return std::nullopt;
    for (const auto& t : titles) out.titles.push_back(schema::fold(t));
    return out;
}

}  // namespace newsdex::attribution
