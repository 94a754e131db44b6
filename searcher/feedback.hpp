#pragma once
// Pseudo-relevance feedback: words that stand out in the best first results (Bo1, Xapian's
// ESet) are added to the query, weighted below the user's own words.

#include <xapian.h>

#include <map>
#include <string>

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

/// Takes `top` (the first passages `query` ranked on `enquire`, best first) as relevant and
/// finds the ranking.feedback_terms best body terms of them. They widen the query only if
/// `widen`.
Expansion expand(Xapian::Enquire& enquire, const Xapian::Query& query,
                 const std::vector<Scored>& top, const Ranking& ranking, bool widen);

}  // namespace newsdex
