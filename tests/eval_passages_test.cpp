// End to end: newsdex-eval on a passage collection written by the test — articles in two
// folders, judgments that name passages by file, kind and snippet — whose scores are known by
// construction; and the judging pool.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "passage_collection.hpp"
#include "process.hpp"

using newsdex::test::read_file;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;

namespace {

// Two sources. q1's one relevant passage is the only one with "turbines", so every system
// ranks it first (AP 1). q2 asks for Maren's words on tariffs: her quote (grade 2) and the
// paragraph around it (grade 1) are the only passages with "tariffs".
void write_collection(const TempDir& dir) {
    write_file(dir / "wire/energy/a1.md",
               "---\ntitle: Wind farm\n---\n\nThe coast will get new turbines next year.\n\n"
               "Engineers inspected the grid on Monday.\n");
    write_file(dir / "wire/trade/a2.md",
               "---\ntitle: Trade talks\n---\n\n“We will cut tariffs on grain,” Ilse Maren said.\n\n"
               "Talks resume in May.\n");
    write_file(dir / "gov/b1.md",
               "---\ntitle: Grid statement\n---\n\nThe ministry inspected the grid again.\n");
    write_file(dir / "set/sources.txt", "name\tfolder\nwire\t../wire\ngov\t../gov\n");
    write_file(dir / "set/queries.tsv",
               "qid\tquery\ttype\nq1\tturbines\tkeywords\nq2\tspeaker:maren tariffs\tspeaker\n");
    write_file(dir / "set/judgments.tsv",
               "qid\tfile\tkind\tsnippet\tgrade\n"
               "q1\twire/energy/a1.md\tparagraph\tcoast will get new   turbines\t2\n"
               "q1\tgov/b1.md\tparagraph\tministry inspected the grid\t0\n"
               "q2\twire/trade/a2.md\tquote\tWe will cut tariffs on grain\t2\n"
               "q2\twire/trade/a2.md\tparagraph\tWe will cut tariffs on grain\t1\n");
}

}  // namespace

TEST(EvalPassages, BaselineQueriesKeepTheWordsOfFields) {
    using newsdex::eval::baseline_words;
    EXPECT_EQ(baseline_words("speaker:blair iraq"), "blair iraq");
    EXPECT_EQ(baseline_words("speaker:\"gordon brown\" budget"), "gordon brown budget");
    EXPECT_EQ(baseline_words("what did Blair say"), "what did Blair say");
}

