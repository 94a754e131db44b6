#pragma once
// The version of the JSON the tools write for programs (docs/json.md, docs/newsdex.schema.json),
// carried by every JSON document and every JSON lines record.

namespace newsdex {

/// The key. Not `schema_version`: `newsdex-search --stats` already has that field, the
/// version of the index's schema.
inline constexpr char kJsonVersionKey[] = "json_schema_version";

/// Bumped only when a field is renamed, removed or changes type or meaning; new fields and
/// new record types come without a bump.
inline constexpr int kJsonVersion = 1;

}  // namespace newsdex
