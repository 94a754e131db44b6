#include "greeted_askers.hpp"

#include <cctype>
#include <optional>

#include "attribution.hpp"

namespace newsdex {

namespace {

bool unnamed_question(const Passage& p) {
    return p.kind == PassageKind::turn && p.question && !p.speaker;
}

// `Jonathan Lemire.`: a turn of two or three capitalised words and nothing else, a host
// calling on the next asker.
std::optional<std::string> called_name(const std::string& text) {
    std::string t = text;
    while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.pop_back();
    std::size_t words = 0;
    bool start = true;
    for (unsigned char c : t) {
        if (c == ' ') {
            start = true;
            continue;
        }
        if (start) {
            if (!std::isupper(c)) return std::nullopt;
            ++words;
        } else if (!std::isalpha(c) && c != '-' && c != '\'') {
            return std::nullopt;
        }
        start = false;
    }
    if (words < 2 || words > 3) return std::nullopt;
    return t;
}

// The first words of an answer, to its first full stop: `Good morning, Mika.`, `Well,
// Jonathan, that's exactly right.` — the name among its first five words greets the asker.
std::optional<std::string> greeted(const std::string& answer,
                                   const std::vector<std::string>& names) {
    const auto end = answer.find_first_of(".!?");
    const auto head = answer.substr(0, end);
    std::vector<std::string> words;
    std::string w;
    for (char c : head + " ") {
        if (c == ' ' || c == ',' || c == ';') {
            if (!w.empty()) words.push_back(w);
            w.clear();
        } else {
            w += c;
        }
    }
    std::optional<std::string> found;
    for (std::size_t i = 0; i < words.size() && i < 5; ++i)
        for (const auto& name : names)
            if (name.substr(0, name.find(' ')) == words[i]) {
                if (found && *found != name) return std::nullopt;
                found = name;
            }
    return found;
}

}  // namespace

void name_greeted_askers(const std::string& title, std::vector<Passage>& paragraphs) {
    auto names = attribution::hosts_of_title(title);
    if (names.size() < 2) return;
    for (const auto& p : paragraphs)
        if (unnamed_question(p) && p.opens_turn)
            if (auto called = called_name(p.text)) names.push_back(*called);
    // The question runs, each with the answer turn after it.
    std::optional<std::string> asker;
    std::size_t i = 0;
    while (i < paragraphs.size()) {
        if (!unnamed_question(paragraphs[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < paragraphs.size() && paragraphs[end].kind == PassageKind::turn &&
               paragraphs[end].question)
            ++end;
        std::optional<std::string> answered;
        if (end < paragraphs.size() && paragraphs[end].kind == PassageKind::turn)
            answered = greeted(paragraphs[end].text, names);
        // A call line inside the run: what comes before it and the call are the last
        // asker's; what follows is the one called, whom the answer should greet.
        std::optional<std::string> current = answered ? answered : asker;
        for (std::size_t k = i; k < end; ++k) {
            if (auto called = called_name(paragraphs[k].text); called && paragraphs[k].opens_turn) {
                if (!paragraphs[k].speaker && asker) {
                    paragraphs[k].speaker = asker;
                    paragraphs[k].evidence += ", the host who has the floor calls the next asker";
                }
                current = called;
                continue;
            }
            if (!paragraphs[k].speaker && current) {
                paragraphs[k].speaker = current;
                paragraphs[k].evidence +=
                    ", the asker the answer greets or the host who has the floor";
            }
        }
        if (current) asker = current;
        i = end;
    }
}

}  // namespace newsdex
