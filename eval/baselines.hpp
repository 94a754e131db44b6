#pragma once
// The two reference rankers newsdex is measured against, each indexing the collection its own
// way: SQLite FTS5 with bm25(), and Xapian with nothing but its defaults.

#include <cstddef>

#include "collection.hpp"

namespace newsdex::eval {

/// FTS5 (tokenizer `porter unicode61`, in memory), each query an OR of its words, ranked by
/// bm25() (k1 1.2, b 0.75), top `depth`. Throws std::runtime_error on SQLite errors.
Run fts5_run(const Documents& docs, const std::vector<Query>& queries, std::size_t depth);

/// An in-memory Xapian database built with TermGenerator (English stemmer, STEM_SOME);
/// queries through QueryParser with the same stemmer and FLAG_DEFAULT (a query it cannot
/// parse is retried without flags); BM25Weight defaults (k1 1, b 0.5), top `depth`.
Run plain_xapian_run(const Documents& docs, const std::vector<Query>& queries,
                     std::size_t depth);

}  // namespace newsdex::eval
