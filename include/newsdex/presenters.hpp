#pragma once
// Renders search responses for people (text) and programs (JSON).

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"

namespace newsdex {

/// The hit's snippet as HTML-safe text with <mark>…</mark> around matched words, and "…"
/// where it was cut.
std::string marked_snippet(const SearchHit& hit);

/// {json_schema_version, query, total_estimate, suggestion, results: [{rank, score,
/// passage_id, article_id, title, date, source, path, kind, paragraph, speaker, topics, text,
/// snippet, more_in_article}]}, with facets and facet_totals when counted; unknown
/// date/speaker are null; `paragraph` is the ordinal of the paragraph passage a quote was
/// taken from. `facet_limit`: at most this many values per facet (0: all).
nlohmann::ordered_json to_json(const SearchResponse& response, std::size_t facet_limit = 0);

/// One result as its own JSON object.
nlohmann::ordered_json result_json(const SearchHit& hit);

/// One stored passage on its own, as newsdex-serve's GET /passages/{id} answers:
/// {json_schema_version, passage_id, article_id, title, date, time, source, url, path,
/// language, kind, paragraph, speaker, topics, text}; unknown date/time/speaker are null.
nlohmann::ordered_json passage_json(const PassageRecord& passage);

/// {articles, passages, speakers, first_date, last_date, last_indexed, schema_version,
/// positions, last_run}: what `newsdex-search --stats` prints (without json_schema_version,
/// which the JSON forms put first); unknown dates are null, last_run only when recorded.
nlohmann::ordered_json stats_json(const DatabaseStats& stats);

/// {facets: {name: [{value, count}]}, facet_totals: {name: distinct values}}: at most
/// `limit` values per facet (0: all), the totals saying how many there were.
nlohmann::ordered_json facets_json(const std::vector<Facet>& facets, std::size_t limit);

/// --format jsonl: one `"type":"hit"` line per result, then one `"type":"summary"` line
/// (query, total_estimate, shown, suggestion, facets, elapsed_ms), so that a reader knows
/// where a query's answer ends; each carries `qid` when it is not empty, and
/// json_schema_version. The contract: docs/json.md.
void print_jsonl(std::ostream& out, const SearchResponse& response, const std::string& qid,
                 std::size_t facet_limit);

struct TextStyle {
    /// ANSI colour for matches; off when piped, under NO_COLOR or TERM=dumb
    bool color = false;
    std::size_t width = 0;         ///< wrap passages to this many columns; 0: no wrapping
    std::size_t facet_limit = 10;  ///< values shown per facet; 0: all
};

/// Results in rank order under their article's title (repeated when the article changes
/// between ranks), then facets and a footer.
void print_text(std::ostream& out, const SearchResponse& response, const TextStyle& style);

/// Header line, then rank, score, passage_id, article_id, date, speaker, kind, title, text —
/// tab-separated, tabs and newlines inside fields replaced by spaces.
void print_tsv(std::ostream& out, const SearchResponse& response, bool header);

/// `qid Q0 article_id rank score tag`, one line per article (hits must be one per article).
void print_trec(std::ostream& out, const SearchResponse& response, const std::string& qid,
                const std::string& tag);

}  // namespace newsdex
