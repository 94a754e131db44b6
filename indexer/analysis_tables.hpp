#pragma once
// Chooses and loads the speaker table, topic taxonomy and synonym groups a run analyses
// with, the same way for files, JSON lines and articles given in memory.

#include <memory>

#include "newsdex/indexer.hpp"
#include "passage_builder.hpp"
#include "synonyms.hpp"

namespace newsdex {

/// The speaker table and taxonomy of options.speakers_path / options.topics_path, else
/// `speakers.yaml` / `topics.yaml` in the first of options.paths that has one, else the
/// installed defaults; the paths chosen go to report.speakers_path / report.topics_path.
AnalysisTables load_tables(const IndexOptions& options, IndexReport& report);

/// The tables load_tables would load, loaded once per process and shared for as long as
/// their files stay as they were (same file, size and modification time): a program that
/// opens an Index for each write, as newsdex-serve does, parses them only when they change.
std::shared_ptr<const AnalysisTables> shared_tables(const IndexOptions& options,
                                                    IndexReport& report);

/// `synonyms.yaml` of the first of options.paths that has one, and the speakers' aliases.
SynonymGroups synonym_groups(const IndexOptions& options, const AnalysisTables& tables);

}  // namespace newsdex
