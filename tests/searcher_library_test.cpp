// The search library as an embedding program uses it: SearchRequest in, SearchResponse out,
// on an index of corpora/ built by the real indexer.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "corpus_db.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/schema.hpp"
#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"

using namespace newsdex;

namespace {
SearchRequest request(const std::string& query) {
    SearchRequest r;
    r.query = query;
    return r;
}
// One search of the corpus index, as newsdex::search does it on any database.
SearchResponse search(const SearchRequest& r) { return newsdex::search(test::corpus_db(), r); }
}  // namespace

TEST(SearcherLibrary, RanksAndHighlights) {
    auto response = search(request("territorial integrity"));
    ASSERT_GE(response.hits.size(), 3u);
    EXPECT_EQ(response.hits[0].rank, 1u);
    for (std::size_t i = 1; i < response.hits.size(); ++i)
        EXPECT_GE(response.hits[i - 1].score, response.hits[i].score);
    const auto& top = response.hits[0];
    ASSERT_FALSE(top.matches.empty());
    for (const auto& m : top.matches) {
        auto word = top.passage.text.substr(m.begin, m.end - m.begin);
        EXPECT_TRUE(word == "territorial" || word == "integrity") << word;
    }
}

TEST(SearcherLibrary, FiltersCombine) {
    auto r = request("");
    r.kinds = {"quote"};
    r.since = "2021";
    r.until = "2023-06";
    r.limit = 500;
    auto response = search(r);
    ASSERT_FALSE(response.hits.empty());
    for (const auto& h : response.hits) {
        EXPECT_EQ(h.passage.kind, PassageKind::quote);
        EXPECT_GE(h.passage.date, "2021-01-01");
        EXPECT_LE(h.passage.date, "2023-06-31");
    }
}

TEST(SearcherLibrary, PerArticleAndFacets) {
    auto r = request("energy");
    r.per_article = 1;
    r.facets = {"topic"};
    r.limit = 100;
    auto response = search(r);
    std::set<std::string> articles;
    for (const auto& h : response.hits) EXPECT_TRUE(articles.insert(h.passage.article_id).second);
    ASSERT_EQ(response.facets.size(), 1u);
    EXPECT_EQ(response.facets[0].name, "topic");
    EXPECT_EQ(response.facets[0].values.front().value, "energy");
}

TEST(SearcherLibrary, SuggestionAndExplanation) {
    auto misspelt = search(request("interconector"));
    EXPECT_TRUE(misspelt.hits.empty());
    EXPECT_EQ(misspelt.suggestion, "interconnector");
    auto r = request("energy");
    r.explain = true;
    auto explained = search(r);
    ASSERT_FALSE(explained.hits.empty());
    ASSERT_FALSE(explained.hits[0].explanation.empty());
    EXPECT_EQ(explained.hits[0].explanation[0].term, "Zenergi");
    double sum = 0;
    for (const auto& t : explained.hits[0].explanation) sum += t.weight;
    EXPECT_NEAR(sum, explained.hits[0].score, 1e-9);
    r.ranking.feedback_docs = 0;
    auto plain = search(r);
    ASSERT_EQ(plain.hits[0].explanation.size(), 1u);
    EXPECT_DOUBLE_EQ(plain.hits[0].explanation[0].weight, plain.hits[0].score);
}

TEST(SearcherLibrary, FeedbackAddsWordsFromTheTopResults) {
    auto r = request("interconnector");
    r.limit = 100;
    r.explain = true;
    r.ranking.feedback_from_words = 1;
    r.ranking.feedback_min_spread = 0;  // one word's top scores are flat: feedback anyway
    auto with = search(r);
    r.ranking.feedback_docs = 0;
    auto without = search(r);
    ASSERT_FALSE(with.hits.empty());
    std::set<std::string> added;
    for (const auto& hit : with.hits) {
        double sum = 0;
        for (const auto& t : hit.explanation) {
            sum += t.weight;
            if (t.term != "Zinterconnector" && t.term != "interconnector") added.insert(t.term);
        }
        EXPECT_NEAR(sum, hit.score, 1e-9) << hit.passage.passage_id;
        for (const auto& m : hit.matches) {  // only the user's word is highlighted
            auto word = hit.passage.text.substr(m.begin, m.end - m.begin);
            EXPECT_NE(newsdex::schema::fold(word).find("interconnector"), std::string::npos) << word;
        }
    }
    EXPECT_FALSE(added.empty()) << "feedback found no words to add";
    for (const auto& hit : without.hits)
        for (const auto& t : hit.explanation) EXPECT_EQ(added.count(t.term), 0u) << t.term;
    EXPECT_GE(with.total_estimate, without.total_estimate);
}

