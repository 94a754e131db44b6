#pragma once
// A stored passage and the database's statistics as JSON trees, for newsdex's own front ends
// (the CLI, the server, the Python module). Not installed. The search response has no tree:
// it is written once, as text, by response_json_text (presenters.hpp). The contract:
// docs/json.md.

#include <nlohmann/json.hpp>

#include "newsdex/passage_record.hpp"
#include "newsdex/stats.hpp"

namespace newsdex {

/// One stored passage on its own, as newsdex-serve's GET /passages/{id} answers:
/// {json_schema_version, passage_id, article_id, title, date, time, source, url, path,
/// language, kind, paragraph, speaker, topics, text}; unknown date/time/speaker are null.
nlohmann::ordered_json passage_json(const PassageRecord& passage);

/// {json_schema_version, articles, passages, speakers, first_date, last_date, last_indexed,
/// schema_version, positions, last_run}: newsdex-search --stats --format json. Unknown dates
/// are null; last_run is left out when no newsdex-index run wrote the database.
nlohmann::ordered_json stats_json(const DatabaseStats& stats);

}  // namespace newsdex
