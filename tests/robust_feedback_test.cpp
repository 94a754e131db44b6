// Which passages pseudo-relevance feedback learns from (quotes, one article's many passages,
// a score gate, a guess at the ranking's quality), and a passage's score leaning on its
// article's best passage.

#include <gtest/gtest.h>
#include <xapian.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "article_evidence.hpp"
#include "corpus_db.hpp"
#include "feedback.hpp"
#include "newsdex/searcher.hpp"

using namespace newsdex;

namespace {

// An in-memory index of passages, each of one article and kind.
struct Passages {
    Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
    Xapian::docid add(const std::string& article, const std::string& kind) {
        Xapian::Document d;
        d.add_term("Zword");
        d.add_boolean_term("XKIND" + kind);
        d.add_value(1, article);  // the article slot
        return db.add_document(d);
    }
};

std::vector<Xapian::docid> ids(const std::vector<Scored>& passages) {
    std::vector<Xapian::docid> out;
    for (const auto& p : passages) out.push_back(p.docid);
    return out;
}

// Feedback from `docs` passages, never skipped for flat scores.
Ranking feedback(unsigned docs) {
    Ranking r;
    r.feedback_docs = docs;
    r.feedback_min_spread = 0;
    return r;
}

}  // namespace

TEST(FeedbackPassages, TheFirstFeedbackDocsByDefault) {
    Passages p;
    std::vector<Scored> ranked;
    for (int i = 0; i < 6; ++i) ranked.push_back({p.add("a", "paragraph"), 10.0 - i, {}});
    const auto top = feedback_passages(p.db, ranked, feedback(4));
    EXPECT_EQ(ids(top), (std::vector<Xapian::docid>{1, 2, 3, 4}));
}

TEST(FeedbackPassages, QuotesAndOneArticlesManyPassagesCanBeLeftOut) {
    Passages p;
    const std::vector<Scored> ranked = {{p.add("a", "paragraph"), 9, {}},
                                        {p.add("a", "quote"), 8, {}},
                                        {p.add("a", "paragraph"), 7, {}},
                                        {p.add("b", "quote"), 6, {}},
                                        {p.add("b", "turn"), 5, {}},
                                        {p.add("c", "paragraph"), 4, {}}};
    auto r = feedback(3);
    r.feedback_quotes = false;
    EXPECT_EQ(ids(feedback_passages(p.db, ranked, r)), (std::vector<Xapian::docid>{1, 3, 5}));
    r.feedback_quotes = true;
    r.feedback_per_article = 1;
    EXPECT_EQ(ids(feedback_passages(p.db, ranked, r)), (std::vector<Xapian::docid>{1, 4, 6}));
    r.feedback_quotes = false;
    r.feedback_docs = 10;
    EXPECT_EQ(ids(feedback_passages(p.db, ranked, r)), (std::vector<Xapian::docid>{1, 5, 6}));
}

TEST(FeedbackPassages, OnlyPassagesNearTheBestScoreAndEnoughOfThem) {
    Passages p;
    std::vector<Scored> ranked;
    for (double s : {10.0, 9.0, 6.0, 5.0, 2.0}) ranked.push_back({p.add("a", "paragraph"), s, {}});
    auto r = feedback(5);
    r.feedback_min_share = 0.55;
    EXPECT_EQ(ids(feedback_passages(p.db, ranked, r)), (std::vector<Xapian::docid>{1, 2, 3}));
    r.feedback_min_docs = 3;
    EXPECT_EQ(feedback_passages(p.db, ranked, r).size(), 3u);
    r.feedback_min_docs = 4;
    EXPECT_TRUE(feedback_passages(p.db, ranked, r).empty());
}

