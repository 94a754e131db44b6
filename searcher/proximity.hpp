#pragma once
// Proximity evidence: neighbouring query words found close together in a passage add a
// share of their weight to its score. Scored for the passages a query ranked, after the
// match: checking positions inside the match, for every passage that has both words,
// made searches four times slower.

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "newsdex/searcher.hpp"
#include "query_builder.hpp"

namespace newsdex {

/// One pair of neighbouring query words: `Za NEAR/2 Zb`, and the NEAR query that finds them
/// close together (Xapian weighs a NEAR match as the sum of its words' weights).
struct ProximityPart {
    std::string label;
    Xapian::Query query;
};

/// The query's pairs as NEAR queries; none when ranking.proximity_weight is 0.
std::vector<ProximityPart> proximity_parts(const ParsedQuery& parsed, const Ranking& ranking);

struct Scored {
    Xapian::docid docid;
    double score;
    std::string id_term;  ///< the passage's unique `Q` term; looked up when empty
};

/// What proximity adds to each of `passages` (absent: nothing): ranking.proximity_weight
/// times the weight of each of its pairs found close together, weighted like the query.
std::map<Xapian::docid, double> proximity_bonus(const Xapian::Database& db,
                                                const std::vector<ProximityPart>& parts,
                                                const std::vector<Scored>& passages,
                                                const Xapian::Weight& weighting,
                                                const Ranking& ranking);

/// `ranked` with each passage's proximity bonus added, best first again (ties keep their
/// order).
std::vector<Scored> rescore(const Xapian::Database& db, std::vector<Scored> ranked,
                            const std::vector<ProximityPart>& parts,
                            const Xapian::Weight& weighting, const Ranking& ranking);

/// The `n` best of the first 2n passages `query` ranks on `enquire` (weighting set, no sort
/// or collapse), once proximity is added; the first n when there are no parts.
std::vector<Scored> top_passages(const Xapian::Database& db, Xapian::Enquire& enquire,
                                 const Xapian::Query& query, Xapian::doccount n,
                                 const std::vector<ProximityPart>& parts,
                                 const Xapian::Weight& weighting, const Ranking& ranking);

}  // namespace newsdex
