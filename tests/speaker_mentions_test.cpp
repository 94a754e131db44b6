// End to end: a speaker filter that keeps fewer passages than asked for is followed by a
// section of passages that name the speaker and match the words (JSON `also`, a heading in
// text), never repeating a result; --no-also, full pages and other words leave it out.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "process.hpp"
#include "speaker_mentions.hpp"
#include "test_paths.hpp"

using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;

namespace {

class SpeakerMentions : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        write_file(*dir_ / "in/speech.md",
                   "---\ntitle: Blair on Iraq\n---\n\n"
                   "Tony Blair spoke in London on Monday.\n\n"
                   "\"We will stay in Iraq until the job is done,\" said Tony Blair.\n");
        write_file(*dir_ / "in/critic.md",
                   "---\ntitle: Kennedy attacks\n---\n\n"
                   "Charles Kennedy said: \"Mr Blair misled the country over Iraq.\"\n");
        write_file(*dir_ / "in/trip.md",
                   "---\ntitle: Surprise visit\n---\n\n"
                   "Tony Blair flew to Iraq on Tuesday for talks with British troops.\n");
        write_file(*dir_ / "in/other.md",
                   "---\ntitle: Schools\n---\n\n"
                   "Tony Blair opened a school in Sedgefield on Friday.\n\n"
                   "Troops in Iraq are to be rotated, the ministry announced.\n");
        auto r = run({kIndex, "--db", *dir_ / "db", *dir_ / "in"});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    static void TearDownTestSuite() { delete dir_; }

    static newsdex::test::RunResult search(std::vector<std::string> args) {
        args.insert(args.begin(), {kSearch, "--db", *dir_ / "db", "--color", "never"});
        return run(args);
    }
    static json search_json(std::vector<std::string> args) {
        args.insert(args.end(), {"--format", "json"});
        auto r = search(args);
        EXPECT_LE(r.exit_code, 1) << r.err;
        return json::parse(r.out);
    }
    static TempDir* dir_;
};
TempDir* SpeakerMentions::dir_ = nullptr;

// Every `also` passage names Blair, matches Iraq, is not his and is no result.
void expect_mentions_only(const json& j) {
    std::set<std::string> results;
    for (const auto& r : j["results"]) {
        EXPECT_EQ(r["speaker"], "Tony Blair") << r.dump();
        results.insert(r["passage_id"]);
    }
    ASSERT_TRUE(j.contains("also")) << j.dump();
    ASSERT_FALSE(j["also"].empty());
    std::size_t rank = 0;
    for (const auto& a : j["also"]) {
        EXPECT_EQ(results.count(a["passage_id"]), 0u) << "a result repeated: " << a.dump();
        EXPECT_NE(a["speaker"], "Tony Blair") << a.dump();
        const auto text = a["text"].get<std::string>();
        EXPECT_NE(text.find("Blair"), std::string::npos) << text;
        EXPECT_NE(text.find("Iraq"), std::string::npos) << text;
        EXPECT_EQ(a["rank"], ++rank);
        for (const char* field : {"score", "article_id", "title", "kind", "snippet", "topics"})
            EXPECT_TRUE(a.contains(field)) << field;
    }
}

}  // namespace

TEST_F(SpeakerMentions, FewFilteredPassagesAreFollowedByThoseThatNameTheSpeaker) {
    const auto j = search_json({"speaker:blair iraq"});
    ASSERT_EQ(j["results"].size(), 1u) << j.dump();
    EXPECT_EQ(j["results"][0]["kind"], "quote");
    expect_mentions_only(j);
    EXPECT_EQ(j["also_names"], json::array({"blair"}));
    std::set<std::string> titles;
    for (const auto& a : j["also"]) titles.insert(a["title"]);
    EXPECT_EQ(titles, (std::set<std::string>{"Kennedy attacks", "Surprise visit"}));
    // The paragraph the result quotes is not shown again, nor the school without Iraq.
    for (const auto& a : j["also"]) EXPECT_NE(a["title"], "Blair on Iraq") << a.dump();
    for (const auto& a : j["also"]) EXPECT_NE(a["title"], "Schools") << a.dump();

    // --speaker is the same filter.
    const auto option = search_json({"--speaker", "Blair", "iraq"});
    ASSERT_EQ(option["results"].size(), 1u);
    expect_mentions_only(option);
    EXPECT_EQ(option["also"].size(), j["also"].size());
}

