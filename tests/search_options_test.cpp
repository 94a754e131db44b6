// End to end: newsdex-search's filters, sorting, paging, grouping and output formats on an
// index of corpora/ (dates spread over 2019–2026).

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "corpus_db.hpp"
#include "process.hpp"

using newsdex::test::lines_of;
using newsdex::test::passage_ids;
using newsdex::test::search_corpus;
using newsdex::test::search_corpus_json;
using nlohmann::json;

TEST(SearchOptions, KindOptionAndFieldAgree) {
    auto option = search_corpus_json({"--kind", "quote", "-n", "500"});
    ASSERT_GE(option["results"].size(), 10u);
    for (const auto& r : option["results"]) EXPECT_EQ(r["kind"], "quote");
    EXPECT_EQ(passage_ids(option), passage_ids(search_corpus_json({"kind:quote", "-n", "500"})));
}

TEST(SearchOptions, DateRangeEdgesAreInclusive) {
    auto day = search_corpus_json({"--since", "2021-03-14", "--until", "2021-03-14", "-n", "500"});
    ASSERT_FALSE(day["results"].empty());
    for (const auto& r : day["results"]) EXPECT_EQ(r["date"], "2021-03-14");
    auto after = search_corpus_json({"--since", "2021-03-15", "--until", "2021-12", "-n", "500"});
    for (const auto& r : after["results"]) EXPECT_GT(r["date"].get<std::string>(), "2021-03-14");
    auto month = search_corpus_json({"--since", "2021-03", "--until", "2021-03", "-n", "500"});
    EXPECT_EQ(passage_ids(month), passage_ids(day));
}

TEST(SearchOptions, OpenRanges) {
    auto late = search_corpus_json({"--since", "2025", "-n", "500"});
    ASSERT_FALSE(late["results"].empty());
    for (const auto& r : late["results"]) EXPECT_GE(r["date"].get<std::string>(), "2025-01-01");
    auto early = search_corpus_json({"--until", "2019", "-n", "500"});
    ASSERT_FALSE(early["results"].empty());
    for (const auto& r : early["results"]) EXPECT_LE(r["date"].get<std::string>(), "2019-12-31");
    auto all = search_corpus_json({"--since", "1900", "-n", "1000"});
    EXPECT_EQ(all["results"].size(), late["results"].size() + early["results"].size() +
                                          search_corpus_json({"--since", "2020", "--until", "2024",
                                                              "-n", "1000"})["results"].size());
}

TEST(SearchOptions, DateFieldMatchesTheOptions) {
    EXPECT_EQ(passage_ids(search_corpus_json({"date:2023..2024", "-n", "500"})),
              passage_ids(search_corpus_json({"--since", "2023", "--until", "2024", "-n", "500"})));
    EXPECT_EQ(passage_ids(search_corpus_json({"date:2025..", "-n", "500"})),
              passage_ids(search_corpus_json({"--since", "2025", "-n", "500"})));
    EXPECT_EQ(passage_ids(search_corpus_json({"date:..2019", "-n", "500"})),
              passage_ids(search_corpus_json({"--until", "2019", "-n", "500"})));
}

TEST(SearchOptions, BadDatesExit2) {
    for (std::vector<std::string> args : {std::vector<std::string>{"--since", "2024-13"},
                                          {"--until", "yesterday"},
                                          {"--since", "2025", "--until", "2024"},
                                          {"date:2024-02-40.."}}) {
        auto r = search_corpus(args);
        EXPECT_EQ(r.exit_code, 2) << args[0];
        EXPECT_NE(r.err.find("bad query"), std::string::npos) << r.err;
    }
}

TEST(SearchOptions, SortByDate) {
    for (const char* order : {"date", "-date"}) {
        auto j = search_corpus_json({"--since", "2000", "--sort", order, "-n", "500"});
        ASSERT_GE(j["results"].size(), 20u);
        for (std::size_t i = 1; i < j["results"].size(); ++i) {
            auto a = j["results"][i - 1]["date"].get<std::string>();
            auto b = j["results"][i]["date"].get<std::string>();
            if (std::string(order) == "date") EXPECT_LE(a, b);
            else EXPECT_GE(a, b);
        }
    }
}

TEST(SearchOptions, OffsetPagesThroughTheSameRanking) {
    auto all = passage_ids(search_corpus_json({"energy OR security", "-n", "5"}));
    auto page = passage_ids(search_corpus_json({"energy OR security", "-n", "3", "--offset", "2"}));
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(page, std::vector<std::string>(all.begin() + 2, all.end()));
    auto j = search_corpus_json({"energy OR security", "-n", "1", "--offset", "2"});
    EXPECT_EQ(j["results"][0]["rank"], 3);
}

TEST(SearchOptions, PerArticleCountsWhatItLeavesOut) {
    auto full = search_corpus_json({"energy", "-n", "1000"});
    std::map<std::string, int> per_article;
    for (const auto& r : full["results"]) ++per_article[r["article_id"]];
    auto grouped = search_corpus_json({"energy", "-n", "1000", "--per-article", "1"});
    std::set<std::string> seen;
    for (const auto& r : grouped["results"]) {
        auto a = r["article_id"].get<std::string>();
        EXPECT_TRUE(seen.insert(a).second) << a << " twice";
        EXPECT_EQ(r["more_in_article"].get<int>(), per_article[a] - 1) << a;
    }
    EXPECT_EQ(seen.size(), per_article.size());
}

