// The benchmark harness behind scripts/bench: how peers are given the queries, how latency
// is summarised, the query set's contract, and a whole run on a tiny corpus.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "latency.hpp"
#include "process.hpp"
#include "query_set.hpp"

using namespace newsdex::bench;

TEST(BenchQueries, PeersGetTheWordsWithoutFields) {
    EXPECT_EQ(words_only("topic:energy oil prices"), "oil prices");
    EXPECT_EQ(words_only("speaker:\"kofi annan\" reform now"), "reform now");
    EXPECT_EQ(words_only("nuclear  disarmament"), "nuclear disarmament");
    EXPECT_EQ(words_only("speaker:annan"), "");
}

TEST(BenchQueries, TheProjectsQuerySetKeepsItsShape) {
    auto queries = load_queries(std::string(NEWSDEX_SOURCE_DIR) + "/bench/queries.txt");
    EXPECT_GE(queries.size(), 200u);
    auto count = [&](const char* field) {
        return std::count_if(queries.begin(), queries.end(),
                             [&](const auto& q) { return q.text.starts_with(field); });
    };
    EXPECT_GE(count("speaker:"), 15);
    EXPECT_GE(count("topic:"), 20);
    for (const auto& q : queries) EXPECT_FALSE(q.words.empty()) << q.text;
}

TEST(BenchLatency, PercentilesAreNearestRank) {
    std::vector<double> v{5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
    EXPECT_EQ(percentile(v, 0.5), 5);
    EXPECT_EQ(percentile(v, 0.95), 10);
    EXPECT_EQ(percentile(v, 0.1), 1);
    EXPECT_EQ(percentile({}, 0.5), 0);
}

TEST(BenchRun, AllThreeSystemsIndexAndAnswer) {
    if (std::system("command -v omindex >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "omindex (Debian xapian-omega) is not installed; scripts/bench installs it";
    newsdex::test::TempDir dir;
    const std::string corpus = dir / "corpus";
    const char* texts[] = {
        "The Assembly must act on nuclear disarmament.\nWe call for a treaty banning tests.\n",
        "Climate change threatens small island states.\nSea level rise is an existential threat.\n",
        "Refugees fleeing the war need humanitarian aid.\nThe Secretary-General said: \"We must "
        "not fail them.\"\n"};
    for (int i = 0; i < 3; ++i)
        newsdex::test::write_file(corpus + "/s" + std::to_string(i) + ".txt", texts[i]);
    const std::string queries = dir / "queries.txt";
    newsdex::test::write_file(queries, "# test\nnuclear disarmament\ntopic:humanitarian refugees\n");
    const std::string out = dir / "out";
    auto r = newsdex::test::run({NEWSDEX_BENCH_BIN, "run", "--corpus", corpus, "--work", dir / "work",
                                 "--queries", queries, "--newsdex-index", NEWSDEX_INDEX_BIN, "--out",
                                 out, "--query-runs", "1"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("no-op reindex"), std::string::npos);
    std::ifstream in(out + "/results.json");
    auto j = nlohmann::json::parse(in);
    EXPECT_EQ(j["corpus"]["files"], 3);
    ASSERT_EQ(j["indexing"].size(), 3u);
    EXPECT_EQ(j["indexing"][0]["system"], "newsdex");
    EXPECT_EQ(j["indexing"][0]["documents"], 4);  // a paragraph a file, and the quote
    EXPECT_EQ(j["indexing"][1]["documents"], 3);
    EXPECT_EQ(j["indexing"][2]["documents"], 3);
    for (const auto& i : j["indexing"]) EXPECT_GT(i["index_bytes"].get<double>(), 0) << i;
    EXPECT_EQ(j["write_floor"]["documents"], 4);  // newsdex's passages, written again
    EXPECT_EQ(j["write_floor"]["shards"], 1);
    EXPECT_GT(j["write_floor"]["seconds"].get<double>(), 0);
    EXPECT_FALSE(std::filesystem::exists(dir / "work/write-floor"));
    EXPECT_EQ(j["queries"]["filtered"], 1);
    ASSERT_EQ(j["latency"].size(), 4u);
    EXPECT_EQ(j["latency"][2]["system"], "xapian-passages");
    for (const auto& l : j["latency"]) EXPECT_GT(l["mean_hits"].get<double>(), 0) << l;
}
