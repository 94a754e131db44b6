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

/// One result as its own JSON object (with the query), for --format jsonl.
nlohmann::ordered_json result_json(const SearchHit& hit);

struct TextStyle {
    bool color = false;     ///< ANSI colour for matches; off when piped or under NO_COLOR
    std::size_t width = 0;  ///< wrap passages to this many columns; 0: no wrapping
};

/// Results grouped by article (in the order of each article's best passage), then a footer.
void print_text(std::ostream& out, const SearchResponse& response, const TextStyle& style);

/// Header line, then rank, score, passage_id, article_id, date, speaker, kind, title, text —
/// tab-separated, tabs and newlines inside fields replaced by spaces.
void print_tsv(std::ostream& out, const SearchResponse& response, bool header);

/// `qid Q0 article_id rank score tag`, one line per article (hits must be one per article).
void print_trec(std::ostream& out, const SearchResponse& response, const std::string& qid,
                const std::string& tag);

}  // namespace newsdex
