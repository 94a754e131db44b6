#include "newsdex/article.hpp"

namespace newsdex {

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
    std::string body;
    for (const auto& paragraph : paragraphs) {
        std::string one;
        bool space = false;
        for (char c : paragraph) {
            const bool white =
                c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
            if (white) {
                space = !one.empty();
                continue;
            }
            if (space) one += ' ';
            space = false;
            one += c;
        }
        if (one.empty()) continue;
        if (!body.empty()) body += "\n\n";
        body += one;
    }
    return body;
}

std::string_view to_string(PassageKind kind) {
    switch (kind) {
        case PassageKind::paragraph: return "paragraph";
        case PassageKind::quote: return "quote";
        case PassageKind::turn: return "turn";
    }
    return "paragraph";
}

std::optional<PassageKind> passage_kind_from_string(std::string_view name) {
    if (name == "paragraph") return PassageKind::paragraph;
    if (name == "quote") return PassageKind::quote;
    if (name == "turn") return PassageKind::turn;
    return std::nullopt;
}

}  // namespace newsdex
