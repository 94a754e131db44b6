#include "article_kind.hpp"

#include <array>
#include <utility>

#include "newsdex/display_text.hpp"

namespace newsdex {

namespace {

// Lower case, runs of spaces, hyphens and underscores made one space, trimmed.
std::string folded(std::string_view written) {
    std::string out;
    bool gap = false;
    for (char c : written) {
        if (c == ' ' || c == '-' || c == '_' || c == '\t') {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kNames{{
    {"news", "news"},
    {"article", "news"},
    {"story", "news"},
    {"report", "news"},
    {"declaration", "declaration"},
    {"joint declaration", "declaration"},
    {"statement", "declaration"},
    {"joint statement", "declaration"},
    {"press release", "declaration"},
    {"release", "declaration"},
    {"readout", "declaration"},
    {"communique", "declaration"},
    {"communiqué", "declaration"},
    {"speech", "declaration"},
    {"address", "declaration"},
    {"transcript", "transcript"},
    {"interview", "transcript"},
    {"press conference", "transcript"},
    {"news conference", "transcript"},
    {"briefing", "transcript"},
    {"press briefing", "transcript"},
}};

}  // namespace

std::optional<std::string> article_kind(std::string_view written) {
    const auto name = folded(written);
    if (name.empty()) return std::string();
    for (const auto& [known, kind] : kNames)
        if (name == known) return std::string(kind);
    return std::nullopt;
}

std::string unknown_kind_problem(std::string_view written) {
    return "kind '" + display_text(written) +
           "' is not one of news, declaration, transcript (or a name for one: statement, "
           "press release, speech, interview, press conference, briefing …)";
}

}  // namespace newsdex
