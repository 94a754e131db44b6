#pragma once
// newsdex itself under evaluation: the collection indexed through newsdex-index's path
// (TSV input) and every query answered by search() with the searcher's defaults.

#include <cstddef>
#include <string>
#include <vector>

#include "collection.hpp"
#include "newsdex/indexer.hpp"
#include "newsdex/searcher.hpp"

namespace newsdex::eval {

/// Brings db_path up to date with the collection's docs.tsv (a no-op when it already is).
IndexReport index_collection(const Collection& collection, const std::string& db_path);

struct NewsdexRun {
    /// The list a user reads: the results, then a speaker filter's section of passages that
    /// name the speaker (SearchResponse::also).
    Run run;
    /// The results alone: what a speaker filter keeps.
    Run filter_only;
    /// Queries the default syntax refused (a stray quote, `word:`), answered as prose.
    std::size_t read_as_prose = 0;
};

/// Articles ranked by their best passage (per_article 1), top `depth`.
NewsdexRun newsdex_run(const Collection& collection, const std::string& db_path,
                       std::size_t depth, const Ranking& ranking);

struct RankingScores {
    Scores scores;
    std::size_t read_as_prose = 0;
};

/// newsdex_run() and evaluate() for each ranking, in order, on up to `threads` threads (the
/// runs share nothing but the database, read only), keeping only the scores.
std::vector<RankingScores> score_rankings(const Collection& collection, const std::string& db_path,
                                          std::size_t depth, const std::vector<Ranking>& rankings,
                                          unsigned threads);

}  // namespace newsdex::eval
