// End to end: newsdex-search on an index of corpora/ built by the real newsdex-index.

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "corpus_db.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using nlohmann::json;

namespace {

std::string lower_text(const json& result) {
    auto text = result["text"].get<std::string>();
    std::transform(text.begin(), text.end(), text.begin(), ::tolower);
    return text;
}

// Every result's text holds `needle` (lower case), and there is at least one result.
void expect_every_text_has(const json& response, const std::string& needle) {
    ASSERT_FALSE(response["results"].empty());
    for (const auto& r : response["results"]) {
        const auto text = lower_text(r);
        EXPECT_NE(text.find(needle), std::string::npos) << text;
    }
}

// Runs newsdex-search on the shared index of corpora/ (built once per test process).
class SearchCli : public ::testing::Test {
protected:
    static RunResult search(const std::vector<std::string>& args) {
        return newsdex::test::search_corpus(args);
    }
    static json search_json(std::vector<std::string> args) {
        return newsdex::test::search_corpus_json(std::move(args));
    }
};

}  // namespace

TEST_F(SearchCli, TerritorialIntegrityFindsTheSeed) {
    auto j = search_json({"territorial integrity"});
    bool seed = false;
    for (const auto& r : j["results"])
        seed = seed || r["passage_id"].get<std::string>().rfind("seed/", 0) == 0;
    EXPECT_TRUE(seed) << j.dump(1);
    EXPECT_GE(j["total_estimate"].get<int>(), 2);
    // Ranked: scores never increase.
    for (size_t i = 1; i < j["results"].size(); ++i)
        EXPECT_GE(j["results"][i - 1]["score"].get<double>(), j["results"][i]["score"].get<double>());
}

TEST_F(SearchCli, SpeakerFilterReturnsOnlyThatSpeakersTurns) {
    for (const char* q : {"speaker:aliyev", "speaker:ALIYEV", "speaker:Əliyev",
                          "speaker:\"ilham aliyev\""}) {
        auto j = search_json({q, "-n", "100"});
        ASSERT_FALSE(j["results"].empty()) << q;
        for (const auto& r : j["results"]) {
            EXPECT_EQ(r["speaker"], "Ilham Aliyev") << q;
            EXPECT_EQ(r["kind"], "turn") << q;
        }
    }
}

TEST_F(SearchCli, ZelenskyEnergyFindsTheContinuationTurn) {
    auto j = search_json({"speaker:zelensky", "energy"});
    ASSERT_FALSE(j["results"].empty());
    const auto& top = j["results"][0];
    EXPECT_EQ(top["text"].get<std::string>().rfind("Today we went over several issues", 0), 0u);
    EXPECT_EQ(top["speaker"], "Volodymyr Zelensky");
    EXPECT_NE(top["snippet"].get<std::string>().find("<mark>energy</mark>"), std::string::npos);
}

TEST_F(SearchCli, JsonHasEveryField) {
    auto j = search_json({"sovereignty"});
    EXPECT_EQ(j["query"], "sovereignty");
    ASSERT_TRUE(j.contains("total_estimate"));
    ASSERT_FALSE(j["results"].empty());
    size_t rank = 0;
    for (const auto& r : j["results"]) {
        for (const char* key : {"rank", "score", "passage_id", "article_id", "title", "date",
                                "source", "path", "kind", "speaker", "topics", "text", "snippet"})
            EXPECT_TRUE(r.contains(key)) << key;
        EXPECT_EQ(r["rank"].get<size_t>(), ++rank);
        EXPECT_TRUE(r["date"].is_null() || r["date"].get<std::string>().size() == 10);
        EXPECT_TRUE(r["speaker"].is_null() || r["speaker"].is_string());
        EXPECT_TRUE(r["topics"].is_array());
        EXPECT_EQ(r["passage_id"].get<std::string>().rfind(r["article_id"].get<std::string>() + "#", 0), 0u);
        EXPECT_NE(r["snippet"].get<std::string>().find("<mark>"), std::string::npos);
    }
}

