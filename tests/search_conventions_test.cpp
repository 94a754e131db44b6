// End to end: newsdex-search's command-line manners — a batch driven a line at a time
// through a pipe, colour off on a dumb terminal, text results in rank order, facet values
// capped in text with the rest counted.

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "corpus_db.hpp"
#include "pipe_process.hpp"
#include "test_paths.hpp"

using newsdex::test::corpus_db;
using newsdex::test::kSearch;
using newsdex::test::PipeProcess;
using newsdex::test::run_on_terminal;
using newsdex::test::search_corpus;
using newsdex::test::search_corpus_json;
using nlohmann::json;

namespace {

// Reads one query's answer in JSON lines: its records up to and including the summary (or
// an error record).
std::vector<json> answer(PipeProcess& search) {
    std::vector<json> out;
    for (std::string line; search.read_line(line);) {
        out.push_back(json::parse(line));
        if (out.back()["type"] != "hit") break;
    }
    return out;
}

}  // namespace

TEST(SearchConventions, QueriesFromAPipeAreAnsweredOneByOne) {
    PipeProcess search(
        {kSearch, "--db", corpus_db(), "--queries", "-", "--format", "jsonl", "-n", "2"});
    // Each answer is read before the next query is written: the program must answer a
    // line as it arrives, not when its input ends.
    search.write_line("q1\tenergy");
    auto first = answer(search);
    ASSERT_EQ(first.size(), 3u);
    EXPECT_EQ(first[0]["qid"], "q1");
    EXPECT_EQ(first.back()["type"], "summary");
    EXPECT_EQ(first.back()["query"], "energy");

    search.write_line("# a comment, then a line without a tab");
    search.write_line("no tab");
    auto bad = answer(search);
    ASSERT_EQ(bad.size(), 1u);
    EXPECT_EQ(bad[0]["type"], "error");
    EXPECT_EQ(bad[0]["line"], 3) << "the comment is line 2";

    search.write_line("q2\tzzqxwv");
    auto second = answer(search);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0]["qid"], "q2");
    EXPECT_EQ(second[0]["total_estimate"], 0);

    EXPECT_EQ(search.finish(), 2) << "a bad line makes the batch exit 2 at the end";
    EXPECT_NE(search.err().find("standard input:3: expected qid<TAB>query"), std::string::npos)
        << search.err();
}

TEST(SearchConventions, QueriesFromStandardInputInText) {
    PipeProcess search({kSearch, "--db", corpus_db(), "--queries", "-", "-n", "1"});
    search.write_line("q1\tenergy");
    std::string line;
    ASSERT_TRUE(search.read_line(line));
    EXPECT_EQ(line, "## q1: energy");
    // The answer ends with its footer.
    while (search.read_line(line) && line.find(" shown of about ") == std::string::npos) {
    }
    EXPECT_NE(line.find("1 shown of about"), std::string::npos) << line;
    EXPECT_EQ(search.finish(), 0);
}

TEST(SearchConventions, ColourOnlyOnATerminalThatShowsIt) {
    const std::vector<std::string> argv = {kSearch, "--db", corpus_db(), "energy", "-n", "1"};
    // NO_COLOR empty counts as unset.
    auto colour = run_on_terminal(argv, {{"TERM", "xterm"}, {"NO_COLOR", ""}});
    ASSERT_EQ(colour.exit_code, 0) << colour.err;
    EXPECT_NE(colour.out.find("\x1b["), std::string::npos) << "a terminal gets colour";
    auto dumb = run_on_terminal(argv, {{"TERM", "dumb"}, {"NO_COLOR", ""}});
    ASSERT_EQ(dumb.exit_code, 0) << dumb.err;
    EXPECT_NE(dumb.out.find("energy"), std::string::npos) << dumb.out;
    EXPECT_EQ(dumb.out.find('\x1b'), std::string::npos) << "TERM=dumb turns colour off";
    auto no_color = run_on_terminal(argv, {{"TERM", "xterm"}, {"NO_COLOR", "1"}});
    EXPECT_EQ(no_color.out.find('\x1b'), std::string::npos) << "NO_COLOR turns colour off";
    // Asked for, colour is given anyway.
    auto always = argv;
    always.push_back("--color=always");
    EXPECT_NE(run_on_terminal(always, {{"TERM", "dumb"}}).out.find("\x1b["), std::string::npos);
}

