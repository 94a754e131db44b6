// End to end: newsdex-search's output for programs parses whole — JSON lines end each query
// with a summary record, every output option has a form in the chosen format or is refused,
// --stats has a TSV form — and its exit status says whether the query matched anything.

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "corpus_db.hpp"
#include "process.hpp"

using newsdex::test::lines_of;
using newsdex::test::search_corpus;
using newsdex::test::search_corpus_json;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;

namespace {

std::vector<json> records(const std::string& out) {
    std::vector<json> parsed;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) parsed.push_back(json::parse(line));
    return parsed;
}

}  // namespace

TEST(SearchMachineOutput, JsonLinesEndWithASummary) {
    auto j = search_corpus_json({"energy", "-n", "3", "--facets", "speaker"});
    auto r = search_corpus({"energy", "-n", "3", "--facets", "speaker", "--format", "jsonl"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto recs = records(r.out);
    ASSERT_EQ(recs.size(), j["results"].size() + 1);
    for (std::size_t i = 0; i + 1 < recs.size(); ++i) {
        EXPECT_EQ(recs[i]["type"], "hit");
        for (const auto& [key, value] : j["results"][i].items())
            EXPECT_EQ(recs[i][key], value) << key;
    }
    auto summary = recs.back();
    EXPECT_EQ(summary["type"], "summary");
    EXPECT_EQ(summary["query"], "energy");
    EXPECT_EQ(summary["total_estimate"], j["total_estimate"]);
    EXPECT_EQ(summary["shown"], 3);
    EXPECT_TRUE(summary["suggestion"].is_null());
    EXPECT_EQ(summary["facets"], j["facets"]);
    EXPECT_EQ(summary["facet_totals"], j["facet_totals"]);
    EXPECT_TRUE(summary["elapsed_ms"].is_number());
}

TEST(SearchMachineOutput, JsonLinesSayWhenNothingWasFound) {
    auto r = search_corpus({"interconector", "--format", "jsonl"});
    EXPECT_EQ(r.exit_code, 1);
    auto recs = records(r.out);
    ASSERT_EQ(recs.size(), 1u) << r.out;
    EXPECT_EQ(recs[0]["type"], "summary");
    EXPECT_EQ(recs[0]["total_estimate"], 0);
    EXPECT_EQ(recs[0]["shown"], 0);
    EXPECT_EQ(recs[0]["suggestion"], "interconnector");
    EXPECT_FALSE(recs[0].contains("facets"));
}

TEST(SearchMachineOutput, JsonLinesExplainEachHit) {
    auto r = search_corpus({"energy security", "-n", "3", "--explain", "--format", "jsonl"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto recs = records(r.out);
    ASSERT_EQ(recs.size(), 4u);
    for (std::size_t i = 0; i < 3; ++i) {
        ASSERT_TRUE(recs[i]["explanation"].is_array());
        EXPECT_FALSE(recs[i]["explanation"].empty());
    }
}

TEST(SearchMachineOutput, JsonLinesOfABatchCarryTheirQid) {
    TempDir dir;
    write_file(dir / "q.tsv", "q1\tenergy\nq2\tzzqxwv\nq3\tsovereignty\n");
    auto r = search_corpus({"--queries", dir / "q.tsv", "--format", "jsonl", "-n", "2"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> summaries;
    std::string current;
    for (const auto& rec : records(r.out)) {
        ASSERT_TRUE(rec.contains("qid")) << rec.dump();
        if (current.empty()) current = rec.at("qid");
        EXPECT_EQ(rec.at("qid"), current) << "a query's records stay together";
        if (rec.value("type", "") == "summary") {
            summaries.push_back(current);
            current.clear();
        }
    }
    EXPECT_EQ(summaries, (std::vector<std::string>{"q1", "q2", "q3"}));
}

TEST(SearchMachineOutput, OptionsWithoutAFormInTheFormatAreRefused) {
    for (std::vector<std::string> args :
         {std::vector<std::string>{"--format", "tsv", "--facets", "speaker"},
          {"--format", "trec", "--facets", "speaker"},
          {"--format", "tsv", "--explain"},
          {"--format", "trec", "--explain"}}) {
        args.push_back("energy");
        auto r = search_corpus(args);
        EXPECT_EQ(r.exit_code, 2) << args[1] << " " << args[2];
        EXPECT_TRUE(r.out.empty()) << r.out;
        EXPECT_NE(r.err.find(args[2] + " has no "), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
}

TEST(SearchMachineOutput, StatsAsTsv) {
    auto j = json::parse(search_corpus({"--stats", "--format", "json"}).out);
    auto r = search_corpus({"--stats", "--format", "tsv"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto ls = lines_of(r.out);
    // The same keys, but for the JSON's own version.
    ASSERT_TRUE(j.contains("json_schema_version"));
    ASSERT_EQ(ls.size(), j.size() - 1);
    for (const auto& line : ls) {
        const auto tab = line.find('\t');
        ASSERT_NE(tab, std::string::npos) << line;
        const auto key = line.substr(0, tab), value = line.substr(tab + 1);
        ASSERT_TRUE(j.contains(key)) << key;
        const auto& expected = j.at(key);
        EXPECT_EQ(value, expected.is_null()     ? "-"
                         : expected.is_string() ? expected.get<std::string>()
                                                : expected.dump())
            << key;
    }
    auto trec = search_corpus({"--stats", "--format", "trec"});
    EXPECT_EQ(trec.exit_code, 2);
    EXPECT_NE(trec.err.find("--stats has no TREC form"), std::string::npos) << trec.err;
}

TEST(SearchMachineOutput, IgnoredArgumentsAreRefused) {
    auto stats = search_corpus({"--stats", "energy"});
    EXPECT_EQ(stats.exit_code, 2);
    EXPECT_NE(stats.err.find("--stats"), std::string::npos) << stats.err;
    TempDir dir;
    write_file(dir / "q.tsv", "q1\tenergy\n");
    auto batch = search_corpus({"--queries", dir / "q.tsv", "energy"});
    EXPECT_EQ(batch.exit_code, 2);
    EXPECT_NE(batch.err.find("give no QUERY words"), std::string::npos) << batch.err;
}

TEST(SearchMachineOutput, ExitStatusFollowsTheMatchSetNotThePage) {
    // Facets only: nothing shown, but the query matched.
    auto facets_only = search_corpus({"-n", "0", "--facets", "speaker", "energy"});
    EXPECT_EQ(facets_only.exit_code, 0) << facets_only.out;
    auto j = search_corpus_json({"-n", "0", "--facets", "speaker", "energy"});
    EXPECT_TRUE(j["results"].empty());
    EXPECT_GT(j["total_estimate"].get<int>(), 0);
    // A page past the last result.
    auto past = search_corpus({"--offset", "1000", "energy"});
    EXPECT_EQ(past.exit_code, 0) << past.out;
    EXPECT_NE(past.out.find("0 shown of about"), std::string::npos) << past.out;
    // Nothing matched: 1, whatever the page.
    EXPECT_EQ(search_corpus({"-n", "0", "--facets", "speaker", "zzqxwv"}).exit_code, 1);
    EXPECT_EQ(search_corpus({"--offset", "1000", "zzqxwv"}).exit_code, 1);
}

TEST(SearchMachineOutput, BatchExitStatusSaysWhetherAnyQueryMatched) {
    TempDir dir;
    write_file(dir / "none.tsv", "q1\tzzqxwv\nq2\tqqzzxy\n");
    EXPECT_EQ(search_corpus({"--queries", dir / "none.tsv"}).exit_code, 1);
    write_file(dir / "some.tsv", "q1\tzzqxwv\nq2\tenergy\n");
    EXPECT_EQ(search_corpus({"--queries", dir / "some.tsv"}).exit_code, 0);
}

TEST(SearchMachineOutput, FacetLimitInJson) {
    const std::vector<std::string> base = {"--kind", "quote",    "-n",
                                           "0",      "--facets", "speaker,year"};
    auto all = search_corpus_json(base);
    const auto speakers = all["facets"]["speaker"].size();
    ASSERT_GT(speakers, 3u);
    // Without --facet-limit JSON keeps every value, as before; the totals say how many.
    EXPECT_EQ(all["facet_totals"]["speaker"], speakers);
    EXPECT_EQ(all["facet_totals"]["year"], all["facets"]["year"].size());
    auto args = base;
    args.insert(args.end(), {"--facet-limit", "3"});
    auto three = search_corpus_json(args);
    ASSERT_EQ(three["facets"]["speaker"].size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(three["facets"]["speaker"][i], all["facets"]["speaker"][i]);
    EXPECT_EQ(three["facet_totals"]["speaker"], speakers);
    args.insert(args.end(), {"--format", "jsonl"});
    auto recs = records(search_corpus(args).out);
    ASSERT_EQ(recs.size(), 1u);
    EXPECT_EQ(recs[0]["facets"]["speaker"].size(), 3u);
    EXPECT_EQ(recs[0]["facet_totals"]["speaker"], speakers);
}
