#pragma once
// Pseudo-relevance feedback: words that stand out in the best first results (Bo1, Xapian's
// ESet) are added to the query, weighted below the user's own words.

#include <xapian.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "newsdex/searcher.hpp"
#include "rescorer.hpp"

namespace newsdex {

struct Expansion {
    /// The query to run: the original one, or, when the added words widen it, the OR of it
    /// and them.
    Xapian::Query query;
    /// Terms feedback added (not to be highlighted), with the factor their weight is scaled by.
    std::map<std::string, double> added;
    /// `added` are in `query`; otherwise they only reorder what it ranks (see Rescorer).
    bool widened = false;
};

/// The standard deviation of `top`'s scores over their mean: how far the best passages
/// stand apart, read before feedback as a guess at how good the ranking is.
double score_spread(const std::vector<Scored>& top);

/// Of `ranked` (the query's best passages, best first), those feedback learns from: the
/// first ranking.feedback_docs that ranking.feedback_quotes and feedback_per_article let in,
/// then only those scoring at least ranking.feedback_min_share of the best; none when fewer
/// than ranking.feedback_min_docs remain or the scores spread less than
/// ranking.feedback_min_spread.
std::vector<Scored> feedback_passages(const Xapian::Database& db, std::vector<Scored> ranked,
                                      const Ranking& ranking);

/// Takes `top` (the first passages `query` ranked on `enquire`, best first) as relevant and
/// finds the ranking.feedback_terms best body terms of them. They widen the query only if
/// `widen`. `query_words`, the query's own content words, is what
/// ranking.feedback_interpolation weighs the added words against.
Expansion expand(Xapian::Enquire& enquire, const Xapian::Query& query,
                 const std::vector<Scored>& top, const Ranking& ranking, bool widen,
                 std::size_t query_words);

}  // namespace newsdex