TEST(SearchConventions, TextShowsResultsInRankOrder) {
    const std::vector<std::string> args = {"energy OR security OR sovereignty", "-n", "10"};
    auto j = search_corpus_json(args);
    auto r = search_corpus(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Ranks 1, 2, 3 … down the page.
    std::vector<int> ranks;
    std::vector<std::string> titles;
    std::istringstream in(r.out);
    const std::regex rank_line(R"(^  (\d+)\. .*)");
    std::string previous;
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_match(line, m, rank_line)) {
            ranks.push_back(std::stoi(m[1]));
            if (!previous.empty() && previous.rfind("  ", 0) != 0) titles.push_back(previous);
        }
        previous = line;
    }
    ASSERT_EQ(ranks.size(), j["results"].size());
    for (std::size_t i = 0; i < ranks.size(); ++i) EXPECT_EQ(ranks[i], static_cast<int>(i + 1));
    // A title above each run of one article's passages: shown again when the article comes
    // back further down.
    std::vector<std::string> expected;
    for (std::size_t i = 0; i < j["results"].size(); ++i)
        if (i == 0 || j["results"][i]["article_id"] != j["results"][i - 1]["article_id"])
            expected.push_back(j["results"][i]["title"]);
    ASSERT_EQ(titles.size(), expected.size()) << r.out;
    for (std::size_t i = 0; i < titles.size(); ++i)
        EXPECT_EQ(titles[i].rfind(expected[i], 0), 0u) << titles[i];
    std::set<std::string> distinct(titles.begin(), titles.end());
    EXPECT_LT(distinct.size(), titles.size()) << "this query brings an article back: " << r.out;
}

TEST(SearchConventions, TextFacetsShowTheTopValuesAndCountTheRest) {
    const std::vector<std::string> base = {"--kind", "quote", "-n", "0", "--facets", "speaker"};
    const auto speakers = search_corpus_json(base)["facets"]["speaker"];
    ASSERT_GT(speakers.size(), 10u);
    auto facet_line = [](std::string out) {
        out.insert(0, "\n");  // nothing shown: the facets come first
        auto at = out.find("\nspeaker:");
        return at == std::string::npos ? std::string()
                                       : out.substr(at + 1, out.find('\n', at + 1) - at - 1);
    };
    auto count = [](const std::string& line) {
        std::size_t n = 0;
        for (auto at = line.find(" ("); at != std::string::npos; at = line.find(" (", at + 1)) ++n;
        return n;
    };
    auto by_default = facet_line(search_corpus(base).out);
    EXPECT_EQ(count(by_default), 10u) << by_default;
    EXPECT_NE(by_default.find("… and " + std::to_string(speakers.size() - 10) + " more"),
              std::string::npos)
        << by_default;
    auto args = base;
    args.insert(args.end(), {"--facet-limit", "2"});
    auto two = facet_line(search_corpus(args).out);
    EXPECT_EQ(count(two), 2u) << two;
    EXPECT_NE(two.find("… and " + std::to_string(speakers.size() - 2) + " more"), std::string::npos)
        << two;
    args = base;
    args.insert(args.end(), {"--facet-limit", "0"});
    auto all = facet_line(search_corpus(args).out);
    EXPECT_EQ(count(all), speakers.size()) << all;
    EXPECT_EQ(all.find(" more"), std::string::npos) << all;
}

TEST(SearchConventions, FacetLimitIsRangeChecked) {
    for (const char* bad : {"-1", "2.5", "ten", "100001"}) {
        auto r = search_corpus({"energy", "--facets", "speaker", "--facet-limit", bad});
        EXPECT_EQ(r.exit_code, 2) << bad;
        EXPECT_NE(r.err.find("--facet-limit: "), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("is not a whole number from 0 to 100000"), std::string::npos) << r.err;
    }
}
