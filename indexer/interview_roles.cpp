// `Andrey Karaulov: …?` / `Heydar Aliyev: …` then `Question: …?` / `Answer: …`: the unnamed
// question and answer turns of a two-person interview are the named asker's and answerer's.

#include "interview_roles.hpp"

#include <cctype>
#include <map>
#include <string>

namespace newsdex {

namespace {

// `Answer`, `ANSWER`, `A`, `Answer (retranslated)`: a label that gives an answer and names no
// one. A `MODERATOR:` or `PARTICIPANT:` turn is no answer of the interview.
bool answer_label(const std::string& label) {
    std::string low;
    for (char c : label) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return low == "a" || low.starts_with("answer");
}

}  // namespace

void name_interview_roles(std::vector<Passage>& paragraphs) {
    // How many turns each named speaker opens, and how many of them ask something.
    std::map<std::string, std::pair<int, int>> named;  // speaker → (turns, asking turns)
    bool unnamed_question = false, unnamed_answer = false;
    for (const auto& p : paragraphs) {
        if (p.kind != PassageKind::turn || !p.opens_turn) continue;
        if (!p.speaker) {
            if (p.question) unnamed_question = true;
            else if (answer_label(p.label)) unnamed_answer = true;
            continue;
        }
        if (p.question) return;  // an asker the transcript names already
        auto& [turns, asking] = named[*p.speaker];
        ++turns;
        if (p.text.find('?') != std::string::npos) ++asking;
    }
    if (named.size() != 2 || !unnamed_question || !unnamed_answer) return;
    // `Andrey Karaulov: your Excellency, … Which type of problems was not solved?`: a
    // paragraph that opens with a named speaker's label but was read as no turn (its words
    // begin in lower case) still shows whether that speaker asks.
    for (const auto& p : paragraphs) {
        if (p.kind == PassageKind::turn) continue;
        for (auto& [speaker, counts] : named)
            if (p.text.starts_with(speaker + ":") && p.text.find('?') != std::string::npos)
                ++counts.second;
    }
    const auto& [first, first_counts] = *named.begin();
    const auto& [second, second_counts] = *named.rbegin();
    const bool first_asks = first_counts.second > 0, second_asks = second_counts.second > 0;
    if (first_asks == second_asks) return;
    const std::string asker = first_asks ? first : second;
    const std::string answerer = first_asks ? second : first;
    // A turn's paragraphs after its first carry its label's (missing) speaker too.
    const std::string* current = nullptr;
    for (auto& p : paragraphs) {
        if (p.kind != PassageKind::turn) {
            current = nullptr;
            continue;
        }
        if (p.opens_turn)
            current = p.speaker        ? nullptr
                      : p.question     ? &asker
                      : answer_label(p.label) ? &answerer
                                              : nullptr;
        if (!current || p.speaker) continue;
        p.speaker = *current;
        p.evidence += current == &asker ? ", the named turns' asker" : ", the named turns' answerer";
    }
}

}  // namespace newsdex
