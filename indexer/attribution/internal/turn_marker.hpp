#pragma once
// Transcript turn markers at the start of a paragraph — `[Title Name] …`, `NAME: …`,
// `Name: …`, `QUESTION:` / `Q:` — and the speaker's name a marker stands for.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

struct TurnMarker {
    std::string label;  ///< inside the brackets or before the colon
    std::string rest;   ///< the paragraph's text after the marker
    bool question = false;  ///< Q:/QUESTION: — the interviewer, who gets no named speaker
    bool answer = false;    ///< A:/ANSWER: — the interviewee
};

enum class MarkerStyle {
    strict,      ///< brackets and ALL-CAPS names only (safe outside transcripts)
    transcript,  ///< also `Title Case Name:`
};

std::optional<TurnMarker> find_turn_marker(std::string_view paragraph, MarkerStyle style);

/// The name a label stands for: title words dropped (`Ukrainian President Volodymyr
/// Zelensky` → `Volodymyr Zelensky`), capitals softened (`MAREN` → `Maren`), and completed
/// from the article's listed speakers when one contains every word (`Maren` → `Ilse Maren`).
/// nullopt for question markers, and for answer markers unless exactly one speaker is listed.
std::optional<std::string> speaker_from_marker(const TurnMarker& marker,
                                               const std::vector<std::string>& known_speakers);

}  // namespace newsdex
