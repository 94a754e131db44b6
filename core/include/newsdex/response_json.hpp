#pragma once
// The search response as a JSON tree, for newsdex's own front ends (the CLI, the server, the
// Python module). Not installed: embedders get the same JSON as text from presenters.hpp.
// The contract: docs/json.md.

#include <nlohmann/json.hpp>
#include <vector>

#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"

namespace newsdex {

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

/// {facets: {name: [{value, count}]}, facet_totals: {name: distinct values}}: at most
/// `limit` values per facet (0: all), the totals saying how many there were.
nlohmann::ordered_json facets_json(const std::vector<Facet>& facets, std::size_t limit);

/// {json_schema_version, articles, passages, speakers, first_date, last_date, last_indexed,
/// schema_version, positions, last_run}: newsdex-search --stats --format json. Unknown dates
/// are null; last_run is left out when no newsdex-index run wrote the database.
nlohmann::ordered_json stats_json(const DatabaseStats& stats);

}  // namespace newsdex
