// End to end: newsdex-search's repeatable options (--speaker, --topic, --kind, --facets)
// take one value each time they are given, and every other argument is a query word, in any
// order of options and words.

#include <gtest/gtest.h>

#include <set>

#include "corpus_db.hpp"

using newsdex::test::passage_ids;
using newsdex::test::search_corpus;
using newsdex::test::search_corpus_json;
using nlohmann::json;

namespace {

std::set<std::string> values_of(const json& j, const char* field) {
    std::set<std::string> out;
    for (const auto& r : j["results"])
        out.insert(r[field].is_null() ? "-" : r[field].get<std::string>());
    return out;
}

// The same search written with options before, between and after the words must run the
// same query and find the same passages as the field form.
void expect_same_search(const std::vector<std::vector<std::string>>& spellings,
                        const std::vector<std::string>& field_form, const std::string& query) {
    const auto expected = search_corpus_json(field_form);
    ASSERT_FALSE(expected["results"].empty()) << field_form[0];
    for (auto args : spellings) {
        std::string shown;
        for (const auto& a : args) shown += a + " ";
        args.push_back("-n");
        args.push_back("50");
        auto r = search_corpus(args);
        EXPECT_EQ(r.exit_code, 0) << shown << "\n" << r.err;
        auto j = search_corpus_json(args);
        EXPECT_EQ(j["query"], query) << shown;
        EXPECT_EQ(passage_ids(j), passage_ids(expected)) << shown;
    }
}

}  // namespace

TEST(SearchArguments, SpeakerTakesOneNameAndLeavesTheWords) {
    expect_same_search(
        {{"--speaker", "renn", "grid"}, {"grid", "--speaker", "renn"}, {"--speaker=renn", "grid"}},
        {"speaker:renn grid", "-n", "50"}, "grid");
    auto j = search_corpus_json({"--speaker", "renn", "grid"});
    EXPECT_EQ(values_of(j, "speaker"), std::set<std::string>{"Tavi Renn"});
}

TEST(SearchArguments, RepeatedSpeakersAreAnyOf) {
    auto j = search_corpus_json({"--speaker", "renn", "grid", "--speaker", "kovac", "-n", "50"});
    EXPECT_EQ(j["query"], "grid");
    EXPECT_EQ(values_of(j, "speaker"), (std::set<std::string>{"Tavi Renn", "Vera Kovac"}));
}

TEST(SearchArguments, TopicTakesOneTopicAndLeavesTheWords) {
    expect_same_search({{"--topic", "energy", "interconnector"},
                        {"interconnector", "--topic", "energy"},
                        {"--topic=energy", "interconnector"}},
                       {"topic:energy interconnector", "-n", "50"}, "interconnector");
}

TEST(SearchArguments, WordsAroundAnOptionStayOneQuery) {
    expect_same_search({{"energy", "--topic", "energy", "security"},
                        {"--topic", "energy", "energy", "security"},
                        {"energy", "security", "--topic", "energy"}},
                       {"topic:energy energy security", "-n", "50"}, "energy security");
}

TEST(SearchArguments, KindTakesOneKindAndLeavesTheWords) {
    // "grid" is a word, not a fourth kind: no "not in {quote,paragraph,turn}" error.
    auto r = search_corpus({"--kind", "quote", "grid"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    expect_same_search({{"--kind", "quote", "grid"}, {"grid", "--kind", "quote"}},
                       {"kind:quote grid", "-n", "50"}, "grid");
    auto both = search_corpus_json({"--kind", "quote", "grid", "--kind", "turn", "-n", "50"});
    EXPECT_EQ(both["query"], "grid");
    EXPECT_EQ(values_of(both, "kind"), (std::set<std::string>{"quote", "turn"}));
    EXPECT_EQ(both["results"].size(), 3u);
    // A bad kind is still refused.
    auto bad = search_corpus({"--kind", "interview", "grid"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("interview not in {quote,paragraph,turn}"), std::string::npos)
        << bad.err;
}

TEST(SearchArguments, FacetsTakeOneCommaListAndLeaveTheQuery) {
    for (std::vector<std::string> args :
         {std::vector<std::string>{"--facets", "speaker", "memorandum OR interconnector"},
          {"--facets=speaker", "memorandum OR interconnector"},
          {"memorandum OR interconnector", "--facets", "speaker"}}) {
        auto text = search_corpus(args);
        EXPECT_EQ(text.exit_code, 0) << args[0] << "\n" << text.err;
        EXPECT_NE(text.out.find("\nspeaker:  "), std::string::npos) << text.out;
        auto j = search_corpus_json(args);
        EXPECT_EQ(j["query"], "memorandum OR interconnector");
        ASSERT_TRUE(j.contains("facets"));
        EXPECT_EQ(j["facets"].size(), 1u);
        EXPECT_TRUE(j["facets"].contains("speaker"));
    }
    // A comma list or the option repeated: several facets.
    for (std::vector<std::string> args :
         {std::vector<std::string>{"--facets", "speaker,topic", "energy"},
          {"--facets", "speaker", "energy", "--facets", "topic"}}) {
        auto j = search_corpus_json(args);
        EXPECT_EQ(j["query"], "energy");
        EXPECT_TRUE(j["facets"].contains("speaker") && j["facets"].contains("topic")) << j.dump();
    }
}

TEST(SearchArguments, EveryOptionTogetherWithWordsBetween) {
    auto j = search_corpus_json({"--speaker", "renn", "grid", "--kind", "quote", "--topic",
                                 "energy", "OR", "--facets", "year", "interconnector", "-n", "50"});
    EXPECT_EQ(j["query"], "grid OR interconnector");
    EXPECT_EQ(passage_ids(j), passage_ids(search_corpus_json({"speaker:renn kind:quote topic:energy (grid OR "
                                              "interconnector)",
                                              "-n", "50"})));
    EXPECT_TRUE(j["facets"].contains("year"));
}

TEST(SearchArguments, AnOptionWithoutItsValueIsAUsageError) {
    for (const char* option : {"--speaker", "--topic", "--kind", "--facets"}) {
        auto r = search_corpus({"energy", option});
        EXPECT_EQ(r.exit_code, 2) << option;
        EXPECT_NE(r.err.find(option), std::string::npos) << r.err;
    }
}
