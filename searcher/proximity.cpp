#include "proximity.hpp"

#include <algorithm>
#include <iterator>

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

std::map<Xapian::docid, double> proximity_bonus(const Xapian::Database& db,
                                                const std::vector<ProximityPart>& parts,
                                                const std::vector<Scored>& passages,
                                                const Xapian::Weight& weighting,
                                                const Ranking& ranking) {
    std::map<Xapian::docid, double> bonus;
    if (parts.empty() || passages.empty()) return bonus;
    // The passages by their unique id terms: a filter the matcher can skip along cheaply,
    // so positions are read only for them.
    const std::string id_prefix(schema::kPassageId);
    std::vector<Xapian::Query> ids;
    for (const auto& passage : passages) {
        if (!passage.id_term.empty()) {
            ids.emplace_back(passage.id_term);
            continue;
        }
        auto term = db.termlist_begin(passage.docid);
        term.skip_to(id_prefix);
        if (term != db.termlist_end(passage.docid)) ids.emplace_back(*term);
    }
    std::vector<Xapian::Query> near;
    for (const auto& part : parts) near.push_back(part.query);
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(weighting);
    enquire.set_query(Xapian::Query(
        Xapian::Query::OP_FILTER,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                      Xapian::Query(Xapian::Query::OP_OR, near.begin(), near.end()),
                      ranking.proximity_weight),
        Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end())));
    auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(passages.size()));
    for (auto it = mset.begin(); it != mset.end(); ++it) bonus[*it] = it.get_weight();
    return bonus;
}

std::vector<Scored> rescore(const Xapian::Database& db, std::vector<Scored> ranked,
                            const std::vector<ProximityPart>& parts,
                            const Xapian::Weight& weighting, const Ranking& ranking) {
    if (parts.empty()) return ranked;
    const auto bonus = proximity_bonus(db, parts, ranked, weighting, ranking);
    for (auto& r : ranked)
        if (auto b = bonus.find(r.docid); b != bonus.end()) r.score += b->second;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Scored& x, const Scored& y) { return x.score > y.score; });
    return ranked;
}

std::vector<Scored> top_passages(const Xapian::Database& db, Xapian::Enquire& enquire,
                                 const Xapian::Query& query, Xapian::doccount n,
                                 const std::vector<ProximityPart>& parts,
                                 const Xapian::Weight& weighting, const Ranking& ranking) {
    enquire.set_query(query);
    auto mset = enquire.get_mset(0, parts.empty() ? n : 2 * n);
    std::vector<Scored> ranked;
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back({*it, it.get_weight(), {}});
    ranked = rescore(db, std::move(ranked), parts, weighting, ranking);
    if (ranked.size() > n) ranked.resize(n);
    return ranked;
}

}  // namespace newsdex
