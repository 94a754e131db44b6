// The question and answer turns of an interview printed inside a news story.

#include "internal/printed_interview.hpp"

#include <string_view>

#include "attribution.hpp"

namespace newsdex::attribution {

namespace {

std::string_view trimmed(const std::string& text) {
    const auto lead = text.find_first_not_of(" \t");
    if (lead == std::string::npos) return {};
    return std::string_view(text).substr(lead);
}

// The separators a label is written with: `Question:`, `Q.`, `Question - `, `Answer – `.
bool label_then(std::string_view t, std::string_view word) {
    if (!t.starts_with(word)) return false;
    const auto rest = t.substr(word.size());
    for (std::string_view sep : {": ", ". ", " - ", " \u2013 ", " \u2014 ", ":\u00a0"})
        if (rest.starts_with(sep)) return rest.size() > sep.size();
    return false;
}

InterviewLine labelled(const std::string& text) {
    const auto t = trimmed(text);
    for (std::string_view w : {"Question", "QUESTION", "Q"})
        if (label_then(t, w)) return InterviewLine::question;
    for (std::string_view w : {"Answer", "ANSWER", "A"})
        if (label_then(t, w)) return InterviewLine::answer;
    return InterviewLine::none;
}

// `- Mr. Minister, …`, `– We believe …`: a dash, a space and a capital (or a letter outside
// ASCII, whose case is not looked at). `- added Sybiha.` is an attribution line, not a turn.
bool dash_turn(const std::string& text) {
    auto t = trimmed(text);
    bool dashed = false;
    for (std::string_view dash : {"- ", "\u2013 ", "\u2014 "})
        if (t.starts_with(dash)) {
            t.remove_prefix(dash.size());
            dashed = true;
            break;
        }
    if (!dashed || t.empty()) return false;
    const auto c = static_cast<unsigned char>(t.front());
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// A dash turn's words without the dash and the space after it.
std::string_view dashless(const std::string& text) {
    auto t = trimmed(text);
    for (std::string_view dash : {"- ", "\u2013 ", "\u2014 "})
        if (t.starts_with(dash)) return t.substr(dash.size());
    return t;
}

// `Zohrab Mnatsakanyan: …`, `NV: …`: one to four capitalised words and a colon, a label
// naming whoever speaks next — not a question's or an answer's.
bool other_label(const std::string& text) {
    const auto t = trimmed(text);
    const auto colon = t.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 60) return false;
    int words = 0;
    for (std::size_t i = 0; i < colon; ++i) {
        if (i == 0 || t[i - 1] == ' ') {
            ++words;
            const auto c = static_cast<unsigned char>(t[i]);
            if (!((c >= 'A' && c <= 'Z') || c >= 0x80)) return false;
        }
        if (t[i] == ',' || t[i] == '.' || t[i] == '?') return false;
    }
    return words <= 4;
}

bool asks(const std::string& text) { return text.find('?') != std::string::npos; }

}  // namespace

std::vector<InterviewLine> printed_interview(const std::vector<std::string>& paragraphs) {
    std::vector<InterviewLine> lines(paragraphs.size(), InterviewLine::none);
    bool questions = false;
    for (const auto& p : paragraphs) questions = questions || labelled(p) == InterviewLine::question;
    if (questions) {
        // `Q. …` then `A. …`: an unlabelled paragraph goes on with the turn before it.
        InterviewLine running = InterviewLine::none;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (const auto l = labelled(paragraphs[i]); l != InterviewLine::none)
                running = l;
            else if (other_label(paragraphs[i]))
                running = InterviewLine::none;
            lines[i] = running;
        }
        return lines;
    }
    // Dash turns: where each opens, and whether its paragraphs ask anything.
    std::vector<std::size_t> opens;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        if (dash_turn(paragraphs[i])) opens.push_back(i);
    if (opens.size() < 2) return lines;
    std::vector<bool> turn_asks(opens.size(), false);
    for (std::size_t t = 0; t < opens.size(); ++t) {
        const std::size_t end = t + 1 < opens.size() ? opens[t + 1] : paragraphs.size();
        for (std::size_t i = opens[t]; i < end; ++i) turn_asks[t] = turn_asks[t] || asks(paragraphs[i]);
    }
    // `- Hello, Mr. President. Alexey Golovko, the Vesti program.`: an asker who greets and
    // names themself opens the interview as a question would, though asking nothing yet.
    const auto opener = std::string(dashless(paragraphs[opens[0]]));
    const bool introduces = !turn_asks[0] && opens.size() >= 3 && self_introduced(opener);
    std::size_t asking = 0, odd = 0;
    for (std::size_t t = 0; t < opens.size(); t += 2, ++odd)
        asking += turn_asks[t] || (t == 0 && introduces) ? 1 : 0;
    if (!(turn_asks[0] || introduces) || 2 * asking <= odd) return lines;
    for (std::size_t t = 0; t < opens.size(); ++t) {
        const std::size_t end = t + 1 < opens.size() ? opens[t + 1] : paragraphs.size();
        for (std::size_t i = opens[t]; i < end; ++i)
            lines[i] = t % 2 == 0 ? InterviewLine::question : InterviewLine::answer;
    }
    return lines;
}

}  // namespace newsdex::attribution
