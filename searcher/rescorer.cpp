#include "rescorer.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

#include "newsdex/schema.hpp"

namespace newsdex {

std::vector<Evidence> proximity_evidence(const ParsedQuery& parsed, const Ranking& ranking,
                                         const Xapian::Database& db,
                                         std::shared_ptr<PassageWords> words) {
    std::vector<Evidence> out;
    if (ranking.proximity_weight <= 0) return out;
    for (const auto& [a, b] : parsed.pairs) {
        const Xapian::Query both[] = {Xapian::Query(a), Xapian::Query(b)};
        const Xapian::Query near(Xapian::Query::OP_NEAR, std::begin(both), std::end(both),
                                 ranking.proximity_window);
        auto check = QueryCheck::of(near, db, words);
        std::vector<std::string> in_text;
        if (check && a != b) in_text = {a, b};
        out.push_back({a + " NEAR/" + std::to_string(ranking.proximity_window) + " " + b, near,
                       ranking.proximity_weight, std::move(check), std::move(in_text)});
    }
    return out;
}

std::vector<Evidence> phrase_corrections(const QueryCheck* check) {
    std::vector<Evidence> out;
    if (!check) return out;
    for (auto& part : check->optional_parts())
        out.push_back({part.label, part.query, -part.scale, part.fails, part.terms});
    return out;
}

std::vector<Evidence> feedback_evidence(const std::map<std::string, double>& added) {
    std::vector<Evidence> out;
    for (const auto& [term, scale] : added) out.push_back({term, Xapian::Query(term), scale});
    return out;
}

Rescorer::Rescorer(const Xapian::Database& db, std::vector<Evidence> evidence,
                   const Xapian::Weight& weighting, std::shared_ptr<TextWeights> text)
    : db_(db), evidence_(std::move(evidence)), weighting_(weighting.clone()), text_(std::move(text)) {
    if (!text_)
        for (auto& e : evidence_) e.words_in_text.clear();
}

void Rescorer::work_out(const std::vector<Scored>& passages) {
    std::vector<const Scored*> asked;
    std::set<Xapian::docid> asked_ids;
    for (const auto& passage : passages) {
        if (bonus_.count(passage.docid)) continue;
        bonus_[passage.docid] = 0;
        asked.push_back(&passage);
        asked_ids.insert(passage.docid);
    }
    if (asked.empty()) return;
    // Evidence weighed from the passages' text; the rest by matching its query.
    std::vector<Xapian::Query> words;
    std::vector<std::pair<Xapian::Query, const Evidence*>> queries;
    for (const auto& e : evidence_) {
        if (!e.words_in_text.empty() && e.only_where) {
            for (const auto* passage : asked) {
                const auto document = db_.get_document(passage->docid);
                if ((*e.only_where)(document))
                    bonus_[passage->docid] += e.weight * text_->of(document, e.words_in_text);
            }
            continue;
        }
        // Plain words go together in one OR. Each NEAR is asked alone: Xapian 1.4 weighed
        // an OR of NEAR queries under this filter differently as the filter grew (a passage
        // with one close pair out of three was given all three when the filter was small).
        if (e.query.get_type() == Xapian::Query::LEAF_TERM && !e.only_where)
            words.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, e.query, e.weight);
        else
            queries.emplace_back(e.query, &e);
    }
    if (!words.empty())
        queries.emplace_back(Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                             nullptr);
    if (queries.empty()) return;
    // The passages by their unique id terms: a filter the matcher can skip along cheaply,
    // so positions and postings are read only for them.
    const std::string id_prefix(schema::kPassageId);
    std::vector<Xapian::Query> ids;
    for (const auto* passage : asked) {
        if (!passage->id_term.empty()) {
            ids.emplace_back(passage->id_term);
            continue;
        }
        auto term = db_.termlist_begin(passage->docid);
        term.skip_to(id_prefix);
        if (term != db_.termlist_end(passage->docid) && (*term).starts_with(id_prefix))
            ids.emplace_back(*term);
    }
    const Xapian::Query passages_filter(Xapian::Query::OP_OR, ids.begin(), ids.end());
    for (const auto& [query, evidence] : queries) {
        Xapian::Enquire enquire(db_);
        enquire.set_weighting_scheme(*weighting_);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, passages_filter));
        // Xapian scales by positive factors only: a negative share is applied here.
        const double factor = evidence ? evidence->weight : 1.0;
        auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(ids.size()), 0, nullptr,
                                     evidence ? evidence->only_where.get() : nullptr);
        for (auto it = mset.begin(); it != mset.end(); ++it)
            if (asked_ids.count(*it)) bonus_[*it] += factor * it.get_weight();
    }
}

namespace {
std::vector<Scored> scored(const Xapian::MSet& ranked) {
    std::vector<Scored> all;
    for (auto it = ranked.begin(); it != ranked.end(); ++it)
        all.push_back({*it, it.get_weight(), {}});
    return all;
}
}  // namespace

bool Rescorer::settled(const Xapian::MSet& ranked, Xapian::doccount n) {
    if (evidence_.empty() || ranked.empty()) return true;
    const auto all = scored(ranked);
    const double floor = all.back().score;
    work_out(all);
    Xapian::doccount sure = 0;
    for (const auto& r : all) sure += r.score + bonus_[r.docid] >= floor ? 1 : 0;
    return sure >= n;
}

std::vector<Scored> Rescorer::rescore(std::vector<Scored> ranked) {
    if (evidence_.empty() || ranked.empty()) return ranked;
    work_out(ranked);
    for (auto& r : ranked) r.score += bonus_[r.docid];
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Scored& x, const Scored& y) { return x.score > y.score; });
    return ranked;
}

std::vector<Scored> Rescorer::best(const Xapian::MSet& ranked, Xapian::doccount n) {
    auto all = scored(ranked);
    if (evidence_.empty()) {
        if (all.size() > n) all.resize(n);
        return all;
    }
    all = rescore(std::move(all));
    // Equal weights in Xapian's order, by document id; a weight taken back is equal to one
    // Xapian worked out only to rounding.
    std::stable_sort(all.begin(), all.end(), [](const Scored& x, const Scored& y) {
        if (std::abs(x.score - y.score) > 1e-9 * std::max(1.0, std::abs(x.score)))
            return x.score > y.score;
        return x.docid < y.docid;
    });
    if (all.size() > n) all.resize(n);
    return all;
}

std::vector<Scored> top_passages(std::vector<Scored> ranked, Xapian::doccount n,
                                 const std::vector<Rescorer*>& rescorers) {
    for (auto* rescorer : rescorers) ranked = rescorer->rescore(std::move(ranked));
    if (ranked.size() > n) ranked.resize(n);
    return ranked;
}

}  // namespace newsdex
