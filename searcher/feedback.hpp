#pragma once
// Pseudo-relevance feedback: words that stand out in the best first results (Bo1, Xapian's
// ESet) are added to the query, weighted below the user's own words.

#include <xapian.h>

#include <map>
#include <string>

#include "newsdex/searcher.hpp"
#include "proximity.hpp"

namespace newsdex {

struct Expansion {
    Xapian::Query query;          ///< the query to run: the original one, expanded or not
    /// Terms feedback added (not to be highlighted), with the factor their weight is scaled by.
    std::map<std::string, double> added;
};

/// Takes `top` (the first passages `query` ranked on `enquire`, best first) as relevant and
/// adds the ranking.feedback_terms best body terms of them. The added terms only reorder
/// what `query` matches unless `widen`.
Expansion expand(Xapian::Enquire& enquire, const Xapian::Query& query,
                 const std::vector<Scored>& top, const Ranking& ranking, bool widen);

}  // namespace newsdex