TEST(EvalPassages, JudgmentsNamePassagesByFileKindAndWords) {
    TempDir dir;
    write_collection(dir);
    auto r = run({NEWSDEX_EVAL_BIN, "--format", "json", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("match no passage"), std::string::npos) << r.err;
    auto j = json::parse(r.out);
    const auto& c = j["collections"][0];
    EXPECT_EQ(c["name"], "set");
    EXPECT_EQ(c["documents"], 6);  // 5 paragraphs and one quote
    const auto& ours = c["systems"]["newsdex"];
    EXPECT_EQ(ours["queries"], 2);
    // q1: AP 1. q2: only the speaker's quote can match `speaker:maren`, so the paragraph
    // (relevant, grade 1) is never retrieved: AP 1/2.
    EXPECT_NEAR(ours["map"].get<double>(), (1.0 + 0.5) / 2, 1e-9);
    EXPECT_NEAR(ours["mrr"].get<double>(), 1.0, 1e-9);
    // The baselines see `maren tariffs` as words: both passages with "tariffs" are found.
    EXPECT_NEAR(c["systems"]["fts5"]["map"].get<double>(), 1.0, 1e-9);
}

// newsdex is scored on the list a user reads, the results then the section of passages that
// name a speaker the filter found too few of; the results alone are scored beside it.
TEST(EvalPassages, TheSectionAfterASpeakerFilterIsScoredBesideTheFilterAlone) {
    TempDir dir;
    write_collection(dir);
    write_file(dir / "gov/b2.md",
               "---\ntitle: Farmers\n---\n\nFarmers criticised the tariffs plan of Ms Maren.\n");
    write_file(dir / "set/judgments.tsv",
               read_file(dir / "set/judgments.tsv") +
                   "q2\tgov/b2.md\tparagraph\tFarmers criticised the tariffs plan\t1\n");
    auto r = run({NEWSDEX_EVAL_BIN, "--format", "json", "--no-baselines", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto c = json::parse(r.out)["collections"][0];
    // q2 has three relevant passages. The filter finds the quote alone: AP 1/3. The section
    // adds b2 second (a2's paragraph is the one the quote came from): AP (1 + 2/2) / 3.
    EXPECT_NEAR(c["systems"]["newsdex_filter_only"]["map"].get<double>(), (1.0 + 1.0 / 3) / 2,
                1e-9);
    EXPECT_NEAR(c["systems"]["newsdex"]["map"].get<double>(), (1.0 + 2.0 / 3) / 2, 1e-9);
    r = run({NEWSDEX_EVAL_BIN, "--no-baselines", dir / "set"});
    EXPECT_NE(r.out.find("  filter only "), std::string::npos) << r.out;
}

// Judged by article: an article's grade is its best judged passage's; newsdex ranks articles
// by their best passage, the baselines index each article's paragraphs as one text.
TEST(EvalPassages, ACollectionJudgedByArticle) {
    TempDir dir;
    write_collection(dir);
    write_file(dir / "set/unit.txt", "articles\n");
    auto r = run({NEWSDEX_EVAL_BIN, "--format", "json", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto c = json::parse(r.out)["collections"][0];
    EXPECT_EQ(c["documents"], 3);  // three articles
    // q1: a1 (grade 2) first, b1 (grade 0) never relevant: AP 1. q2: a2 first: AP 1.
    for (const char* system : {"newsdex", "fts5", "xapian"})
        EXPECT_NEAR(c["systems"][system]["map"].get<double>(), 1.0, 1e-9) << system;
    write_file(dir / "set/unit.txt", "paragraphs\n");
    r = run({NEWSDEX_EVAL_BIN, dir / "set"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unit.txt: expected 'passages', 'articles' or 'article-lines'"),
              std::string::npos)
        << r.err;
}

// Judged by article line: each article's paragraphs one line of a docs.tsv, indexed and
// searched as a classic collection (plain words: `speaker:maren tariffs` is two words).
TEST(EvalPassages, ACollectionJudgedByArticleLines) {
    TempDir dir;
    write_collection(dir);
    write_file(dir / "set/unit.txt", "article-lines\n");
    auto r = run({NEWSDEX_EVAL_BIN, "--format", "json", "--db", dir / "db", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto c = json::parse(r.out)["collections"][0];
    EXPECT_EQ(c["documents"], 3);
    for (const char* system : {"newsdex", "fts5", "xapian"})
        EXPECT_NEAR(c["systems"][system]["map"].get<double>(), 1.0, 1e-9) << system;
    // The lines newsdex indexed: one an article, keyed by the judged file.
    std::ifstream lines(dir / "db/set.lines.tsv");
    std::string all((std::istreambuf_iterator<char>(lines)), std::istreambuf_iterator<char>());
    EXPECT_NE(all.find("wire/trade/a2.md\t“We will cut tariffs on grain,” Ilse Maren said. Talks resume"),
              std::string::npos)
        << all;
}

// The loader keeps an article judgment as it is written, and resolving it grades every
// passage of its file, whatever their kind, and no other.
TEST(EvalPassages, ArticleJudgmentsLoadAndResolveToEveryPassageOfTheirFile) {
    using namespace newsdex::eval;
    TempDir dir;
    write_collection(dir);
    write_file(dir / "set/unit.txt", "articles\n");
    write_file(dir / "set/judgments.tsv",
               "qid\tfile\tkind\tsnippet\tgrade\nq1\twire/trade/a2.md\tarticle\t-\t2\n");
    const auto c = load_passage_collection(dir / "set");
    ASSERT_EQ(c.judgments.size(), 1u);
    EXPECT_EQ(c.judgments[0].kind, "article");
    EXPECT_EQ(c.judgments[0].snippet, "-");
    EXPECT_EQ(c.judgments[0].grade, 2);
    const std::vector<IndexedPassage> passages = {
        {"trade/a2.md#0", "wire/trade/a2.md", "paragraph", "We will cut tariffs."},
        {"trade/a2.md#1", "wire/trade/a2.md", "quote", "We will cut tariffs."},
        {"energy/a1.md#0", "wire/energy/a1.md", "paragraph", "New turbines."}};
    Qrels qrels;
    EXPECT_TRUE(resolve_judgments(c.judgments, passages, qrels).empty());
    EXPECT_EQ(qrels["q1"].size(), 2u);
    EXPECT_EQ(qrels["q1"]["trade/a2.md#0"], 2);
    EXPECT_EQ(qrels["q1"]["trade/a2.md#1"], 2);
    EXPECT_EQ(article_qrels(qrels, passages)["q1"]["wire/trade/a2.md"], 2);
}

// A judgment may name a whole article (kind `article`, snippet `-`): its grade is the
// article's, whatever its passages; only in a collection judged by article.
TEST(EvalPassages, AJudgmentMayNameAWholeArticle) {
    TempDir dir;
    write_collection(dir);
    write_file(dir / "set/unit.txt", "article-lines\n");
    // q1: only b1, judged whole, is relevant (a1 judged whole, not relevant).
    write_file(dir / "set/queries.tsv", "qid\tquery\nq1\tgrid\n");
    write_file(dir / "set/judgments.tsv",
               "qid\tfile\tkind\tsnippet\tgrade\n"
               "q1\tgov/b1.md\tarticle\t-\t2\n"
               "q1\twire/energy/a1.md\tarticle\t-\t0\n");
    auto r = run({NEWSDEX_EVAL_BIN, "--format", "json", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("match no passage"), std::string::npos) << r.err;
    auto c = json::parse(r.out)["collections"][0];
    // Both articles hold "grid"; b1 is the shorter, so it ranks first in every system: AP 1.
    for (const char* system : {"newsdex", "fts5", "xapian"})
        EXPECT_NEAR(c["systems"][system]["map"].get<double>(), 1.0, 1e-9) << system;
    // The grades swapped: a1, ranked second, is the relevant one (AP 0.5).
    write_file(dir / "set/judgments.tsv",
               "q1\tgov/b1.md\tarticle\t-\t0\nq1\twire/energy/a1.md\tarticle\t-\t1\n");
    r = run({NEWSDEX_EVAL_BIN, "--format", "json", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    c = json::parse(r.out)["collections"][0];
    for (const char* system : {"newsdex", "fts5", "xapian"})
        EXPECT_NEAR(c["systems"][system]["map"].get<double>(), 0.5, 1e-9) << system;
    // An article absent from the sources matches nothing.
    write_file(dir / "set/judgments.tsv", "q1\twire/none.md\tarticle\t-\t2\n");
    r = run({NEWSDEX_EVAL_BIN, "--no-baselines", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("1 of 1 judgments match no passage"), std::string::npos) << r.err;
    // Only `-` as its snippet, and only when articles are the unit.
    write_file(dir / "set/judgments.tsv", "q1\tgov/b1.md\tarticle\tthe grid\t2\n");
    r = run({NEWSDEX_EVAL_BIN, dir / "set"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("judgments.tsv: judgment 1: an article judgment's snippet is '-'"),
              std::string::npos)
        << r.err;
    write_file(dir / "set/judgments.tsv", "q1\tgov/b1.md\tarticle\t-\t2\n");
    write_file(dir / "set/unit.txt", "passages\n");
    r = run({NEWSDEX_EVAL_BIN, dir / "set"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("an article judgment needs unit.txt 'articles' or 'article-lines'"),
              std::string::npos)
        << r.err;
}

TEST(EvalPassages, AJudgmentMatchingNoPassageIsReported) {
    TempDir dir;
    write_collection(dir);
    write_file(dir / "set/judgments.tsv",
               "q1\twire/energy/a1.md\tparagraph\tcoast will get new turbines\t2\n"
               "q1\twire/energy/a1.md\tquote\tcoast will get new turbines\t2\n");
    auto r = run({NEWSDEX_EVAL_BIN, "--no-baselines", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("1 of 2 judgments match no passage"), std::string::npos) << r.err;
}

TEST(EvalPassages, ThePoolHoldsEachSystemsTopPassagesOnce) {
    TempDir dir;
    write_collection(dir);
    auto r = run({NEWSDEX_EVAL_BIN, "--pool", dir / "pool.tsv", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto pool = read_file(dir / "pool.tsv");
    EXPECT_EQ(pool.rfind("qid\tfile\tkind\tpassage_id\tsystems\ttext\n", 0), 0u) << pool;
    EXPECT_NE(pool.find("q1\twire/energy/a1.md\tparagraph\tenergy/a1.md#0\t"
                        "newsdex,newsdex-no-feedback,fts5,xapian\tThe coast will get new turbines"),
              std::string::npos)
        << pool;
    EXPECT_NE(pool.find("q2\twire/trade/a2.md\tparagraph\t"), std::string::npos) << pool;
    // Each passage once per query.
    EXPECT_EQ(pool.find("energy/a1.md#0", pool.find("energy/a1.md#0") + 1), std::string::npos);
}

// Judged by article line, the pool's items are the articles, each once per query, with
// the line every system searched.
TEST(EvalPassages, ThePoolOfArticleLinesHoldsArticles) {
    TempDir dir;
    write_collection(dir);
    write_file(dir / "set/unit.txt", "article-lines\n");
    auto r = run({NEWSDEX_EVAL_BIN, "--pool", dir / "pool.tsv", dir / "set"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto pool = read_file(dir / "pool.tsv");
    EXPECT_NE(pool.find("q1\twire/energy/a1.md\tarticle\twire/energy/a1.md\t"
                        "newsdex,newsdex-no-feedback,fts5,xapian\tThe coast will get new turbines "
                        "next year. Engineers inspected the grid on Monday.\n"),
              std::string::npos)
        << pool;
    EXPECT_NE(pool.find("q2\twire/trade/a2.md\tarticle\t"), std::string::npos) << pool;
    EXPECT_EQ(pool.find("q1\twire/energy/a1.md", pool.find("q1\twire/energy/a1.md") + 1),
              std::string::npos)
        << pool;
    // Judged by article (each article's paragraphs, not a line), there is no pool.
    write_file(dir / "set/unit.txt", "articles\n");
    r = run({NEWSDEX_EVAL_BIN, "--pool", dir / "pool.tsv", dir / "set"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--pool takes one passage collection"), std::string::npos) << r.err;
}

TEST(EvalPassages, ABadSourceOrPoolRequestIsAUsageError) {
    TempDir dir;
    write_collection(dir);
    write_file(dir / "set/sources.txt", "wire\t../nowhere\n");
    auto r = run({NEWSDEX_EVAL_BIN, dir / "set"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("source 'wire' is not a folder"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    r = run({NEWSDEX_EVAL_BIN, "--pool", dir / "p.tsv", NEWSDEX_SOURCE_DIR "/tests/data/eval_fixture"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--pool takes one passage collection"), std::string::npos) << r.err;
}
