#pragma once
// The search response's JSON fields, written in this one place for every front end that
// prints or sends them: newsdex-search --format json and jsonl, newsdex-serve, the Python
// module and embedders (response_json_text). The contract: docs/json.md.

#include <cstddef>
#include <vector>

#include "json_writer.hpp"
#include "newsdex/searcher.hpp"

namespace newsdex {

/// The members of a search response object: json_schema_version, query, total_estimate,
/// suggestion, results, also and also_names when a speaker filter's section has passages,
/// and facets and facet_totals when counted. The caller opens and
/// closes the object, so it may put members (a query's id) before them.
void write_response_members(JsonWriter& w, const SearchResponse& response,
                            std::size_t facet_limit);

/// The members of one result: rank, score, passage_id, article_id, title, date, source,
/// path, kind, paragraph, speaker, topics, text, snippet, more_in_article, and explanation
/// when the search explained its scores.
void write_result_members(JsonWriter& w, const SearchHit& hit);

/// facets ({name: [{value, count}]}, at most `limit` values each, 0: all) and facet_totals
/// ({name: distinct values}). A facet asked for twice keeps its first place and its last
/// counts.
void write_facets(JsonWriter& w, const std::vector<Facet>& facets, std::size_t limit);

}  // namespace newsdex
