// End to end: newsdex-eval on a hand-made collection whose scores are known in advance.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "collection.hpp"
#include "process.hpp"

using newsdex::test::read_file;
using newsdex::test::run;
using newsdex::test::TempDir;
using nlohmann::json;

namespace {

const std::string kFixture = std::string(NEWSDEX_SOURCE_DIR) + "/tests/data/eval_fixture";

// q1 finds d1 first, q2 finds d3 first, q3 finds d2 but never d4 (no "turbines" there):
// AP 1, 1, 1/2 → MAP 5/6; every judged query has its first relevant document at rank 1.
constexpr double kMap = 5.0 / 6.0;

}  // namespace

TEST(EvalCollection, LoadsTheThreeFiles) {
    auto c = newsdex::eval::load_collection(kFixture);
    EXPECT_EQ(c.name, "eval_fixture");
    ASSERT_EQ(c.queries.size(), 4u);
    EXPECT_EQ(c.queries[1].id, "q2");
    EXPECT_EQ(c.queries[1].text, "where does the pipeline cross?");
    EXPECT_EQ(c.qrels.size(), 3u);
    EXPECT_EQ(c.qrels["q3"]["d2"], 2);
    EXPECT_EQ(newsdex::eval::read_docs(c.docs_path).size(), 4u);
}

TEST(EvalCollection, BaselinesSkipARepeatedDocidAsTheIndexerDoes) {
    newsdex::test::TempDir dir;
    newsdex::test::write_file(dir / "docs.tsv", "d1\tfirst text\nd2\tsecond\nd1\tlater text\n");
    const auto docs = newsdex::eval::read_docs(dir / "docs.tsv");
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(docs[0].second, "first text");
    EXPECT_EQ(docs[1].first, "d2");
}

TEST(EvalCollection, MissingFilesAreNamed) {
    TempDir dir;
    try {
        newsdex::eval::load_collection(dir.path());
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("docs.tsv: no such file"), std::string::npos) << e.what();
    }
}

TEST(EvalCli, ScoresNewsdexAndBothBaselinesOnTheSameFiles) {
    auto r = run({NEWSDEX_EVAL_BIN, "--format", "json", kFixture});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = json::parse(r.out);
    ASSERT_EQ(j["collections"].size(), 1u);
    const auto& c = j["collections"][0];
    EXPECT_EQ(c["name"], "eval_fixture");
    EXPECT_EQ(c["documents"], 4);
    for (const char* system : {"newsdex", "fts5", "xapian"}) {
        const auto& s = c["systems"][system];
        EXPECT_NEAR(s["map"].get<double>(), kMap, 1e-9) << system;
        EXPECT_NEAR(s["mrr"].get<double>(), 1.0, 1e-9) << system;
        EXPECT_NEAR(s["p@10"].get<double>(), (0.1 + 0.1 + 0.1) / 3, 1e-9) << system;
        EXPECT_EQ(s["queries"], 3) << system;
    }
}

TEST(EvalCli, TextReportHasEachSystemAndTheRatios) {
    auto r = run({NEWSDEX_EVAL_BIN, kFixture});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* part : {"newsdex ", "FTS5 bm25", "plain Xapian", "newsdex/FTS5", "newsdex/Xapian",
                             "eval_fixture 0.8333   0.8333   0.8333   1.000    1.000    0.9201"})
        EXPECT_NE(r.out.find(part), std::string::npos) << part << " missing from:\n" << r.out;
}

TEST(EvalCli, WritesTheRunInTrecFormat) {
    TempDir dir;
    auto r = run({NEWSDEX_EVAL_BIN, "--no-baselines", "--run", dir / "run.trec", kFixture});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto text = read_file(dir / "run.trec");
    EXPECT_EQ(text.rfind("q1 Q0 d1 1 ", 0), 0u) << text;
    EXPECT_NE(text.find("\nq2 Q0 d3 1 "), std::string::npos) << text;
    EXPECT_NE(text.find("\nq3 Q0 d2 1 "), std::string::npos) << text;
    EXPECT_EQ(text.find(" d4 ", text.find("q3 "))  , std::string::npos) << text;
}

TEST(EvalCli, ABadFolderIsAUsageError) {
    auto r = run({NEWSDEX_EVAL_BIN, "/nonexistent/collection"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("/nonexistent/collection"), std::string::npos) << r.err;
    r = run({NEWSDEX_EVAL_BIN, "--feedback-scheme", "nope", kFixture});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--feedback-scheme"), std::string::npos) << r.err;
}
