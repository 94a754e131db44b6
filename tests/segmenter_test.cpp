#include "segmenter.hpp"

#include <gtest/gtest.h>

#include "turn_marker.hpp"

using namespace newsdex;

namespace {
Article article(const std::string& kind, const std::string& body,
                std::vector<std::string> speakers = {}) {
    Article a;
    a.id = "a";
    a.kind = kind;
    a.body = body;
    a.speakers = std::move(speakers);
    a.topics = {"energy"};
    return a;
}
}  // namespace

TEST(SplitParagraphs, BlankLinesSeparateAndLinesJoin) {
    auto ps = split_paragraphs("\n\nOne\nstill one\n  \n\t\nTwo  \n\n\nThree");
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_EQ(ps[0], "One still one");
    EXPECT_EQ(ps[1], "Two");
    EXPECT_EQ(ps[2], "Three");
}

TEST(SplitParagraphs, UnwrappedLinesAreParagraphsEach) {
    const std::string a(200, 'a'), b(180, 'b');
    auto ps = split_paragraphs(a + "\n" + b + "\nThank you.\n" + a + "\n");
    ASSERT_EQ(ps.size(), 4u);
    EXPECT_EQ(ps[1], b);
    EXPECT_EQ(ps[2], "Thank you.");
}

TEST(SplitParagraphs, WrappedLinesStayOneParagraph) {
    auto ps = split_paragraphs("A short wrapped line\nand its continuation\nand the end.\n");
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0], "A short wrapped line and its continuation and the end.");
}

TEST(SplitParagraphs, FirstLineIndentsOpenParagraphs) {
    auto ps = split_paragraphs(
        "I should like \nat the outset to congratulate you.\n I should like also\nto thank "
        "him.\n We have sought\npeace.\n");
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_EQ(ps[0], "I should like at the outset to congratulate you.");
    EXPECT_EQ(ps[1], "I should like also to thank him.");
    EXPECT_EQ(ps[2], "We have sought peace.");
}

TEST(SplitParagraphs, HangingIndentStaysOneParagraph) {
    auto ps = split_paragraphs("- first item\n  goes on\n  and on\n- second\n  goes on\n  too\n");
    ASSERT_EQ(ps.size(), 1u);
}

TEST(Segment, NewsParagraphsHaveNoSpeakerAndInheritTopics) {
    auto ps = segment(article("news", "LONDON: First.\n\nSecond."));
    ASSERT_EQ(ps.size(), 2u);
    EXPECT_EQ(ps[0].text, "LONDON: First.");  // a dateline, not a turn
    EXPECT_EQ(ps[0].kind, PassageKind::paragraph);
    EXPECT_FALSE(ps[0].speaker);
    EXPECT_EQ(ps[1].ordinal, 1);
    EXPECT_EQ(ps[1].topics, std::vector<std::string>{"energy"});
}

TEST(Segment, BracketTurnsDropTitlesAndContinue) {
    auto ps = segment(article("transcript",
                              "Opening remarks.\n\n"
                              "[Ukrainian President Volodymyr Zelensky] Thank you.\n\n"
                              "Today we went over several issues: energy.\n\n"
                              "[Azerbaijani President Ilham Aliyev] Ukraine and Azerbaijan."));
    ASSERT_EQ(ps.size(), 4u);
    EXPECT_EQ(ps[0].kind, PassageKind::paragraph);
    EXPECT_FALSE(ps[0].speaker);
    EXPECT_EQ(ps[1].kind, PassageKind::turn);
    EXPECT_EQ(ps[1].speaker, "Volodymyr Zelensky");
    EXPECT_EQ(ps[1].text, "Thank you.");
    EXPECT_EQ(ps[2].speaker, "Volodymyr Zelensky");
    EXPECT_EQ(ps[2].kind, PassageKind::turn);
    EXPECT_EQ(ps[3].speaker, "Ilham Aliyev");
    EXPECT_EQ(ps[3].text, "Ukraine and Azerbaijan.");
}

TEST(Segment, CapsTurnsAreCompletedFromListedSpeakers) {
    auto ps = segment(article("transcript", "MAREN: We agree.\n\nFully.\n\nKOVAC: We do not.",
                              {"Ilse Maren"}));
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_EQ(ps[0].speaker, "Ilse Maren");
    EXPECT_EQ(ps[1].speaker, "Ilse Maren");
    EXPECT_EQ(ps[2].speaker, "Kovac");
}

TEST(Segment, QuestionMarkersHaveNoNamedSpeaker) {
    auto ps = segment(article("transcript",
                              "QUESTION: Why now?\n\nRENN: Because.\n\nQ: And then?\n\nA: Later.",
                              {"Tavi Renn"}));
    ASSERT_EQ(ps.size(), 4u);
    EXPECT_FALSE(ps[0].speaker);
    EXPECT_EQ(ps[0].kind, PassageKind::turn);
    EXPECT_EQ(ps[1].speaker, "Tavi Renn");
    EXPECT_FALSE(ps[2].speaker);
    EXPECT_EQ(ps[3].speaker, "Tavi Renn");  // the one listed speaker answers
}

TEST(Segment, MarkerOnItsOwnLineStartsTheNextParagraphsTurn) {
    auto ps = segment(article("transcript", "[Minister Tavi Renn]\n\nWe will build it."));
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0].speaker, "Tavi Renn");
    EXPECT_EQ(ps[0].text, "We will build it.");
}

TEST(Segment, UnlabelledArticleNeedsTwoMarkersToBeATranscript) {
    auto one = segment(article("", "BRUSSELS: Talks began.\n\nThey ended."));
    EXPECT_FALSE(one[0].speaker);
    auto two = segment(article("", "SMITH: Hello.\n\nJONES: Hi.\n\nHow are you?"));
    EXPECT_EQ(two[0].speaker, "Smith");
    EXPECT_EQ(two[2].speaker, "Jones");
}

TEST(TurnMarker, TitleCaseNamesOnlyInTranscripts) {
    EXPECT_TRUE(find_turn_marker("Ilse Maren: We agree.", MarkerStyle::transcript));
    EXPECT_FALSE(find_turn_marker("Ilse Maren: We agree.", MarkerStyle::strict));
    EXPECT_FALSE(find_turn_marker("Note that: this is prose", MarkerStyle::transcript));
    EXPECT_FALSE(find_turn_marker("The time was 10:30 then", MarkerStyle::transcript));
    EXPECT_FALSE(find_turn_marker("[unclosed bracket text", MarkerStyle::transcript));
}

TEST(TurnMarker, FullListedNameInsideALongerLabel) {
    TurnMarker m{"President of Ukraine Volodymyr Zelensky", "", false, false};
    EXPECT_EQ(speaker_from_marker(m, {"Ilham Aliyev", "Volodymyr Zelensky"}),
              "Volodymyr Zelensky");
}
