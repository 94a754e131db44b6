#include "struck_text.hpp"

#include "plain_text.hpp"

namespace newsdex {

bool is_struck_tag(std::string_view tag, bool& closing) {
    if (tag.size() < 3 || tag.front() != '<' || tag.back() != '>') return false;
    tag = tag.substr(1, tag.size() - 2);
    closing = !tag.empty() && tag.front() == '/';
    if (closing) tag.remove_prefix(1);
    const auto end = tag.find_first_of(" \t\r\n/");
    const auto name = ascii_lower(tag.substr(0, end));
    return name == "s" || name == "strike" || name == "del";
}

std::string resolve_struck_marks(std::string_view text) {
    // A correction is short and on one line: longer brackets are the text's own.
    constexpr std::size_t kMaxCorrection = 80;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != kStruckMark) {
            out += text[i];
            continue;
        }
        auto open = text.find_first_not_of(' ', i + 1);
        if (open == std::string_view::npos || text[open] != '[') continue;
        const auto close = text.find(']', open);
        if (close == std::string_view::npos || close - open - 1 > kMaxCorrection) continue;
        const auto correction = text.substr(open + 1, close - open - 1);
        if (correction.empty() || correction.find_first_of("\n[") != std::string_view::npos)
            continue;
        // The struck text's own spacing stays: `the <s>force</s> [face] of` reads `the face of`.
        out += correction;
        i = close;
    }
    return out;
}

}  // namespace newsdex
