#include "internal/introduction.hpp"

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "internal/name_parts.hpp"
#include "internal/word_lists.hpp"

namespace newsdex::attribution {

namespace {

// `Jr.`, `III`: part of the name before it, never a name of its own.
bool suffix_word(const Tok& t) {
    if (t.kind != Kind::word) return false;
    return t.low == "jr" || t.low == "sr" || t.low == "ii" || t.low == "iii" || t.low == "iv";
}

// Lower-case words of narration, never of a label: verbs, pronouns, auxiliaries.
// (`President Trump described his call with President Putin:` is a sentence.)
bool narration_word(const Tok& t) {
    if (t.kind != Kind::word || t.cap) return false;
    static const std::set<std::string, std::less<>> offices = {
        "acting", "ranking", "retired", "designated", "managing", "leading", "founding"};
    const auto& w = t.low;
    if (offices.count(w)) return false;
    return is_speech_verb(t) || is_pronoun(w) || auxiliary(w) || w == "his" || w == "her" ||
           w == "their" || w == "its" || w == "our" || w == "my" || w == "your" || w == "you" ||
           w.ends_with("ed") || w.ends_with("ing");
}

bool connector(const std::string& w) {
    return w == "of" || w == "for" || w == "on" || w == "at" || w == "to" || w == "and";
}

// A person's name is two words or more, or one with a title in front (`Sen. Cruz`).
bool full_enough(const Subject& s, std::size_t run_length) {
    return s.words.size() >= 2 || run_length > s.words.size();
}

struct Chunk {
    std::vector<std::size_t> tokens;  ///< outside parentheses
};

enum class Reading { nothing, person, group, body };

// What one comma-separated part of a label names: its last run of capitalised words is a
// person's name (`Illinois Senator Dick Durbin`), two people's (`Joseph Ataman and Clare
// Sebastian`), a body's (`Americans for Prosperity`, `Growth Energy`), or no name at all
// (`Chairman`, `former US ambassador to Ukraine`).
Reading read_chunk(const Toks& toks, const Chunk& chunk, const SpeakerTable& table, Subject& out) {
    std::size_t last = kNone;
    for (auto k : chunk.tokens)
        if (toks[k].kind == Kind::word) last = k;
    if (last == kNone || !name_token(toks[last])) return Reading::nothing;
    const std::size_t start = chunk.tokens.front();
    std::size_t first = last;
    while (first > start && name_token(toks[first - 1])) --first;
    // `Mr. Vice President, Mr. Speaker, Members of the Senate …:` opens a speech: an office
    // addressed with an honorific is a role, no one's name.
    auto s = make_name(toks, first, last, roles_before(toks, first, start));
    if (s.type != Subject::name) return Reading::nothing;
    // `The Wall Street Journal Editorial Board`, but not `Secretary of the Treasury Scott
    // Bessent`.
    if (toks[start].low == "the") return Reading::body;
    const std::size_t run = last - first + 1;
    // `Joseph Ataman and Clare Sebastian`: two people, each a name of their own.
    if (first >= start + 2 && (toks[first - 1].low == "and" || is_punct(toks[first - 1], "&")) &&
        name_token(toks[first - 2])) {
        std::size_t other_last = first - 2, other_first = other_last;
        while (other_first > start && name_token(toks[other_first - 1])) --other_first;
        auto other = make_name(toks, other_first, other_last, {});
        auto person = [&](const Subject& x, std::size_t length) {
            if (x.type != Subject::name || !full_enough(x, length)) return false;
            return person_name(join_words(x.words), table).has_value();
        };
        if (person(other, other_last - other_first + 1) && person(s, run)) return Reading::group;
    }
    if (!person_name(join_words(s.words), table)) return Reading::body;
    // `Americans for Prosperity`: one word after a connector ends a body's name.
    if (s.words.size() < 2 && first > start && connector(toks[first - 1].low)) return Reading::body;
    if (!full_enough(s, run)) return Reading::body;  // `AIPAC`, `POLITICO.eu`
    // `NEW YORK CITY:` is a dateline; round-up pages write names in title case.
    bool capitals = true;
    for (const auto& w : s.words)
        capitals = capitals && w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
                   std::isupper(static_cast<unsigned char>(w[1]));
    if (capitals) return Reading::nothing;
    out = s;
    return Reading::person;
}

}  // namespace

std::optional<Introduction> introduction(const Toks& toks, std::size_t end,
                                         const SpeakerTable& table) {
    if (toks.empty() || toks[0].kind != Kind::word || !toks[0].cap) return std::nullopt;
    std::size_t colon = kNone;
    for (std::size_t i = 0; i < end && i < 60; ++i) {
        if (is_punct(toks[i], ":")) {
            colon = i;
            break;
        }
        if (toks[i].kind == Kind::quote || is_speech_verb(toks[i])) return std::nullopt;
    }
    if (colon == kNone || colon == 0) return std::nullopt;

    // The label's parts between commas, parentheses (`(R-KY)`) left out.
    std::vector<Chunk> chunks(1);
    int depth = 0;
    for (std::size_t i = 0; i < colon; ++i) {
        if (is_punct(toks[i], "(")) {
            ++depth;
            continue;
        }
        if (is_punct(toks[i], ")")) {
            depth = depth > 0 ? depth - 1 : 0;
            continue;
        }
        if (depth > 0) continue;
        if (is_punct(toks[i], ",")) {
            if (!chunks.back().tokens.empty()) chunks.emplace_back();
            continue;
        }
        chunks.back().tokens.push_back(i);
    }
    if (chunks.back().tokens.empty()) chunks.pop_back();

    Introduction found;
    found.colon = colon;
    bool body = false;
    for (std::size_t c = 0; c < chunks.size(); ++c) {
        // Descriptions after the name may say anything (`a former US ambassador to Ukraine`);
        // the parts up to it must read as a label, not a sentence.
        for (auto k : chunks[c].tokens)
            if (narration_word(toks[k])) return std::nullopt;
        Subject s;
        auto reading = read_chunk(toks, chunks[c], table, s);
        if (reading == Reading::body) body = true;
        if (reading == Reading::group) {
            found.kind = Introduction::group;
            return found;
        }
        if (reading != Reading::person) continue;
        // `Harold Ford, Jr.:` — the suffix is written after a comma.
        if (c + 1 < chunks.size() && chunks[c + 1].tokens.size() == 1 &&
            suffix_word(toks[chunks[c + 1].tokens.front()]))
            s.words.push_back(toks[chunks[c + 1].tokens.front()].text);
        found.kind = Introduction::person;
        found.name = std::move(s);
        return found;
    }
    // An organisation introduces its quoted words (`AIPAC: “…”`); a place before a colon
    // and plain text is a dateline (`WASHINGTON: President Biden said …`).
    if (!body || colon + 1 >= toks.size() || toks[colon + 1].kind != Kind::quote)
        return std::nullopt;
    found.kind = Introduction::body;
    return found;
}

}  // namespace newsdex::attribution
