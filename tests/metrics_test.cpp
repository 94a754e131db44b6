// Effectiveness measures against values worked out by hand.

#include "metrics.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace newsdex::eval;

namespace {
// Relevant: a (grade 2), c (grade 1), e (grade 3, never retrieved); b, d judged not relevant.
const std::map<std::string, int> kGrades = {{"a", 2}, {"b", 0}, {"c", 1}, {"d", 0}, {"e", 3}};
const std::vector<std::string> kRanked = {"b", "a", "x", "c", "d"};
}  // namespace

TEST(Metrics, AveragePrecision) {
    // Relevant at ranks 2 and 4: (1/2 + 2/4) / 3 relevant = 1/3.
    EXPECT_NEAR(average_precision(kRanked, kGrades), 1.0 / 3, 1e-12);
    EXPECT_EQ(average_precision({}, kGrades), 0);
}

TEST(Metrics, PrecisionReciprocalRankRPrecision) {
    EXPECT_NEAR(precision_at(kRanked, kGrades, 10), 0.2, 1e-12);  // 2 of 10
    EXPECT_NEAR(precision_at(kRanked, kGrades, 2), 0.5, 1e-12);
    EXPECT_NEAR(reciprocal_rank(kRanked, kGrades), 0.5, 1e-12);
    EXPECT_NEAR(r_precision(kRanked, kGrades), 1.0 / 3, 1e-12);  // R = 3: one in the top 3
}

TEST(Metrics, NdcgUsesGradesAndTheIdealOrder) {
    // DCG = 2/log2(3) + 1/log2(5); ideal = 3/log2(2) + 2/log2(3) + 1/log2(4).
    double dcg = 2 / std::log2(3.0) + 1 / std::log2(5.0);
    double idcg = 3 / 1.0 + 2 / std::log2(3.0) + 1 / 2.0;
    EXPECT_NEAR(ndcg_at(kRanked, kGrades, 10), dcg / idcg, 1e-12);
    EXPECT_NEAR(ndcg_at({"e", "a", "c"}, kGrades, 10), 1.0, 1e-12);
}

TEST(Metrics, EvaluateAveragesJudgedQueriesOnly) {
    newsdex::eval::Qrels qrels = {{"q1", kGrades}, {"q2", {{"z", 1}}}, {"q3", {{"y", 0}}}};
    newsdex::eval::Run run = {{"q1", kRanked}};  // q2 unanswered: scores 0; q3 has no relevant document
    auto s = evaluate(run, qrels);
    EXPECT_EQ(s.queries, 2u);
    EXPECT_NEAR(s.map, (1.0 / 3) / 2, 1e-12);
    EXPECT_NEAR(s.mrr, 0.5 / 2, 1e-12);
    EXPECT_NEAR(s.p10, 0.2 / 2, 1e-12);
}
