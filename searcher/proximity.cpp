#include "proximity.hpp"

#include <algorithm>
#include <iterator>
#include <set>

#include "newsdex/schema.hpp"

namespace newsdex {

std::vector<ProximityPart> proximity_parts(const ParsedQuery& parsed, const Ranking& ranking) {
    std::vector<ProximityPart> parts;
    if (ranking.proximity_weight <= 0) return parts;
    for (const auto& [a, b] : parsed.pairs) {
        const Xapian::Query both[] = {Xapian::Query(a), Xapian::Query(b)};
        parts.push_back({a + " NEAR/" + std::to_string(ranking.proximity_window) + " " + b,
                         Xapian::Query(Xapian::Query::OP_NEAR, std::begin(both), std::end(both),
                                       ranking.proximity_window)});
    }
    return parts;
}

ProximityScorer::ProximityScorer(const Xapian::Database& db, std::vector<ProximityPart> parts,
                                 const Xapian::Weight& weighting, double weight)
    : db_(db), parts_(std::move(parts)), weighting_(weighting.clone()), weight_(weight) {}

void ProximityScorer::work_out(const std::vector<Scored>& passages) {
    // The passages by their unique id terms: a filter the matcher can skip along cheaply,
    // so positions are read only for them.
    const std::string id_prefix(schema::kPassageId);
    std::vector<Xapian::Query> ids;
    std::set<Xapian::docid> asked;
    for (const auto& passage : passages) {
        if (bonus_.count(passage.docid)) continue;
        bonus_[passage.docid] = 0;
        asked.insert(passage.docid);
        if (!passage.id_term.empty()) {
            ids.emplace_back(passage.id_term);
            continue;
        }
        auto term = db_.termlist_begin(passage.docid);
        term.skip_to(id_prefix);
        if (term != db_.termlist_end(passage.docid) && (*term).starts_with(id_prefix))
            ids.emplace_back(*term);
    }
    if (ids.empty()) return;
    // One query per pair: Xapian 1.4 weighed an OR of NEAR queries under this filter
    // differently as the filter grew (a passage with one close pair out of three was given
    // all three when the filter was small); each NEAR alone is weighed the same either way.
    const Xapian::Query passages_filter(Xapian::Query::OP_OR, ids.begin(), ids.end());
    for (const auto& part : parts_) {
        Xapian::Enquire enquire(db_);
        enquire.set_weighting_scheme(*weighting_);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER,
                                        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, part.query, weight_),
                                        passages_filter));
        auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(ids.size()));
        for (auto it = mset.begin(); it != mset.end(); ++it)
            if (asked.count(*it)) bonus_[*it] += it.get_weight();
    }
}

std::vector<Scored> ProximityScorer::rescore(std::vector<Scored> ranked) {
    if (parts_.empty() || ranked.empty()) return ranked;
    work_out(ranked);
    for (auto& r : ranked) r.score += bonus_[r.docid];
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Scored& x, const Scored& y) { return x.score > y.score; });
    return ranked;
}

std::vector<Scored> top_passages(Xapian::Enquire& enquire, const Xapian::Query& query,
                                 Xapian::doccount n, ProximityScorer& proximity) {
    enquire.set_query(query);
    auto mset = enquire.get_mset(0, proximity.parts().empty() ? n : 2 * n);
    std::vector<Scored> ranked;
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back({*it, it.get_weight(), {}});
    ranked = proximity.rescore(std::move(ranked));
    if (ranked.size() > n) ranked.resize(n);
    return ranked;
}

}  // namespace newsdex
