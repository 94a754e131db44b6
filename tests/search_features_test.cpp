// End to end: facets, suggestions, synonyms, --explain, --queries batches and --stats on an
// index of corpora/.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "corpus_db.hpp"
#include "date_range.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"

using newsdex::test::search_corpus;
using newsdex::test::search_corpus_json;
using nlohmann::json;

namespace {
std::map<std::string, std::size_t> facet(const json& j, const std::string& name) {
    std::map<std::string, std::size_t> out;
    for (const auto& v : j["facets"][name]) out[v["value"]] = v["count"];
    return out;
}
}  // namespace

TEST(SearchFeatures, FacetCountsEqualABruteForceCount) {
    // Quotes never hide behind a duplicate, so listing them all is the brute force.
    auto j = search_corpus_json({"--kind", "quote", "--facets", "speaker,topic,year,source", "-n",
                                 "1000"});
    std::map<std::string, std::size_t> speakers, topics, years, sources;
    for (const auto& r : j["results"]) {
        if (!r["speaker"].is_null()) ++speakers[r["speaker"]];
        for (const auto& t : r["topics"]) ++topics[t];
        if (!r["date"].is_null()) ++years[r["date"].get<std::string>().substr(0, 4)];
        if (!r["source"].get<std::string>().empty()) ++sources[r["source"]];
    }
    EXPECT_EQ(facet(j, "speaker"), speakers);
    EXPECT_EQ(facet(j, "topic"), topics);
    EXPECT_EQ(facet(j, "year"), years);
    EXPECT_EQ(facet(j, "source"), sources);
    // Most frequent first.
    const auto& values = j["facets"]["topic"];
    for (std::size_t i = 1; i < values.size(); ++i)
        EXPECT_GE(values[i - 1]["count"].get<int>(), values[i]["count"].get<int>());
}

TEST(SearchFeatures, FacetsCountBeyondThePage) {
    auto j = search_corpus_json({"--kind", "quote", "--facets", "year", "-n", "1"});
    std::size_t total = 0;
    for (const auto& v : j["facets"]["year"]) total += v["count"].get<std::size_t>();
    EXPECT_GT(total, 10u);
    auto text = search_corpus({"--kind", "quote", "--facets", "year", "-n", "1"});
    EXPECT_NE(text.out.find("\nyear:  "), std::string::npos) << text.out;
}