TEST(SearchOptions, TextGroupsNeighbouringPassagesUnderTheirArticle) {
    // Results stay in rank order; an article's title heads each run of its passages, so two
    // neighbouring passages of one article share one title.
    auto r = search_corpus({"energy", "-n", "20"});
    ASSERT_EQ(r.exit_code, 0);
    std::vector<std::string> titles;
    for (const auto& line : lines_of(r.out))
        if (!line.empty() && line[0] != ' ' && line.find(" shown of about ") == std::string::npos)
            titles.push_back(line);
    ASSERT_FALSE(titles.empty());
    for (std::size_t i = 1; i < titles.size(); ++i) EXPECT_NE(titles[i], titles[i - 1]) << titles[i];
}

TEST(SearchOptions, JsonLinesMatchJson) {
    auto j = search_corpus_json({"sovereignty", "-n", "5"});
    auto r = search_corpus({"sovereignty", "-n", "5", "--format", "jsonl"});
    auto ls = lines_of(r.out);
    // One line per result, then the summary record.
    ASSERT_EQ(ls.size(), j["results"].size() + 1);
    EXPECT_EQ(json::parse(ls.back())["type"], "summary");
    ls.pop_back();
    for (std::size_t i = 0; i < ls.size(); ++i) {
        auto line = json::parse(ls[i]);
        EXPECT_EQ(line["passage_id"], j["results"][i]["passage_id"]);
        EXPECT_EQ(line["snippet"], j["results"][i]["snippet"]);
    }
}

TEST(SearchOptions, TsvParsesBack) {
    auto j = search_corpus_json({"sovereignty", "-n", "5"});
    auto ls = lines_of(search_corpus({"sovereignty", "-n", "5", "--format", "tsv"}).out);
    ASSERT_EQ(ls.size(), j["results"].size() + 1);
    EXPECT_EQ(ls[0], "rank\tscore\tpassage_id\tarticle_id\tdate\tspeaker\tkind\ttitle\ttext");
    for (std::size_t i = 1; i < ls.size(); ++i) {
        std::vector<std::string> cols;
        std::stringstream ss(ls[i]);
        for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
        ASSERT_EQ(cols.size(), 9u) << ls[i];
        EXPECT_EQ(cols[0], std::to_string(i));
        EXPECT_EQ(cols[2], j["results"][i - 1]["passage_id"]);
        EXPECT_EQ(cols[8], j["results"][i - 1]["text"]);
    }
}

TEST(SearchOptions, TrecRanksArticles) {
    auto ls = lines_of(search_corpus({"energy security", "-n", "10", "--format", "trec"}).out);
    ASSERT_GE(ls.size(), 3u);
    std::set<std::string> articles;
    double last = 1e9;
    for (std::size_t i = 0; i < ls.size(); ++i) {
        std::stringstream ss(ls[i]);
        std::string qid, q0, article, tag;
        std::size_t rank = 0;
        double score = 0;
        ss >> qid >> q0 >> article >> rank >> score >> tag;
        EXPECT_EQ(q0, "Q0");
        EXPECT_EQ(rank, i + 1);
        EXPECT_LE(score, last);
        last = score;
        EXPECT_TRUE(articles.insert(article).second) << "each article once";
        EXPECT_EQ(tag, "newsdex");
    }
}

TEST(SearchOptions, ColourOnlyWhenAsked) {
    auto always = search_corpus({"energy", "--color", "always"});
    EXPECT_NE(always.out.find("\x1b[1;31menergy\x1b[0m"), std::string::npos);
    EXPECT_EQ(search_corpus({"energy", "--color", "never"}).out.find('\x1b'), std::string::npos);
    EXPECT_EQ(search_corpus({"energy"}).out.find('\x1b'), std::string::npos) << "piped: auto is off";
}

TEST(SearchOptions, SourceLanguageYearAndTitleFields) {
    auto source = search_corpus_json({"source:brenhal", "-n", "500"});
    ASSERT_FALSE(source["results"].empty());
    for (const auto& r : source["results"])
        EXPECT_NE(r["source"].get<std::string>().find("Brenhal"), std::string::npos);
    auto year = search_corpus_json({"year:2021", "-n", "500"});
    ASSERT_FALSE(year["results"].empty());
    for (const auto& r : year["results"]) EXPECT_EQ(r["date"].get<std::string>().substr(0, 4), "2021");
    // Every sample says language: en; the seed items too.
    EXPECT_EQ(search_corpus_json({"lang:en", "-n", "1000"})["results"].size(),
              search_corpus_json({"--since", "1000", "-n", "1000"})["results"].size() +
                  search_corpus_json({"title:azerbaijan OR title:azerbaijani", "-n", "1000"})["results"].size());
    EXPECT_TRUE(search_corpus_json({"lang:fr"})["results"].empty());
    auto title = search_corpus_json({"title:interconnector", "-n", "500"});
    ASSERT_FALSE(title["results"].empty());
    for (const auto& r : title["results"])
        EXPECT_NE(r["title"].get<std::string>().find("interconnector"), std::string::npos);
}
