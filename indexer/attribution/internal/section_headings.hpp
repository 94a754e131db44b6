#pragma once
// Round-ups that gather one person's remarks under a heading naming them (`Secretary of
// State Marco Rubio on Meet the Press`, then paragraphs that are only quotations).

#include <optional>
#include <string>
#include <string_view>

#include "attribution.hpp"

namespace newsdex::attribution {

struct HeadingSpeaker {
    std::string name;  ///< the person's name, offices dropped (`Marco Rubio`, `Rubio`)
    std::vector<std::string> titles;  ///< folded offices written before it (`secretary`)
};

/// The person a short heading paragraph names as the speaker of what follows, when `next`
/// (the paragraph after it) opens with a quotation: the heading's words before `on`, `at`,
/// `in`, `with`, `to`, a comma or a dash, a full name or an office and a surname. nullopt
/// for other paragraphs.
std::optional<HeadingSpeaker> heading_speaker(std::string_view heading, std::string_view next,
                                              const SpeakerTable& table);

/// Whether a paragraph opens with a quotation mark: under a heading, a paragraph of the
/// person's words.
bool opens_with_quote(std::string_view paragraph);

}  // namespace newsdex::attribution