TEST(SearchFeatures, UnknownFacetIsABadQuery) {
    auto r = search_corpus({"energy", "--facets", "colour"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown facet 'colour'"), std::string::npos) << r.err;
}

TEST(SearchFeatures, MisspeltQueryGetsASuggestion) {
    auto j = search_corpus_json({"interconector"});
    EXPECT_TRUE(j["results"].empty());
    EXPECT_EQ(j["suggestion"], "interconnector");
    auto text = search_corpus({"interconector"});
    EXPECT_EQ(text.exit_code, 1);
    EXPECT_NE(text.out.find("Did you mean: interconnector"), std::string::npos) << text.out;
    EXPECT_TRUE(search_corpus_json({"interconnector"})["suggestion"].is_null());
}

TEST(SearchFeatures, AWordTheIndexHoldsIsNotCorrectedToACommonerOne) {
    // `grain` is a word of the corpus: that `again` is near it and commoner makes it no slip,
    // even where a filter leaves nothing; a misspelt word beside it still gets its correction.
    const auto grain = search_corpus_json({"topic:energy grain"});
    ASSERT_EQ(grain["results"].size(), 0u) << grain.dump();
    EXPECT_TRUE(grain["suggestion"].is_null()) << grain.dump();
    const auto slip = search_corpus_json({"topic:energy grian"});
    EXPECT_EQ(slip["suggestion"], "topic:energy grain") << slip.dump();
}

TEST(SearchFeatures, SynonymsFindEachOther) {
    // The samples spell it "defense" in one item and "defence" in another.
    auto j = search_corpus_json({"defense", "-n", "50"});
    bool defence = false, defense = false;
    for (const auto& r : j["results"]) {
        auto t = r["text"].get<std::string>();
        defence = defence || t.find("defence") != std::string::npos;
        defense = defense || t.find("defense") != std::string::npos;
    }
    EXPECT_TRUE(defence && defense);
    auto kiev = search_corpus_json({"kiev"});
    ASSERT_FALSE(kiev["results"].empty());
    EXPECT_NE(kiev["results"][0]["snippet"].get<std::string>().find("<mark>Kyiv</mark>"),
              std::string::npos);
    // Speaker aliases work in free text too.
    auto alias = search_corpus_json({"zelenskyy"});
    ASSERT_FALSE(alias["results"].empty());
    EXPECT_NE(alias["results"][0]["text"].get<std::string>().find("Zelensky"), std::string::npos);
}

TEST(SearchFeatures, ExplainWeightsAddUpToTheScore) {
    // The second query has three neighbouring pairs, of which a passage may hold some close
    // together and not others; each is weighed alone in the explanation.
    for (const auto* query : {"energy security", "energy security transport corridors"}) {
        auto j = search_corpus_json({query, "--explain", "-n", "8"});
        ASSERT_FALSE(j["results"].empty());
        for (const auto& r : j["results"]) {
            double sum = 0;
            for (const auto& t : r["explanation"]) sum += t["weight"].get<double>();
            EXPECT_NEAR(sum, r["score"].get<double>(), 1e-9) << query << " " << r["passage_id"];
            for (const auto& t : r["explanation"])
                for (const auto* function_word : {"Zthe", "ZSthe", "Zof", "ZSof", "Zand", "ZSand"})
                    EXPECT_NE(t["term"], function_word) << "feedback added a function word";
        }
    }
    EXPECT_FALSE(search_corpus_json({"energy"})["results"][0].contains("explanation"));
}

TEST(SearchFeatures, BatchRunsEveryQuery) {
    newsdex::test::TempDir dir;
    newsdex::test::write_file(dir / "q.tsv", "# comment\nq1\tenergy\n\nq2\tsovereignty\nq3\tzzqxwv\n");
    auto r = search_corpus({"--queries", dir / "q.tsv", "--format", "trec", "-n", "3"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, int> per_qid;
    std::stringstream ss(r.out);
    for (std::string qid, rest; ss >> qid && std::getline(ss, rest);) ++per_qid[qid];
    EXPECT_EQ(per_qid["q1"], 3);
    EXPECT_EQ(per_qid["q2"], 3);
    EXPECT_EQ(per_qid.count("q3"), 0u);
    // Each batch result equals the single query's.
    std::stringstream single(search_corpus({"energy", "--format", "trec", "-n", "3"}).out);
    for (std::string line; std::getline(single, line);)
        EXPECT_NE(r.out.find("q" + line + "\n"), std::string::npos) << line;

    newsdex::test::write_file(dir / "bad.tsv", "q1\tenergy\nno tab here\nq3\tspekaer:x\n");
    auto bad = search_corpus({"--queries", dir / "bad.tsv", "--format", "jsonl"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("bad.tsv:2: expected qid<TAB>query"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("bad.tsv:3: query q3: bad query"), std::string::npos) << bad.err;
    EXPECT_NE(bad.out.find("\"qid\":\"q1\""), std::string::npos) << "the good query still ran";
}

TEST(SearchFeatures, StatsDescribeTheDatabase) {
    auto r = search_corpus({"--stats", "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = json::parse(r.out);
    auto all = search_corpus_json({"--since", "1000", "-n", "10000"});
    EXPECT_EQ(j["articles"], 15);
    EXPECT_GE(j["passages"].get<int>(), 100);
    EXPECT_GE(j["speakers"].get<int>(), 10);
    EXPECT_EQ(j["first_date"], "2019-11-05");
    EXPECT_EQ(j["last_date"], "2026-04-08");
    EXPECT_EQ(j["last_indexed"].get<std::string>().size(), 20u);
    EXPECT_EQ(j["schema_version"], newsdex::schema::kVersion);
    EXPECT_EQ(j["positions"], false);
}

TEST(DateRange, BoundsOfEachPrecision) {
    EXPECT_EQ(newsdex::date_lower_bound("2024"), "20240101");
    EXPECT_EQ(newsdex::date_upper_bound("2024"), "20241231");
    EXPECT_EQ(newsdex::date_lower_bound("2024-02"), "20240201");
    EXPECT_EQ(newsdex::date_upper_bound("2024-02"), "20240231");
    EXPECT_EQ(newsdex::date_upper_bound("2024-02-29"), "20240229");
    for (const char* bad : {"24", "2024-1", "2024-00", "2024-02-32", "2024/02/01", ""})
        EXPECT_THROW(newsdex::date_lower_bound(bad), newsdex::QueryError) << bad;
}
