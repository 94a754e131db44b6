#include "rescorer.hpp"

#include <algorithm>
#include <iterator>
#include <set>

#include "newsdex/schema.hpp"

namespace newsdex {

std::vector<Evidence> proximity_evidence(const ParsedQuery& parsed, const Ranking& ranking) {
    std::vector<Evidence> out;
    if (ranking.proximity_weight <= 0) return out;
    for (const auto& [a, b] : parsed.pairs) {
        const Xapian::Query both[] = {Xapian::Query(a), Xapian::Query(b)};
        out.push_back({a + " NEAR/" + std::to_string(ranking.proximity_window) + " " + b,
                       Xapian::Query(Xapian::Query::OP_NEAR, std::begin(both), std::end(both),
                                     ranking.proximity_window),
                       ranking.proximity_weight});
    }
    return out;
}

std::vector<Evidence> feedback_evidence(const std::map<std::string, double>& added) {
    std::vector<Evidence> out;
    for (const auto& [term, scale] : added) out.push_back({term, Xapian::Query(term), scale});
    return out;
}

Rescorer::Rescorer(const Xapian::Database& db, std::vector<Evidence> evidence,
                   const Xapian::Weight& weighting)
    : db_(db), evidence_(std::move(evidence)), weighting_(weighting.clone()) {}

void Rescorer::work_out(const std::vector<Scored>& passages) {
    // The passages by their unique id terms: a filter the matcher can skip along cheaply,
    // so positions and postings are read only for them.
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
    // Plain words go together in one OR. Each NEAR is asked alone: Xapian 1.4 weighed an OR
    // of NEAR queries under this filter differently as the filter grew (a passage with one
    // close pair out of three was given all three when the filter was small).
    std::vector<Xapian::Query> queries, words;
    for (const auto& e : evidence_) {
        Xapian::Query scaled(Xapian::Query::OP_SCALE_WEIGHT, e.query, e.weight);
        (e.query.get_type() == Xapian::Query::LEAF_TERM ? words : queries).push_back(scaled);
    }
    if (!words.empty()) queries.emplace_back(Xapian::Query::OP_OR, words.begin(), words.end());
    const Xapian::Query passages_filter(Xapian::Query::OP_OR, ids.begin(), ids.end());
    for (const auto& query : queries) {
        Xapian::Enquire enquire(db_);
        enquire.set_weighting_scheme(*weighting_);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, passages_filter));
        auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(ids.size()));
        for (auto it = mset.begin(); it != mset.end(); ++it)
            if (asked.count(*it)) bonus_[*it] += it.get_weight();
    }
}

std::vector<Scored> Rescorer::rescore(std::vector<Scored> ranked) {
    if (evidence_.empty() || ranked.empty()) return ranked;
    work_out(ranked);
    for (auto& r : ranked) r.score += bonus_[r.docid];
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Scored& x, const Scored& y) { return x.score > y.score; });
    return ranked;
}

std::vector<Scored> top_passages(const Xapian::MSet& mset, Xapian::doccount n,
                                 Rescorer& rescorer) {
    std::vector<Scored> ranked;
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back({*it, it.get_weight(), {}});
    ranked = rescorer.rescore(std::move(ranked));
    if (ranked.size() > n) ranked.resize(n);
    return ranked;
}

}  // namespace newsdex
