// BM25's length normalisation against the average length of article-text passages: the
// weights Xapian gives with bm25_parameters() order and scale passages as BM25 with the
// ranking's k1 and b would against that average, however many quotes the index holds.

#include <gtest/gtest.h>
#include <xapian.h>

#include <cmath>
#include <string>

#include "length_normalisation.hpp"

using namespace newsdex;

namespace {

// A passage of `length` words: `hits` of them "grid", the rest filler, with its kind term.
Xapian::Document passage(int length, int hits, const std::string& kind) {
    Xapian::Document d;
    d.add_term("Zgrid", static_cast<Xapian::termcount>(hits));
    if (length > hits) d.add_term("Zfill", static_cast<Xapian::termcount>(length - hits));
    d.add_boolean_term("XKIND" + kind);
    return d;
}

double weight_of(Xapian::Database& db, const Xapian::Weight& w, Xapian::docid id) {
    Xapian::Enquire e(db);
    e.set_weighting_scheme(w);
    e.set_query(Xapian::Query("Zgrid"));
    auto m = e.get_mset(0, db.get_doccount());
    for (auto it = m.begin(); it != m.end(); ++it)
        if (*it == id) return it.get_weight();
    return -1;
}

// BM25's term-frequency part with length normalised by `average`, floored at 0.5.
double tf_part(double k1, double b, double wdf, double length, double average) {
    const double normalised = std::max(length / average, 0.5);
    return wdf / (k1 * ((1 - b) + b * normalised) + wdf);
}

}  // namespace

TEST(LengthNormalisation, PassagesAreWeighedAgainstTheTextPassagesAverage) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    // Two long paragraphs and six short quotes: the quotes pull the average of all
    // passages far below the paragraphs'.
    const auto long_one = db.add_document(passage(400, 6, "paragraph"));
    const auto shorter = db.add_document(passage(200, 3, "paragraph"));
    for (int i = 0; i < 6; ++i) db.add_document(passage(20, 1, "quote"));
    db.commit();
    Xapian::Database reader = db;
    Ranking ranking;
    ranking.k1 = 2.0;
    ranking.b = 0.6;
    ranking.k1_reference_length = 0;  // k1 as given: the paragraphs average 300 words
    const auto p = bm25_parameters(reader, ranking);
    EXPECT_LT(p.k1, ranking.k1);
    EXPECT_LT(p.b, ranking.b);
    const double text_average = (400 + 200) / 2.0;
    const auto w = bm25_weight(p);
    // Same idf and the same (k1' + 1) factor for both: their ratio is BM25's against the
    // paragraphs' average.
    const double expected = tf_part(2.0, 0.6, 6, 400, text_average) /
                            tf_part(2.0, 0.6, 3, 200, text_average);
    EXPECT_NEAR(weight_of(reader, w, long_one) / weight_of(reader, w, shorter), expected, 1e-9);
    // Against the average of all passages, the long paragraph would come out lower.
    const double all_average = (400 + 200 + 6 * 20) / 8.0;
    const double deflated = tf_part(2.0, 0.6, 6, 400, all_average) /
                            tf_part(2.0, 0.6, 3, 200, all_average);
    EXPECT_GT(expected - deflated, 1e-3);
    // A quote's floor moves with the average: 20 words is under half the paragraphs'.
    const auto quote = long_one + 2;
    const double quote_vs_long = tf_part(2.0, 0.6, 1, 20, text_average) /
                                 tf_part(2.0, 0.6, 6, 400, text_average);
    EXPECT_NEAR(weight_of(reader, w, quote) / weight_of(reader, w, long_one), quote_vs_long, 1e-9);
}

