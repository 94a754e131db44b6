#include "segmenter.hpp"

#include "turn_marker.hpp"

namespace newsdex {

namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\f\v") == std::string_view::npos; }

std::string_view trim(std::string_view s) {
    auto first = s.find_first_not_of(" \t\f\v");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\f\v") - first + 1);
}

// Markers count in transcripts, and in unlabelled articles where at least two paragraphs
// open with one (a lone `LONDON:` dateline does not make a transcript).
bool use_markers(const Article& article, const std::vector<std::string>& paragraphs) {
    if (article.kind == "transcript") return true;
    if (!article.kind.empty()) return false;
    int seen = 0;
    for (const auto& p : paragraphs)
        if (find_turn_marker(p, MarkerStyle::strict) && ++seen >= 2) return true;
    return false;
}

}  // namespace

std::vector<std::string> split_paragraphs(std::string_view body) {
    std::vector<std::string> out;
    std::string current;
    size_t pos = 0;
    while (pos <= body.size()) {
        auto end = body.find('\n', pos);
        if (end == std::string_view::npos) end = body.size();
        auto line = body.substr(pos, end - pos);
        if (blank(line)) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            if (!current.empty()) current += ' ';
            current += trim(line);
        }
        pos = end + 1;
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

std::vector<Passage> segment(const Article& article) {
    auto paragraphs = split_paragraphs(article.body);
    const bool markers = use_markers(article, paragraphs);
    const auto style = article.kind == "transcript" ? MarkerStyle::transcript : MarkerStyle::strict;

    std::vector<Passage> passages;
    bool in_turn = false;
    std::optional<std::string> turn_speaker;
    for (auto& text : paragraphs) {
        Passage passage;
        passage.topics = article.topics;
        if (markers) {
            if (auto marker = find_turn_marker(text, style)) {
                in_turn = true;
                turn_speaker = speaker_from_marker(*marker, article.speakers);
                text = marker->rest;
                if (text.empty()) continue;  // a marker on its own line: the turn follows
            }
        }
        if (in_turn) {
            passage.kind = PassageKind::turn;
            passage.speaker = turn_speaker;
        }
        passage.ordinal = static_cast<int>(passages.size());
        passage.text = std::move(text);
        passages.push_back(std::move(passage));
    }
    return passages;
}

}  // namespace newsdex
