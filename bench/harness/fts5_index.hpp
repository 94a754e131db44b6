#pragma once
// The FTS5 peer's indexer: every corpus file one row (path, body) of an FTS5 table with the
// `porter unicode61` tokenizer, all in one transaction.

#include <string>

#include "corpus_files.hpp"

namespace newsdex::bench {

/// Creates `db_path` (which must not exist). Throws std::runtime_error.
void build_fts5(const CorpusFiles& corpus, const std::string& db_path);

}  // namespace newsdex::bench
