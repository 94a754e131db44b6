#include "feedback.hpp"

#include <algorithm>
#include <vector>

#include "newsdex/schema.hpp"

namespace newsdex {

namespace {

// Stemmed body terms only (fields and ids are not words), and no function words.
class BodyTerms : public Xapian::ExpandDecider {
public:
    bool operator()(const std::string& term) const override {
        if (term.size() < 3 || term.compare(0, schema::kStemmed.size(), schema::kStemmed) != 0)
            return false;
        // Title stems are `ZS` + stem: the word starts after the title prefix.
        const bool title = term.compare(schema::kStemmed.size(), schema::kTitle.size(), schema::kTitle) == 0;
        const auto word = term.substr(schema::kStemmed.size() + (title ? schema::kTitle.size() : 0));
        if (word.empty()) return false;
        if (std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); }))
            return false;
        return !schema::stopper()(word);
    }
};

}  // namespace

Expansion expand(Xapian::Enquire& enquire, const Xapian::Query& query,
                 const std::vector<Scored>& top, const Ranking& ranking, bool widen) {
    Expansion out{query, {}};
    if (ranking.feedback_docs == 0 || ranking.feedback_terms == 0 || query.empty()) return out;
    // A purely boolean query (a field, a date range) ranks nothing, so there is no "top".
    if (top.empty() || top.front().score <= 0) return out;
    Xapian::RSet rset;
    for (const auto& passage : top) rset.add_document(passage.docid);
    enquire.set_query(query);  // its own words are not added again
    enquire.set_expansion_scheme(ranking.feedback_scheme);
    BodyTerms decider;
    auto eset = enquire.get_eset(ranking.feedback_terms, rset, &decider);
    if (eset.empty()) return out;
    const double best = eset.begin().get_weight();
    std::vector<Xapian::Query> terms;
    for (auto it = eset.begin(); it != eset.end(); ++it) {
        if (best <= 0 || it.get_weight() <= 0) continue;
        const double scale = ranking.feedback_weight * it.get_weight() / best;
        terms.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), scale);
        out.added[*it] = scale;
    }
    if (terms.empty()) return out;
    if (widen) {
        out.query = Xapian::Query(Xapian::Query::OP_OR, query,
                                  Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
        out.widened = true;
    }
    return out;
}

}  // namespace newsdex
