#pragma once
// The introduction a reaction or round-up page writes before a speaker's words: a label at
// the start of a paragraph, ended by a colon (`Illinois Senator Dick Durbin: “…”`, `Jeremy
// Ben-Ami, President, J Street: The President did …`, `Harold Ford, Jr.: …`, `Chair Brett
// Guthrie (R-KY): …`), and whom it names.

#include <cstddef>
#include <optional>

#include "attribution.hpp"
#include "speech_subject.hpp"
#include "tokenizer.hpp"

namespace newsdex::attribution {

struct Introduction {
    enum Kind {
        person,  ///< one person: `name`
        group,   ///< two or more people (`Joseph Ataman and Clare Sebastian:`): no one speaker
        body,    ///< an organisation or a publication (`Americans for Prosperity:`)
    } kind = body;
    std::size_t colon = kNone;  ///< the token of the colon that ends the label
    Subject name;               ///< the person, for `person`
};

/// The introduction that opens a paragraph's tokens, within its first sentence (tokens
/// before `end`): a label of names, titles and the bodies they belong to, split by commas
/// into the name and its descriptions, with no verb, quote or pronoun in it. nullopt when
/// the paragraph does not open with one (`President Trump described his call:` is narration,
/// left to the speech verbs).
std::optional<Introduction> introduction(const Toks& toks, std::size_t end,
                                         const SpeakerTable& table);

}  // namespace newsdex::attribution