TEST(LengthNormalisation, WithoutQuotesOrWhenOffTheRankingsOwnParameters) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(passage(100, 2, "paragraph"));
    db.add_document(passage(50, 1, "turn"));
    db.commit();
    Ranking ranking;
    auto p = bm25_parameters(db, ranking);
    EXPECT_DOUBLE_EQ(p.k1, ranking.k1);
    EXPECT_DOUBLE_EQ(p.b, ranking.b);
    EXPECT_DOUBLE_EQ(p.min_normalised_length, 0.5);
    db.add_document(passage(10, 1, "quote"));
    db.commit();
    ranking.length_from_text = false;
    p = bm25_parameters(db, ranking);
    EXPECT_DOUBLE_EQ(p.k1, ranking.k1);
    EXPECT_DOUBLE_EQ(p.b, ranking.b);
}

TEST(LengthNormalisation, AReferenceLengthLowersK1ForLongerPassagesOnly) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    // Articles a line: no quotes, 400 and 200 words, averaging 300.
    const auto long_one = db.add_document(passage(400, 6, "paragraph"));
    const auto shorter = db.add_document(passage(200, 3, "paragraph"));
    db.commit();
    Ranking ranking;
    ranking.k1 = 2.0;
    ranking.b = 0.6;
    ranking.k1_reference_length = 150;
    const auto p = bm25_parameters(db, ranking);
    EXPECT_DOUBLE_EQ(p.text_average, 300);
    EXPECT_DOUBLE_EQ(p.k1, 1.0);  // 2 × 150 / 300
    EXPECT_DOUBLE_EQ(p.k1_of_ranking, 1.0);
    EXPECT_DOUBLE_EQ(p.b, 0.6);
    const auto w = bm25_weight(p);
    const double expected =
        tf_part(1.0, 0.6, 6, 400, 300) / tf_part(1.0, 0.6, 3, 200, 300);
    EXPECT_NEAR(weight_of(db, w, long_one) / weight_of(db, w, shorter), expected, 1e-9);
    // With k1 2 the longer passage's three extra hits count for more.
    EXPECT_GT(tf_part(2.0, 0.6, 6, 400, 300) / tf_part(2.0, 0.6, 3, 200, 300), expected + 1e-3);
    // Passages averaging no more than the reference length keep the ranking's k1.
    ranking.k1_reference_length = 300;
    EXPECT_DOUBLE_EQ(bm25_parameters(db, ranking).k1, 2.0);
    ranking.k1_reference_length = 0;
    EXPECT_DOUBLE_EQ(bm25_parameters(db, ranking).k1, 2.0);
    // The defaults scale k1 for passages averaging more than 150 words: 2 × 150 / 300.
    EXPECT_DOUBLE_EQ(bm25_parameters(db, Ranking{}).k1, 1.0);
}

TEST(LengthNormalisation, AReferenceLengthIsMeasuredAgainstTheTextPassages) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    // Paragraphs averaging 300 words, and short quotes that bring the average of all
    // passages under the reference length: the rule reads the paragraphs' average.
    db.add_document(passage(400, 6, "paragraph"));
    db.add_document(passage(200, 3, "paragraph"));
    for (int i = 0; i < 6; ++i) db.add_document(passage(20, 1, "quote"));
    db.commit();
    Ranking ranking;
    ranking.k1 = 2.0;
    ranking.b = 0.6;
    ranking.k1_reference_length = 150;
    const auto p = bm25_parameters(db, ranking);
    EXPECT_DOUBLE_EQ(p.text_average, 300);
    EXPECT_DOUBLE_EQ(p.k1_of_ranking, 1.0);
    // The conversion to the average of all passages then works from k1 1: the same as the
    // ranking k1 1 without the rule.
    Ranking plain = ranking;
    plain.k1 = 1.0;
    plain.k1_reference_length = 0;
    const auto q = bm25_parameters(db, plain);
    EXPECT_DOUBLE_EQ(p.k1, q.k1);
    EXPECT_DOUBLE_EQ(p.b, q.b);
    EXPECT_DOUBLE_EQ(p.min_normalised_length, q.min_normalised_length);
}