TEST(SearcherLibrary, FeedbackLeavesKeywordQueriesAlone) {
    auto r = request("sauvel interconnector");
    r.explain = true;
    for (const auto& hit : search(r).hits)
        for (const auto& t : hit.explanation)
            EXPECT_TRUE(t.term.find("sauvel") != std::string::npos ||
                        t.term.find("interconnector") != std::string::npos)
                << t.term;
}

TEST(SearcherLibrary, FeedbackOnlyReordersShortQueries) {
    auto r = request("interconnector");
    r.limit = 200;
    r.ranking.feedback_from_words = 1;
    r.ranking.feedback_min_spread = 0;  // one word's top scores are flat: feedback anyway
    auto reordered = search(r);
    r.ranking.feedback_docs = 0;
    auto plain = search(r);
    std::set<std::string> a, b;
    for (const auto& h : reordered.hits) a.insert(h.passage.passage_id);
    for (const auto& h : plain.hits) b.insert(h.passage.passage_id);
    EXPECT_EQ(a, b);
}

// Without facets or collapsing, feedback's first pass is also the final one; with facets
// the query is matched again. Both must rank alike, feedback words included.
TEST(SearcherLibrary, FeedbackRanksAlikeInOnePassOrTwo) {
    auto r = request("energy transport corridors");
    r.explain = true;
    auto one = search(r);
    r.facets = {"topic"};
    auto two = search(r);
    ASSERT_EQ(one.hits.size(), two.hits.size());
    ASSERT_FALSE(one.hits.empty());
    bool fed_back = false;
    for (std::size_t i = 0; i < one.hits.size(); ++i) {
        EXPECT_EQ(one.hits[i].passage.passage_id, two.hits[i].passage.passage_id) << i;
        EXPECT_DOUBLE_EQ(one.hits[i].score, two.hits[i].score) << i;
        for (const auto& t : one.hits[i].explanation)
            fed_back = fed_back || (t.term.find("energi") == std::string::npos &&
                                    t.term.find("transport") == std::string::npos &&
                                    t.term.find("corridor") == std::string::npos);
    }
    EXPECT_TRUE(fed_back) << "feedback added no word: the test shows nothing";
}

TEST(SearcherLibrary, FeedbackWidensLongPlainQueries) {
    auto r = request("interconnector");
    r.limit = 200;
    r.ranking.feedback_from_words = 1;
    r.ranking.feedback_min_spread = 0;  // one word's top scores are flat: feedback anyway
    r.ranking.feedback_widens_from = 1;
    auto widened = search(r);
    r.ranking.feedback_docs = 0;
    auto plain = search(r);
    EXPECT_GT(widened.hits.size(), plain.hits.size());
    r.query = "title:interconnector";  // structured: never widened
    r.ranking.feedback_docs = 15;
    auto field = search(r);
    for (const auto& h : field.hits)
        EXPECT_NE(newsdex::schema::fold(h.passage.title).find("interconnector"), std::string::npos);
}

TEST(SearcherLibrary, ErrorsAreTyped) {
    EXPECT_THROW(search(request("energy \"open")), QueryError);
    EXPECT_THROW(newsdex::search("/nonexistent/newsdex-db", request("energy")), DatabaseError);
    auto bad_facet = request("energy");
    bad_facet.facets = {"colour"};
    EXPECT_THROW(search(bad_facet), QueryError);
}

TEST(SearcherLibrary, ProseQueriesHaveNoSyntax) {
    auto r = request("what did he say: \"territorial integrity (sovereignty AND");
    EXPECT_THROW(search(r), QueryError);
    r.prose = true;
    auto response = search(r);
    ASSERT_FALSE(response.hits.empty());
    auto words = response.hits[0].matches;
    EXPECT_FALSE(words.empty());
}

