#pragma once
// Proximity evidence: neighbouring query words found close together in a passage add a
// share of their weight to its score. Scored for the passages a query ranked, after the
// match: checking positions inside the match, for every passage that has both words,
// made searches four times slower.

#include <xapian.h>

#include <map>
#include <memory>
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

/// Adds the proximity bonus to ranked passages: ranking.proximity_weight times the weight
/// of each pair found close together, weighted like the query. Remembers the bonuses it
/// worked out, so the feedback pass and the final one share them.
class ProximityScorer {
public:
    ProximityScorer(const Xapian::Database& db, std::vector<ProximityPart> parts,
                    const Xapian::Weight& weighting, double weight);

    const std::vector<ProximityPart>& parts() const { return parts_; }

    /// `ranked` with each passage's bonus added, best first again (ties keep their order).
    std::vector<Scored> rescore(std::vector<Scored> ranked);

private:
    void work_out(const std::vector<Scored>& passages);

    Xapian::Database db_;
    std::vector<ProximityPart> parts_;
    std::unique_ptr<Xapian::Weight> weighting_;
    double weight_;
    std::map<Xapian::docid, double> bonus_;  ///< every passage looked at; 0 if no pair is close
};

/// The `n` best of the first 2n passages `query` ranks on `enquire` (weighting set, no sort
/// or collapse), once proximity is added; the first n when there are no pairs.
std::vector<Scored> top_passages(Xapian::Enquire& enquire, const Xapian::Query& query,
                                 Xapian::doccount n, ProximityScorer& proximity);

}  // namespace newsdex
