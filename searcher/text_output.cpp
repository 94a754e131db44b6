#include <cstdio>

#include "newsdex/display_text.hpp"
#include "newsdex/presenters.hpp"

namespace newsdex {

namespace {

constexpr const char* kMatch = "\x1b[1;31m";
constexpr const char* kTitle = "\x1b[1m";
constexpr const char* kSpeaker = "\x1b[32m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

// Text from the index shown safely (display_text), in colour when asked.
std::string styled(std::string_view text, const char* code, const TextStyle& style) {
    const auto shown = display_text(text, Whitespace::as_space);
    return style.color ? code + shown + kReset : shown;
}
std::string visible(std::string_view text) { return display_text(text, Whitespace::as_space); }

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The snippet as lines of at most `width` columns (counting code points), each match
// wrapped in colour codes when asked; colour codes take no columns.
std::vector<std::string> snippet_lines(const SearchHit& hit, const TextStyle& style,
                                       std::size_t width) {
    std::string_view text = hit.passage.text;
    struct Piece {
        std::string_view text;
        bool match;
    };
    std::vector<Piece> pieces;
    std::size_t pos = hit.snippet.begin;
    for (const auto& m : hit.matches) {
        if (m.begin < pos || m.end > hit.snippet.end) continue;
        pieces.push_back({text.substr(pos, m.begin - pos), false});
        pieces.push_back({text.substr(m.begin, m.end - m.begin), true});
        pos = m.end;
    }
    pieces.push_back({text.substr(pos, hit.snippet.end - pos), false});

    std::vector<std::string> lines(1, hit.snippet.begin > 0 ? "…" : "");
    std::size_t column = hit.snippet.begin > 0 ? 1 : 0;
    std::string word;
    std::size_t word_columns = 0;
    bool word_match = false;
    auto flush_word = [&] {
        if (word.empty()) return;
        if (width > 0 && column > 0 && column + word_columns > width) {
            while (!lines.back().empty() && lines.back().back() == ' ') lines.back().pop_back();
            lines.emplace_back();
            column = 0;
        }
        lines.back() += word_match && style.color ? kMatch + word + kReset : word;
        column += word_columns;
        word.clear();
        word_columns = 0;
    };
    for (const auto& piece : pieces) {
        for (char c : visible(piece.text)) {
            if (c == ' ') {
                flush_word();
                if (column > 0) {
                    lines.back() += ' ';
                    ++column;
                }
                continue;
            }
            if (word.empty()) word_match = piece.match;
            if (word_match != piece.match) {
                flush_word();
                word_match = piece.match;
            }
            word += c;
            if (!continuation_byte(c)) ++word_columns;
        }
        flush_word();
    }
    if (hit.snippet.end < text.size()) lines.back() += "…";
    return lines;
}

}  // namespace

namespace {
// Rank order, always: an article's title is shown again when its passages are not
// neighbours in the ranking, so ranks read 1, 2, 3 down the page.
void print_hits(std::ostream& out, const std::vector<SearchHit>& hits, const TextStyle& style) {
    const std::size_t text_width = style.width > 8 ? style.width - 7 : 0;
    const std::string* article = nullptr;
    for (const auto& hit : hits) {
        const auto& p = hit.passage;
        if (!article || *article != p.article_id) {
            if (article) out << '\n';
            article = &p.article_id;
            out << styled(p.title, kTitle, style);
            if (!p.date.empty()) out << "  " << visible(p.date);
            out << '\n';
        }
        char score[32];
        std::snprintf(score, sizeof score, "%.3f", hit.score);
        out << "  " << hit.rank << ". "
            << (p.speaker ? styled(*p.speaker, kSpeaker, style) : std::string("(no speaker)"))
            << " · " << to_string(p.kind) << " · "
            << styled(p.passage_id + "  [" + score + "]", kDim, style) << '\n';
        for (const auto& line : snippet_lines(hit, style, text_width))
            out << "     " << line << '\n';
        if (hit.more_in_article > 0)
            out << "     (+" << hit.more_in_article << " more in this article)\n";
        if (!hit.explanation.empty()) {
            out << "     " << styled("matched:", kDim, style);
            for (const auto& t : hit.explanation) {
                char weight[32];
                std::snprintf(weight, sizeof weight, "%.3f", t.weight);
                out << ' ' << visible(t.term) << '=' << weight;
            }
            out << '\n';
        }
    }
    if (article) out << '\n';
}

// "Blair", "Blair or Brown": the names as typed, each word capitalised.
std::string names_shown(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        bool start = true;
        for (char c : visible(names[i])) {
            out += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
            start = c == ' ' || c == '-';
        }
    }
    return out;
}
}  // namespace

void print_text(std::ostream& out, const SearchResponse& response, const TextStyle& style) {
    print_hits(out, response.hits, style);
    if (!response.also.empty()) {
        out << styled("Passages that mention " + names_shown(response.also_names) + ":", kTitle,
                      style)
            << "\n\n";
        print_hits(out, response.also, style);
    }
    for (const auto& facet : response.facets) {
        out << visible(facet.name) << ':';
        std::size_t shown = 0;
        for (const auto& v : facet.values) {
            if (style.facet_limit > 0 && shown == style.facet_limit) {
                out << "  … and " << facet.values.size() - shown << " more";
                break;
            }
            out << "  " << visible(v.value) << " (" << v.count << ")";
            ++shown;
        }
        out << '\n';
    }
    if (!response.facets.empty()) out << '\n';
    if (response.suggestion) out << "Did you mean: " << styled(*response.suggestion, kTitle, style) << '\n';
    char footer[96];
    std::snprintf(footer, sizeof footer, "%zu shown of about %zu matching passages (%.1f ms)\n",
                  response.hits.size(), response.total_estimate, response.seconds * 1000);
    out << footer;
    if (!response.also.empty())
        out << response.also.size() << " more that mention " << names_shown(response.also_names)
            << " (--no-also: the filter's passages only)\n";
}

}  // namespace newsdex
