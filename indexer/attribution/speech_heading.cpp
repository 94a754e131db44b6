#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

std::optional<std::string> speech_heading_speaker(std::string_view paragraph) {
    auto words = split_words(paragraph);
    // A heading: a short line with no sentence or label in it.
    if (words.size() < 3 || words.size() > 16) return std::nullopt;
    const auto& last = words.back();
    if (last.find_first_of(".:;!?,\"") != std::string::npos) return std::nullopt;
    std::size_t i = 0;
    if (schema::fold(words[i]) == "the") ++i;
    if (i + 2 >= words.size()) return std::nullopt;
    const auto kind = schema::fold(words[i]);
    const auto by = schema::fold(words[i + 1]);
    // `Statement by President Ilham Aliyev` over a press release's statements reads the same.
    if ((kind != "speech" && kind != "address" && kind != "statement") ||
        (by != "of" && by != "by"))
        return std::nullopt;
    i += 2;
    if (schema::fold(words[i]) == "the") ++i;
    // What is left reads as a transcript's label (`President of the Republic of Azerbaijan
    // Ilham Aliyev`): its speaker is the name after the offices.
    std::string label;
    for (; i < words.size(); ++i) label += (label.empty() ? "" : " ") + words[i];
    if (!find_turn_marker(label + ": .", MarkerStyle::transcript)) return std::nullopt;
    TurnMarker marker;
    marker.label = label;
    auto name = speaker_from_marker(marker, {});
    if (!name || split_words(*name).size() < 2) return std::nullopt;
    return name;
}

}  // namespace newsdex::attribution