TEST_F(SearchCli, CaseNeverMatters) {
    auto lower = search_json({"territorial integrity"});
    auto upper = search_json({"TERRITORIAL Integrity"});
    ASSERT_EQ(lower["results"].size(), upper["results"].size());
    for (size_t i = 0; i < lower["results"].size(); ++i)
        EXPECT_EQ(lower["results"][i]["passage_id"], upper["results"][i]["passage_id"]);
}

TEST_F(SearchCli, PhraseMatchesOnlyAdjacentWords) {
    expect_every_text_has(search_json({"\"joint declaration\"", "-n", "50"}), "joint declaration");
}

TEST_F(SearchCli, PhraseWordsAndStemsAreHighlighted) {
    auto j = search_json({"\"joint declaration\""});
    ASSERT_FALSE(j["results"].empty());
    EXPECT_NE(j["results"][0]["snippet"].get<std::string>().find(
                  "<mark>joint</mark> <mark>declaration</mark>"),
              std::string::npos);
    auto stems = search_json({"cooperating"});
    ASSERT_FALSE(stems["results"].empty());
    bool marked_other_form = false;
    for (const auto& r : stems["results"])
        marked_other_form = marked_other_form ||
                            r["snippet"].get<std::string>().find("<mark>cooperation</mark>") !=
                                std::string::npos;
    EXPECT_TRUE(marked_other_form) << "cooperating and cooperation share a stem";
}

TEST_F(SearchCli, LimitCapsResults) {
    EXPECT_EQ(search_json({"the", "-n", "2"})["results"].size(), 2u);
}

TEST_F(SearchCli, NoResultsExit1) {
    auto r = search({"zzqxwv"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("0 shown"), std::string::npos);
}

TEST_F(SearchCli, TextOutputIsPlainWhenPiped) {
    auto r = search({"speaker:aliyev"});
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
    EXPECT_EQ(r.out.rfind("Azerbaijani, Ukrainian Presidents hold meeting in expanded format\n", 0),
              0u)
        << r.out;
    EXPECT_NE(r.out.find("\n  1. Ilham Aliyev · turn · "), std::string::npos) << r.out;
}

TEST_F(SearchCli, BadQueriesExit2WithOneLine) {
    for (const char* q : {"spekaer:aliyev", "   ", "energy \"black sea", "(energy", "energy OR"}) {
        auto r = search({q});
        EXPECT_EQ(r.exit_code, 2) << q;
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_EQ(r.err.rfind("newsdex-search: bad query: ", 0), 0u) << r.err;
    }
}

TEST(SearchCliDatabase, MissingDatabaseExit2WithMessage) {
    TempDir dir;
    auto r = run({kSearch, "--db", dir / "nope", "energy"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("database " + dir / "nope" + " does not exist"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
}

TEST(SearchCliDatabase, EmptyDatabaseFindsNothing) {
    TempDir dir;
    { Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE); db.commit(); }
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "energy"}).exit_code, 1);
}