TEST(FeedbackPassages, FlatScoresSkipFeedback) {
    Passages p;
    std::vector<Scored> flat, steep;
    for (double s : {10.0, 9.9, 9.8, 9.7}) flat.push_back({p.add("a", "paragraph"), s, {}});
    for (double s : {10.0, 6.0, 3.0, 1.0}) steep.push_back({p.add("b", "paragraph"), s, {}});
    EXPECT_LT(score_spread(flat), 0.02);
    // Scores 10, 6, 3, 1: mean 5, standard deviation sqrt(11.5).
    EXPECT_NEAR(score_spread(steep), std::sqrt(11.5) / 5, 1e-12);
    Ranking r;  // the defaults skip feedback for flat scores
    r.feedback_docs = 4;
    EXPECT_TRUE(feedback_passages(p.db, flat, r).empty());
    EXPECT_EQ(feedback_passages(p.db, steep, r).size(), 4u);
    r.feedback_min_spread = 0;
    EXPECT_EQ(feedback_passages(p.db, flat, r).size(), 4u);
}

namespace {
Candidate candidate(const std::string& article, double score, Xapian::docid id) {
    Candidate c;
    c.hit.passage.article_id = article;
    c.hit.score = score;
    c.docid = id;
    return c;
}
}  // namespace

TEST(ArticleEvidence, PassagesLeanTowardsTheirArticlesBest) {
    std::vector<Candidate> in = {candidate("a", 10, 1), candidate("b", 8, 2),
                                 candidate("a", 6, 3), candidate("b", 2, 4)};
    EXPECT_EQ(lean_on_article(in, 0)[2].hit.score, 6);
    const auto out = lean_on_article(in, 0.5);
    // a: 10 and (6 + 10) / 2 = 8; b: 8 and (2 + 8) / 2 = 5. Equal scores keep their order.
    ASSERT_EQ(out.size(), 4u);
    EXPECT_EQ(out[0].docid, 1u);
    EXPECT_EQ(out[1].docid, 2u);
    EXPECT_EQ(out[2].docid, 3u);
    EXPECT_DOUBLE_EQ(out[2].hit.score, 8);
    EXPECT_DOUBLE_EQ(out[2].from_article, 2);
    EXPECT_EQ(out[3].docid, 4u);
    EXPECT_DOUBLE_EQ(out[3].hit.score, 5);
    EXPECT_DOUBLE_EQ(out[0].from_article, 0);
}

// On the corpus index: the explanation still adds up to each score, with the article's
// share and an interpolated feedback listed.
TEST(ArticleEvidence, ExplanationAddsUpToTheScore) {
    SearchRequest r;
    r.query = "energy transport corridors";
    r.explain = true;
    r.limit = 30;
    r.ranking.article_weight = 0.3;
    r.ranking.feedback_interpolation = 0.2;
    r.ranking.feedback_min_spread = 0;
    const auto response = search(test::corpus_db(), r);
    ASSERT_GE(response.hits.size(), 10u);
    bool leaned = false;
    for (std::size_t i = 0; i < response.hits.size(); ++i) {
        const auto& hit = response.hits[i];
        if (i > 0) {
            EXPECT_GE(response.hits[i - 1].score, hit.score);
        }
        double sum = 0;
        for (const auto& t : hit.explanation) {
            sum += t.weight;
            leaned = leaned || t.term == "(article's best passage)";
        }
        EXPECT_NEAR(sum, hit.score, 1e-9) << hit.passage.passage_id;
    }
    EXPECT_TRUE(leaned) << "no passage gained from its article: the test shows nothing";
}

// An interpolated feedback gives the added words more weight as their share grows.
TEST(FeedbackInterpolation, TheSharePicksTheAddedWordsWeight) {
    auto added_weight = [](double share) {
        SearchRequest r;
        r.query = "energy transport corridors";
        r.explain = true;
        r.ranking.feedback_interpolation = share;
        r.ranking.feedback_min_spread = 0;
        const auto response = search(test::corpus_db(), r);
        double sum = 0;
        for (const auto& t : response.hits.at(0).explanation)
            if (t.term.find("energi") == std::string::npos &&
                t.term.find("transport") == std::string::npos &&
                t.term.find("corridor") == std::string::npos)
                sum += t.weight;
        return sum;
    };
    const double small = added_weight(0.05), large = added_weight(0.5);
    EXPECT_GT(small, 0);
    EXPECT_GT(large, 3 * small);
}
