#pragma once
// Evidence weighed after the match, for the passages a query ranked: neighbouring query
// words found close together, and the words feedback adds to a query it only reorders.
// Inside the match, Xapian reads positions, or the long posting lists of common feedback
// words, for every passage the query matches: on the UN speeches that made searches
// several times slower.

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newsdex/searcher.hpp"
#include "position_check.hpp"
#include "query_builder.hpp"
#include "text_weights.hpp"

namespace newsdex {

/// One piece of evidence: the passages `query` matches (and `only_where` accepts, when set)
/// gain `weight` times the weight it gives them (a NEAR match weighs the sum of its words).
struct Evidence {
    std::string label;  ///< as --explain lists it: `Za NEAR/2 Zb`, or a feedback word
    Xapian::Query query;
    double weight;
    std::shared_ptr<const Xapian::MatchDecider> only_where = nullptr;
    /// With only_where: `query` is an AND (a phrase, a NEAR) of these words, weighed from
    /// the passages' text by TextWeights rather than by a match.
    std::vector<std::string> words_in_text = {};
};

/// The query's neighbouring pairs as NEAR queries (`Za NEAR/2 Zb`), held to the passages'
/// word positions by `words` on an index without them; none when ranking.proximity_weight
/// is 0.
std::vector<Evidence> proximity_evidence(const ParsedQuery& parsed, const Ranking& ranking,
                                         const Xapian::Database& db,
                                         std::shared_ptr<PassageWords> words);

/// On an index without positions, the weight Xapian gave phrases that only add weight to
/// passages where the phrase is not (its words are, elsewhere), taken back.
std::vector<Evidence> phrase_corrections(const QueryCheck* check);

/// Feedback's added words, each at the share of weight feedback gave it.
std::vector<Evidence> feedback_evidence(const std::map<std::string, double>& added);

struct Scored {
    Xapian::docid docid;
    double score;
    std::string id_term;  ///< the passage's unique `Q` term; looked up when empty
};

/// Adds evidence to ranked passages' scores, weighted like the query. Remembers what it
/// worked out, so passages ranked again (feedback's pass, then the final one) cost nothing.
class Rescorer {
public:
    /// `text` weighs the evidence that names its words_in_text.
    Rescorer(const Xapian::Database& db, std::vector<Evidence> evidence,
             const Xapian::Weight& weighting, std::shared_ptr<TextWeights> text = nullptr);

    const std::vector<Evidence>& evidence() const { return evidence_; }

    /// `ranked` with each passage's bonus added, best first again (ties keep their order).
    std::vector<Scored> rescore(std::vector<Scored> ranked);

    /// For evidence that only takes weight away: whether the `n` best of `ranked` (the best
    /// the match found, best first) are certain, because at least `n` passages keep at least
    /// the weight of the last one, which no passage left out could beat.
    bool settled(const Xapian::MSet& ranked, Xapian::doccount n);

    /// The `n` best of `ranked` once the evidence is added, best first (equal scores by
    /// document id, as Xapian orders them); with no evidence, the first `n` as they are.
    std::vector<Scored> best(const Xapian::MSet& ranked, Xapian::doccount n);

private:
    void work_out(const std::vector<Scored>& passages);

    Xapian::Database db_;
    std::vector<Evidence> evidence_;
    std::unique_ptr<Xapian::Weight> weighting_;
    std::shared_ptr<TextWeights> text_;
    std::map<Xapian::docid, double> bonus_;  ///< every passage looked at; 0 if nothing matched
};

/// The `n` best passages of `ranked` once each rescorer's evidence is added, in turn.
std::vector<Scored> top_passages(std::vector<Scored> ranked, Xapian::doccount n,
                                 const std::vector<Rescorer*>& rescorers);

}  // namespace newsdex
