#pragma once
// Decides who said each quotation of an article, and which paragraphs report one person's
// speech: attribution patterns around the quote (`“…,” Name said`, `Name told reporters:`,
// `according to Name`), names completed within the article and canonicalised through the
// speaker table, pronouns and role nouns resolved to earlier mentions, and quotes without
// an attribution continuing the running speaker. Short quoted terms with no speech verb
// (scare quotes) get no speaker.

#include <optional>
#include <string>
#include <vector>

#include "quote_extractor.hpp"
#include "speaker_table.hpp"

namespace newsdex {

struct AttributedQuote {
    ExtractedQuote quote;
    std::optional<std::string> speaker;
    bool scare = false;  ///< a quoted term, not speech
};

struct Attribution {
    std::vector<AttributedQuote> quotes;
    /// The one speaker whose speech (quoted or reported) a paragraph carries, if there is one.
    std::vector<std::optional<std::string>> paragraph_speakers;
};

struct AttributionInput {
    const std::vector<std::string>& paragraphs;
    const std::vector<std::string>& known_speakers;  ///< the article's front matter
    const SpeakerTable& table;
    /// Paragraphs that are transcript turns: their speaker is known, and quotes inside them
    /// are someone else's words, never continuations of the turn.
    std::vector<bool> turns = {};
};

Attribution attribute(const AttributionInput& input);

}  // namespace newsdex
