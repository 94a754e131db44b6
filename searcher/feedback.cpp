#include "feedback.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "newsdex/article.hpp"
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

double score_spread(const std::vector<Scored>& top) {
    if (top.size() < 2) return 0;
    double sum = 0;
    for (const auto& passage : top) sum += passage.score;
    const double mean = sum / static_cast<double>(top.size());
    if (mean <= 0) return 0;
    double squares = 0;
    for (const auto& passage : top) squares += (passage.score - mean) * (passage.score - mean);
    return std::sqrt(squares / static_cast<double>(top.size())) / mean;
}

std::vector<Scored> feedback_passages(const Xapian::Database& db, std::vector<Scored> ranked,
                                      const Ranking& ranking) {
    std::vector<Scored> top;
    const std::string quote_term =
        std::string(schema::kKind) + std::string(to_string(PassageKind::quote));
    std::map<std::string, unsigned> per_article;
    for (auto& passage : ranked) {
        if (top.size() >= ranking.feedback_docs) break;
        if (!ranking.feedback_quotes || ranking.feedback_per_article > 0) {
            const auto document = db.get_document(passage.docid);
            if (!ranking.feedback_quotes) {
                auto term = document.termlist_begin();
                term.skip_to(quote_term);
                if (term != document.termlist_end() && *term == quote_term) continue;
            }
            if (ranking.feedback_per_article > 0 &&
                ++per_article[document.get_value(schema::kSlotArticle)] >
                    ranking.feedback_per_article)
                continue;
        }
        top.push_back(std::move(passage));
    }
    if (top.empty()) return top;
    if (ranking.feedback_min_spread > 0 && score_spread(top) < ranking.feedback_min_spread)
        return {};
    const double floor = ranking.feedback_min_share * top.front().score;
    std::erase_if(top, [floor](const Scored& passage) { return passage.score < floor; });
    if (top.size() < ranking.feedback_min_docs) return {};
    return top;
}

Expansion expand(Xapian::Enquire& enquire, const Xapian::Query& query,
                 const std::vector<Scored>& top, const Ranking& ranking, bool widen,
                 std::size_t query_words) {
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
    // Interpolated, the added words share lambda of the query's weight and its own words
    // (each weighing 1) the rest: together lambda / (1 - lambda) times the query's words.
    double total = 0;
    for (auto it = eset.begin(); it != eset.end(); ++it) total += std::max(0.0, it.get_weight());
    const double lambda = std::clamp(ranking.feedback_interpolation, 0.0, 0.99);
    const double share =
        lambda / (1 - lambda) * static_cast<double>(std::max<std::size_t>(query_words, 1));
    std::vector<Xapian::Query> terms;
    for (auto it = eset.begin(); it != eset.end(); ++it) {
        if (best <= 0 || it.get_weight() <= 0) continue;
        const double scale = lambda > 0 ? share * it.get_weight() / total
                                        : ranking.feedback_weight * it.get_weight() / best;
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
