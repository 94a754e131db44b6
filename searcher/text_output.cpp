#include <cstdio>

#include "newsdex/presenters.hpp"

namespace newsdex {

namespace {

constexpr const char* kMatch = "\x1b[1;31m";
constexpr const char* kTitle = "\x1b[1m";
constexpr const char* kSpeaker = "\x1b[32m";
constexpr const char* kReset = "\x1b[0m";

std::string styled(const std::string& text, const char* code, const TextStyle& style) {
    return style.color ? code + text + kReset : text;
}

std::string snippet_text(const SearchHit& hit, const TextStyle& style) {
    std::string_view text = hit.passage.text;
    std::string out = hit.snippet.begin > 0 ? "…" : "";
    size_t pos = hit.snippet.begin;
    for (const auto& m : hit.matches) {
        if (m.begin < pos || m.end > hit.snippet.end) continue;
        out += text.substr(pos, m.begin - pos);
        out += styled(std::string(text.substr(m.begin, m.end - m.begin)), kMatch, style);
        pos = m.end;
    }
    out += text.substr(pos, hit.snippet.end - pos);
    if (hit.snippet.end < text.size()) out += "…";
    return out;
}

}  // namespace

void print_text(std::ostream& out, const SearchResponse& response, const TextStyle& style) {
    for (const auto& hit : response.hits) {
        const auto& p = hit.passage;
        char score[32];
        std::snprintf(score, sizeof score, "%.3f", hit.score);
        out << hit.rank << ". " << styled(p.title, kTitle, style) << "  [" << score << "]\n   ";
        if (!p.date.empty()) out << p.date << " · ";
        out << (p.speaker ? styled(*p.speaker, kSpeaker, style) : std::string("(no speaker)"))
            << " · " << to_string(p.kind) << " · " << p.passage_id << "\n   "
            << snippet_text(hit, style) << "\n\n";
    }
    char footer[96];
    std::snprintf(footer, sizeof footer, "%zu shown of about %zu matching passages (%.1f ms)\n",
                  response.hits.size(), response.total_estimate, response.seconds * 1000);
    out << footer;
}

}  // namespace newsdex