TEST_F(SpeakerMentions, TextOutputLabelsTheSection) {
    const auto r = search({"speaker:blair iraq"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const auto heading = r.out.find("Passages that mention Blair:");
    ASSERT_NE(heading, std::string::npos) << r.out;
    // The filter's result comes first, the section after it.
    EXPECT_LT(r.out.find("Tony Blair · quote"), heading) << r.out;
    EXPECT_GT(r.out.find("Surprise visit"), heading) << r.out;
    EXPECT_NE(r.out.find("1 shown of about 1 matching passages"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2 more that mention Blair"), std::string::npos) << r.out;
}

TEST_F(SpeakerMentions, NoAlsoFullPagesAndUnnamedWordsLeaveItOut) {
    const auto with = search_json({"speaker:blair iraq"});
    const auto without = search_json({"speaker:blair iraq", "--no-also"});
    EXPECT_FALSE(without.contains("also")) << without.dump();
    EXPECT_FALSE(without.contains("also_names"));
    EXPECT_EQ(without["results"], with["results"]);
    // A page the filter fills has no section.
    EXPECT_FALSE(search_json({"speaker:blair iraq", "-n", "1"}).contains("also"));
    // The page goes on into the section: the second passage of the list a user reads.
    const auto second = search_json({"speaker:blair iraq", "-n", "1", "--offset", "1"});
    EXPECT_TRUE(second["results"].empty());
    ASSERT_EQ(second["also"].size(), 1u) << second.dump();
    EXPECT_EQ(second["also"][0]["passage_id"], with["also"][0]["passage_id"]);
    // Nothing without other words to match, or with a query the filter cannot be taken from.
    EXPECT_FALSE(search_json({"speaker:blair"}).contains("also"));
    EXPECT_FALSE(search_json({"speaker:blair OR iraq"}).contains("also"));
    // No query, no speaker filter: nothing added.
    EXPECT_FALSE(search_json({"blair iraq"}).contains("also"));
}

TEST_F(SpeakerMentions, ExitStatusFollowsTheResultsAlone) {
    // Kennedy's quote names Blair; nobody called Sedgefield speaks, so the filter finds none.
    const auto r = search({"speaker:kennedy troops", "--format", "json"});
    EXPECT_EQ(r.exit_code, 1) << r.out;
    const auto j = json::parse(r.out);
    EXPECT_TRUE(j["results"].empty());
    EXPECT_FALSE(j.contains("also")) << "no passage names Kennedy and troops";
    const auto named = search({"speaker:blair", "troops", "--format", "json"});
    EXPECT_EQ(named.exit_code, 1) << "no result, though the section has one: " << named.out;
    const auto n = json::parse(named.out);
    ASSERT_TRUE(n.contains("also")) << n.dump();
    EXPECT_EQ(n["also"][0]["title"], "Surprise visit");
}

// The query taken apart: the speaker names and the rest, or nothing when it cannot be.

namespace {
std::optional<newsdex::SpeakerSplit> split(const std::string& query,
                                           std::vector<std::string> speakers = {},
                                           bool prose = false) {
    newsdex::SearchRequest r;
    r.query = query;
    r.speakers = std::move(speakers);
    r.prose = prose;
    return newsdex::split_speakers(r);
}
}  // namespace

TEST(SplitSpeakers, NamesAndTheRestOfTheQuery) {
    auto s = split("speaker:\"gordon brown\" budget");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->names, std::vector<std::string>{"gordon brown"});
    EXPECT_EQ(s->rest, " budget");
    s = split("iraq Speaker:Blair year:2004", {"Brown"});
    ASSERT_TRUE(s);
    EXPECT_EQ(s->names, (std::vector<std::string>{"Blair", "Brown"}));
    EXPECT_EQ(s->rest, "iraq  year:2004");
    // Prose has no fields: its words stay, the option gives the name.
    s = split("what did speaker:blair say", {"Blair"}, true);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->rest, "what did speaker:blair say");
    // "speaker:" inside a phrase is words.
    EXPECT_FALSE(split("\"speaker:blair\" iraq"));
    EXPECT_FALSE(split("iraq"));
}

TEST(SplitSpeakers, AFilterInsideStructureIsLeftAlone) {
    EXPECT_FALSE(split("speaker:blair OR speaker:brown iraq"));
    EXPECT_FALSE(split("(speaker:blair iraq) war"));
    EXPECT_FALSE(split("-speaker:blair iraq"));
    EXPECT_FALSE(split("+speaker:blair iraq"));
    EXPECT_FALSE(split("speaker:\"gordon brown budget"));
}

TEST(NamingQuery, TheSurnameIsRequiredTheOtherWordsWeigh) {
    const auto q = newsdex::naming_query({"Gordon Brown", "", "blair"}).get_description();
    EXPECT_NE(q.find("Zbrown AND_MAYBE Zgordon"), std::string::npos) << q;
    EXPECT_NE(q.find("Zblair"), std::string::npos) << q;
    EXPECT_TRUE(newsdex::naming_query({"", "--"}).empty());
}

TEST_F(SpeakerMentions, AWholeNameTypedAfterTheFieldIsTheFilter) {
    // `speaker:Tony Blair iraq`: Blair is part of the name, not a word to match, so the
    // section looks for passages naming Tony Blair, and the response keeps the query typed.
    const auto j = search_json({"speaker:Tony Blair iraq"});
    ASSERT_EQ(j["results"].size(), 1u) << j.dump();
    EXPECT_EQ(j["query"], "speaker:Tony Blair iraq");
    expect_mentions_only(j);
    EXPECT_EQ(j["also_names"], json::array({"Tony Blair"}));
    EXPECT_EQ(search_json({"speaker:\"tony blair\" iraq"})["also"].size(), j["also"].size());
}