TEST(SearchCliDatabase, ForeignSchemaIsRefused) {
    TempDir dir;
    {
        Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
        db.add_document(Xapian::Document());
        db.set_metadata("newsdex.schema_version", "999");
        db.commit();
    }
    auto r = run({kSearch, "--db", dir / "db", "energy"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("schema version 999"), std::string::npos) << r.err;
}

TEST_F(SearchCli, SeedQuotesCarryTheirSpeakers) {
    auto j = search_json({"kind:quote", "speaker:zelensky"});
    ASSERT_EQ(j["results"].size(), 1u);
    EXPECT_EQ(j["results"][0]["passage_id"], "seed/ukraine-azerbaijan-joint-declaration.md#3");
    EXPECT_EQ(j["results"][0]["paragraph"], 2) << "taken from passage #2";
    EXPECT_EQ(j["results"][0]["text"].get<std::string>().rfind("We have signed a joint declaration", 0),
              0u);
}

TEST_F(SearchCli, SpeakerMatchesAliasesAndAnyWordAnyCase) {
    for (const char* q : {"speaker:zelenskyy", "speaker:ZELENSKIY", "speaker:volodymyr",
                          "speaker:\"Volodymyr Zelensky\""}) {
        auto j = search_json({q, "-n", "50"});
        ASSERT_GE(j["results"].size(), 3u) << q;
        for (const auto& r : j["results"]) EXPECT_EQ(r["speaker"], "Volodymyr Zelensky") << q;
    }
}

TEST_F(SearchCli, SpeakerOptionFiltersLikeTheField) {
    auto field = search_json({"speaker:aliev", "-n", "50"});
    auto option = search_json({"--speaker", "Aliev", "-n", "50"});
    ASSERT_FALSE(option["results"].empty());
    ASSERT_EQ(field["results"].size(), option["results"].size());
    for (std::size_t i = 0; i < field["results"].size(); ++i)
        EXPECT_EQ(field["results"][i]["passage_id"], option["results"][i]["passage_id"]);
    auto with_words = search_json({"--speaker", "Ilham Aliyev", "territorial"});
    ASSERT_EQ(with_words["results"].size(), 1u);
}

TEST_F(SearchCli, TopicFilterMatchesTaggedPassages) {
    auto j = search_json({"topic:energy", "-n", "200"});
    ASSERT_GE(j["results"].size(), 5u);
    for (const auto& r : j["results"]) {
        const auto& topics = r["topics"];
        EXPECT_NE(std::find(topics.begin(), topics.end(), "energy"), topics.end()) << r["passage_id"];
    }
    // Tagged from the text, not only from front matter: the seed has no front-matter topics.
    auto seed = search_json({"topic:energy", "title:azerbaijani"});
    ASSERT_FALSE(seed["results"].empty());
    EXPECT_NE(seed["results"][0]["text"].get<std::string>().find("energy"), std::string::npos);
}

TEST_F(SearchCli, AQuoteIsShownInsteadOfItsParagraph) {
    // Words only inside the seed's Zelensky quote: the quote, not its paragraph as well.
    auto j = search_json({"enshrines readiness", "-n", "20"});
    std::set<std::string> ids;
    for (const auto& r : j["results"]) ids.insert(r["passage_id"].get<std::string>());
    EXPECT_TRUE(ids.count("seed/ukraine-azerbaijan-joint-declaration.md#3"));
    EXPECT_FALSE(ids.count("seed/ukraine-azerbaijan-joint-declaration.md#2"));
    // The paragraph stays searchable by words outside its quote.
    auto p = search_json({"\"Volodymyr Zelensky said\""});
    ASSERT_FALSE(p["results"].empty());
    EXPECT_EQ(p["results"][0]["passage_id"], "seed/ukraine-azerbaijan-joint-declaration.md#2");
}

TEST_F(SearchCli, NoQueryAndNoFilterIsAnError) {
    auto r = search({});
    EXPECT_EQ(r.exit_code, 2);
}

TEST_F(SearchCli, WildcardsAndPhrasesWorkOnStems) {
    // `integrity*` is stemmed first (integr*), so it finds what the stem finds.
    auto wild = search_json({"integrity*", "-n", "50"});
    auto plain = search_json({"integrity", "-n", "50"});
    ASSERT_FALSE(plain["results"].empty());
    EXPECT_GE(wild["results"].size(), plain["results"].size());
    // A phrase matches its words' stems in order: the singular finds the plural.
    expect_every_text_has(search_json({"\"territorial integrities\"", "-n", "50"}),
                          "territorial integrit");
    auto apart = search_json({"\"integrity territorial\"", "-n", "50"});
    EXPECT_TRUE(apart["results"].empty());
}

TEST_F(SearchCli, NearAndWildcards) {
    auto near = search_json({"energy NEAR/3 security", "-n", "50"});
    ASSERT_FALSE(near["results"].empty());
    for (const auto& r : near["results"]) {
        const auto t = lower_text(r);
        EXPECT_NE(t.find("energy"), std::string::npos);
        EXPECT_NE(t.find("security"), std::string::npos);
    }
    auto wild = search_json({"interconn*", "-n", "50"});
    ASSERT_FALSE(wild["results"].empty());
    for (const auto& r : wild["results"])
        EXPECT_NE(r["snippet"].get<std::string>().find("<mark>interconn"), std::string::npos)
            << r["snippet"];
}