TEST(SearcherLibrary, HighlightingCanBeLeftOut) {
    auto r = request("territorial integrity");
    auto with = search(r);
    r.highlight = false;
    auto without = search(r);
    ASSERT_EQ(with.hits.size(), without.hits.size());
    ASSERT_FALSE(with.hits.empty());
    EXPECT_FALSE(with.hits[0].matches.empty());
    EXPECT_TRUE(without.hits[0].matches.empty());
    EXPECT_EQ(with.hits[0].passage.passage_id, without.hits[0].passage.passage_id);
}

TEST(SearcherLibrary, RankingParametersChangeScores) {
    auto r = request("territorial integrity");
    auto standard = search(r);
    r.ranking.k1 = 0;  // term frequency ignored: every matching passage scores its idf sum
    auto flat = search(r);
    ASSERT_FALSE(standard.hits.empty());
    EXPECT_NE(standard.hits[0].score, flat.hits[0].score);
}

// Two passages of the same words and length, one with the query's words side by side.
TEST(SearcherLibrary, NeighbouringWordsCloseTogetherRankFirst) {
    test::TempDir dir;
    test::write_file(dir / "docs.tsv",
                     "apart\tThe layer of paint on the wing boundary grew in the cold flight.\n"
                     "close\tThe boundary layer of paint on the wing grew in the cold flight.\n"
                     "part\tOnly the boundary of the field was drawn.\n");
    auto r = test::run({NEWSDEX_INDEX_BIN, "--db", dir / "db", "--input", "tsv", dir / "docs.tsv"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Searcher db(dir / "db");
    SearchRequest q;
    q.query = "boundary layer";
    q.explain = true;
    auto ranked = db.search(q);
    ASSERT_EQ(ranked.hits.size(), 3u);
    EXPECT_EQ(ranked.hits[0].passage.article_id, "close");
    EXPECT_GT(ranked.hits[0].score, ranked.hits[1].score);
    bool pair_explained = false;
    for (const auto& t : ranked.hits[0].explanation)
        pair_explained = pair_explained || t.term == "Zboundari NEAR/2 Zlayer";
    EXPECT_TRUE(pair_explained);
    q.ranking.proximity_weight = 0;
    auto flat = db.search(q);
    ASSERT_EQ(flat.hits.size(), 3u);
    EXPECT_DOUBLE_EQ(flat.hits[0].score, flat.hits[1].score) << "only proximity told them apart";
    q.query = "boundary-layer";
    EXPECT_EQ(db.search(q).hits.size(), 3u) << "a compound's words, not a phrase";
    q.query = "\"boundary-layer\"";
    EXPECT_EQ(db.search(q).hits.size(), 1u);
}

TEST(SearcherLibrary, AnOpenSearcherAnswersAsSearchDoes) {
    Searcher searcher(test::corpus_db());
    for (const auto* q : {"territorial integrity", "speaker:aliyev energy", "topic:energy"}) {
        auto once = search(request(q));
        auto open = searcher.search(request(q));
        ASSERT_EQ(once.hits.size(), open.hits.size()) << q;
        for (std::size_t i = 0; i < once.hits.size(); ++i) {
            EXPECT_EQ(once.hits[i].passage.passage_id, open.hits[i].passage.passage_id) << q;
            EXPECT_DOUBLE_EQ(once.hits[i].score, open.hits[i].score) << q;
        }
    }
    EXPECT_THROW(Searcher("/nonexistent/newsdex-db"), DatabaseError);
}

namespace {
// Writes `text` as DIR/in/NAME and (re)indexes DIR/in into DIR/db with the real indexer.
std::string index_text(const test::TempDir& dir, const std::string& name, const std::string& text) {
    test::write_file(dir / ("in/" + name), text);
    const std::string db = dir / "db";
    EXPECT_EQ(test::run({NEWSDEX_INDEX_BIN, "--db", db, "-q", dir / "in"}).exit_code, 0);
    return db;
}
}  // namespace

TEST(SearcherLibrary, AnOpenSearcherSeesLaterCommits) {
    test::TempDir dir;
    Searcher searcher(index_text(dir, "a.txt", "Grain talks\n\nThe grain corridor opened.\n"));
    SearchRequest r;
    r.query = "lighthouse";
    EXPECT_TRUE(searcher.search(r).hits.empty());
    index_text(dir, "b.txt", "Coast\n\nA new lighthouse was lit.\n");
    EXPECT_EQ(searcher.search(r).hits.size(), 1u);
}

TEST(SearcherLibrary, AnOpenSearcherFollowsARebuiltDatabase) {
    test::TempDir dir;
    const auto db = index_text(dir, "a.txt", "Grain talks\n\nThe grain corridor opened.\n");
    Searcher searcher(db);
    SearchRequest r;
    r.query = "grain";
    EXPECT_EQ(searcher.search(r).hits.size(), 1u);
    // A first build is compacted and put in place of the folder: new files, same path.
    std::filesystem::remove_all(db);
    index_text(dir, "a.txt", "Coast\n\nA new lighthouse was lit.\n");
    EXPECT_TRUE(searcher.search(r).hits.empty());
    r.query = "lighthouse";
    EXPECT_EQ(searcher.search(r).hits.size(), 1u);
}

TEST(SearcherLibrary, Stats) {
    auto s = database_stats(test::corpus_db());
    EXPECT_EQ(s.articles, 15u);
    EXPECT_EQ(s.schema_version, schema::kVersion);
    EXPECT_FALSE(s.positions);
    // Embedders get --stats --format json as text.
    auto j = nlohmann::json::parse(stats_json_text(s));
    EXPECT_EQ(j["articles"], 15);
    EXPECT_EQ(j["schema_version"], schema::kVersion);
    EXPECT_TRUE(j.contains("json_schema_version"));
}

TEST(Presenters, TextWrapsToTheWidth) {
    auto r = request("energy");
    r.limit = 20;
    auto response = search(r);
    std::ostringstream out;
    print_text(out, response, TextStyle{false, 50});
    std::istringstream lines(out.str());
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("     ", 0) != 0) continue;  // passage lines are indented
        std::size_t columns = 0;
        for (char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        // A single word longer than the width may overflow; these texts have none.
        EXPECT_LE(columns, 50u) << line;
    }
}

TEST(Presenters, TsvFieldsHaveNoTabsOrNewlines) {
    SearchResponse response;
    SearchHit hit;
    hit.rank = 1;
    hit.passage.passage_id = "a#0";
    hit.passage.text = "one\ttwo\nthree";
    hit.passage.title = "T\tT";
    response.hits.push_back(hit);
    std::ostringstream out;
    print_tsv(out, response, false);
    EXPECT_EQ(out.str(), "1\t0.0000\ta#0\t\t\t\tparagraph\tT T\tone two three\n");
}

TEST(SearcherLibrary, AReferenceLengthLowersK1AndExplainSaysSo) {
    auto r = request("energy");
    r.explain = true;
    r.ranking.feedback_docs = 0;
    auto standard = search(r);
    ASSERT_FALSE(standard.hits.empty());
    // The corpus's passages average more than 2 words: k1 is scaled down, the scores move,
    // and the explanation names the k1 used (adding nothing to the score).
    r.ranking.k1_reference_length = 2;
    auto scaled = search(r);
    ASSERT_FALSE(scaled.hits.empty());
    EXPECT_NE(standard.hits[0].score, scaled.hits[0].score);
    const auto& why = scaled.hits[0].explanation;
    ASSERT_EQ(why.size(), 2u);
    EXPECT_EQ(why[1].term.rfind("(BM25 k1 ", 0), 0u) << why[1].term;
    EXPECT_NE(why[1].term.find("words)"), std::string::npos) << why[1].term;
    EXPECT_DOUBLE_EQ(why[1].weight, 0);
    EXPECT_DOUBLE_EQ(why[0].weight, scaled.hits[0].score);
    // A reference length above the average changes nothing.
    r.ranking.k1_reference_length = 100000;
    auto unchanged = search(r);
    ASSERT_EQ(unchanged.hits[0].explanation.size(), 1u);
    EXPECT_DOUBLE_EQ(unchanged.hits[0].score, standard.hits[0].score);
}
