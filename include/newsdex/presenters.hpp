#pragma once
// Renders search responses for people (text) and programs (JSON).

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "newsdex/searcher.hpp"

namespace newsdex {

/// The hit's snippet as HTML-safe text with <mark>…</mark> around matched words, and "…"
/// where it was cut.
std::string marked_snippet(const SearchHit& hit);

/// {query, total_estimate, results: [{rank, score, passage_id, article_id, title, date,
/// source, path, kind, paragraph, speaker, topics, text, snippet}]}; unknown date/speaker
/// are null; `paragraph` is the ordinal of the paragraph passage a quote was taken from.
nlohmann::ordered_json to_json(const SearchResponse& response);

struct TextStyle {
    bool color = false;  ///< ANSI bold for matches; off when piped or under NO_COLOR
};

void print_text(std::ostream& out, const SearchResponse& response, const TextStyle& style);

}  // namespace newsdex
