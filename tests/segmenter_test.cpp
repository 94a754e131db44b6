#include "segmenter.hpp"

#include <gtest/gtest.h>

#include "attribution.hpp"

using namespace newsdex;
using namespace newsdex::attribution;

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

// The White House briefings' Markdown mirror sets a no-break space and a space after each
// sentence and after `Q` (Press gaggle by Jen Psaki, 11 January 2022).
TEST(SplitParagraphs, NoBreakSpacesAreWhiteSpace) {
    auto ps = split_paragraphs(
        "MS. PSAKI:\u00a0 Okay.\u00a0 Good morning, everyone.\u00a0 "
        "Thanks for joining us on our\ntrip to Georgia.\n\n"
        "Q\u00a0\u00a0\u00a0 A couple of questions on today\u2019s "
        "events.\n");
    ASSERT_EQ(ps.size(), 2u);
    EXPECT_EQ(ps[0],
              "MS. PSAKI: Okay. Good morning, everyone. Thanks for joining us on our trip "
              "to Georgia.");
    EXPECT_EQ(ps[1], "Q A couple of questions on today\u2019s events.");
    auto turns = segment(article("transcript", ps[0] + "\n\n" + ps[1]));
    ASSERT_EQ(turns.size(), 2u);
    EXPECT_EQ(turns[0].speaker, "Psaki");
    EXPECT_EQ(turns[1].kind, PassageKind::turn);
    EXPECT_FALSE(turns[1].speaker);
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

// A Kremlin transcript (Valdai Club, 2017): the speaker reads out countries' statements,
// each written `Country: “…”`; they stay in his turn, and so does what he says next.
TEST(Segment, AQuotedStatementUnderAnotherNameStaysInTheTurn) {
    auto ps = segment(article(
        "transcript",
        "Vladimir Putin: How all the Western countries pushed for it!\n\n"
        "Germany: “This is a matter of peoples’ right to self-determination.”\n\n"
        "The United Kingdom: “Secession does not contradict international law in itself.”\n\n"
        "Then there was the reaction to this Court ruling.\n\n"
        "Fyodor Lukyanov: Thank you.\n\n"
        "Germany: “The consultative ruling confirms our legal assessment.”"));
    ASSERT_EQ(ps.size(), 6u);
    for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(ps[i].speaker, "Vladimir Putin") << i;
    EXPECT_EQ(ps[1].text, "Germany: “This is a matter of peoples’ right to self-determination.”");
    EXPECT_EQ(ps[5].speaker, "Fyodor Lukyanov");
}

// A White House cabinet meeting (February 2025): a note in brackets between two paragraphs
// of the President's turn is nobody's words; the turn goes on after it.
TEST(Segment, ANoteInBracketsInsideATurnIsNobodys) {
    auto ps = segment(article("transcript",
                              "THE PRESIDENT: Well, how? I mean, you’re asking me.\n\n"
                              "(Secretary Lutnick knocks on the table.)\n\n"
                              "But I hope we have the problem of worrying about peacekeeping."));
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_EQ(ps[0].kind, PassageKind::turn);
    EXPECT_NE(ps[1].kind, PassageKind::turn);
    EXPECT_FALSE(ps[1].speaker);
    EXPECT_EQ(ps[2].kind, PassageKind::turn);
    EXPECT_EQ(ps[2].speaker, ps[0].speaker);
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

TEST(Segment, QuestionTurnsAndWhereTurnsOpenAreMarked) {
    auto ps = segment(article("transcript",
                              "Q Why now?\n\nAnd why here?\n\nRENN: Because.\n\nQUESTION:\n\n"
                              "And then?",
                              {"Tavi Renn"}));
    ASSERT_EQ(ps.size(), 4u);
    EXPECT_TRUE(ps[0].question && ps[0].opens_turn);
    EXPECT_TRUE(ps[1].question && !ps[1].opens_turn);  // continues the question
    EXPECT_TRUE(!ps[2].question && ps[2].opens_turn);
    EXPECT_TRUE(ps[3].question && ps[3].opens_turn);  // its label on the line before
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

namespace {
std::string joined(const std::vector<std::string>& pieces) {
    std::string all;
    for (const auto& p : pieces) all += (all.empty() ? "" : " ") + p;
    return all;
}

bool utf8_whole(const std::string& piece) {
    if (piece.empty()) return false;
    const auto first = static_cast<unsigned char>(piece.front());
    if ((first & 0xC0) == 0x80) return false;  // starts inside a character
    // Ends after a whole character: count back over continuation bytes to the lead byte.
    std::size_t tail = 0;
    while (tail < piece.size() &&
           (static_cast<unsigned char>(piece[piece.size() - 1 - tail]) & 0xC0) == 0x80)
        ++tail;
    if (tail == piece.size()) return false;
    const auto lead = static_cast<unsigned char>(piece[piece.size() - 1 - tail]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return length == tail + 1;
}
}  // namespace

TEST(SplitLong, ShortTextIsOnePiece) {
    EXPECT_EQ(split_long("One sentence. Two.", 64),
              (std::vector<std::string>{"One sentence. Two."}));
    EXPECT_EQ(split_long("exactly ten", 11), (std::vector<std::string>{"exactly ten"}));
}

TEST(SplitLong, CutsAtTheLastSentenceEndThatFits) {
    const std::string text = "First one here. Second sentence is here. Third sentence ends it.";
    auto pieces = split_long(text, 45);
    EXPECT_EQ(pieces, (std::vector<std::string>{"First one here. Second sentence is here.",
                                                "Third sentence ends it."}));
    // Closing quotes and brackets after the full stop stay with their sentence.
    pieces = split_long("He said \u201CYes.\u201D Then he left the room at once.", 30);
    EXPECT_EQ(pieces.front(), "He said \u201CYes.\u201D");
    pieces = split_long("(So it was.) And then much more text came after it.", 22);
    EXPECT_EQ(pieces.front(), "(So it was.)");
}

TEST(SplitLong, WithoutASentenceEndCutsAtTheLastSpace) {
    const std::string text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
    auto pieces = split_long(text, 20);
    for (const auto& p : pieces) {
        EXPECT_LE(p.size(), 20u) << p;
        EXPECT_NE(p.front(), ' ');
        EXPECT_NE(p.back(), ' ');
    }
    EXPECT_EQ(pieces.front(), "alpha beta gamma");
    EXPECT_EQ(joined(pieces), text) << "only the spaces at the cuts go";
}

TEST(SplitLong, AnEarlySentenceEndGivesWayToTheLastSpace) {
    // The only full stop is in the first half: a tiny piece would waste a passage.
    auto pieces = split_long("Hi. one two three four five six seven eight", 30);
    EXPECT_EQ(pieces.front(), "Hi. one two three four five");
}

TEST(SplitLong, WithoutSpacesCutsBetweenCharacters) {
    const std::string ascii(100, 'x');
    auto pieces = split_long(ascii, 32);
    ASSERT_EQ(pieces.size(), 4u);
    EXPECT_EQ(pieces[0], std::string(32, 'x'));
    EXPECT_EQ(pieces[3], std::string(4, 'x'));

    // Two-, three- and four-byte characters: no cut lands inside one, whatever the cap.
    std::string mixed;
    for (int i = 0; i < 200; ++i)
        mixed += i % 3 == 0 ? "\u00E9" : i % 3 == 1 ? "\u6C34" : "\U0001F600";
    for (std::size_t cap : {4u, 5u, 6u, 7u, 10u, 33u, 64u}) {
        pieces = split_long(mixed, cap);
        std::string all;
        for (const auto& p : pieces) {
            EXPECT_LE(p.size(), cap);
            EXPECT_TRUE(utf8_whole(p)) << "cap " << cap;
            all += p;
        }
        EXPECT_EQ(all, mixed) << "cap " << cap;
    }
}

TEST(SplitParagraphs, AParagraphOverTheCapBecomesPiecesInOrder) {
    std::string line;
    for (int i = 0; i < 40; ++i) line += "Sentence number " + std::to_string(i) + " is here. ";
    const std::string body = "Short first.\n\n" + line + "\n\nShort last.\n";
    auto paragraphs = split_paragraphs(body, 200);
    ASSERT_GT(paragraphs.size(), 4u);
    EXPECT_EQ(paragraphs.front(), "Short first.");
    EXPECT_EQ(paragraphs.back(), "Short last.");
    for (const auto& p : paragraphs) {
        EXPECT_LE(p.size(), 200u);
        EXPECT_EQ(p.back(), '.') << "cut at sentence ends: " << p;
    }
    EXPECT_EQ(paragraphs[1].rfind("Sentence number 0 is here.", 0), 0u);
    EXPECT_NE(paragraphs[paragraphs.size() - 2].find("Sentence number 39 is here."),
              std::string::npos);
    // At the default cap the same text is three paragraphs, as it always was.
    EXPECT_EQ(split_paragraphs(body).size(), 3u);
}

TEST(SplitParagraphs, TheDefaultCapKeepsLongRealParagraphsWhole) {
    std::string paragraph;
    while (paragraph.size() < 45'000) paragraph += "The Assembly must act on development now. ";
    auto paragraphs = split_paragraphs(paragraph + "\n\nNext.\n");
    ASSERT_EQ(paragraphs.size(), 2u);
    EXPECT_LE(kMaxPassageBytes, 64u * 1024);
    paragraph.append(kMaxPassageBytes, 'x');
    for (const auto& p : split_paragraphs(paragraph)) EXPECT_LE(p.size(), kMaxPassageBytes);
}

TEST(Segment, TheClosingTimeEndsTheTurn) {
    // The end of a White House briefing (Vilnius, 11 July 2023; public domain).
    auto ps = segment(article("transcript",
                              "8:39 A.M. EEST\n\n"
                              "MS. JEAN-PIERRE: All right. Thanks, everybody.\n\n"
                              "9:12 is when we end.\n\n"
                              "9:12 A.M. EEST\n\n"
                              "5:57 P.M. CEST\n\n12:33 PM\n\nEND 1:43 P.M. CET"));
    ASSERT_EQ(ps.size(), 7u);
    EXPECT_FALSE(ps[0].speaker);
    EXPECT_EQ(ps[1].kind, PassageKind::turn);
    EXPECT_EQ(ps[2].kind, PassageKind::turn);  // a sentence that opens with a time
    EXPECT_EQ(ps[2].speaker, ps[1].speaker);
    for (std::size_t i : {3u, 4u, 5u, 6u}) {
        EXPECT_NE(ps[i].kind, PassageKind::turn) << ps[i].text;
        EXPECT_FALSE(ps[i].speaker) << ps[i].text;
    }
}

// Remarks by APNSA Jake Sullivan and Andriy Yermak in press conference (Kyiv, 2024): the
// closing line without its time ends the last turn too.
TEST(Segment, AClosingEndWithoutItsTimeIsNoOnesWords) {
    auto ps = segment(article("transcript",
                              "MR. SULLIVAN: And so, I can’t ask you to do anything more than "
                              "you’ve already been doing.\n\n"
                              "MR. YERMAK: (Speaks Ukrainian.) (No translation provided.)\n\n"
                              "END"));
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_EQ(ps[1].kind, PassageKind::turn);
    EXPECT_NE(ps[2].kind, PassageKind::turn);
    EXPECT_FALSE(ps[2].speaker);
}

// Remarks by President Biden and President Zelenskyy of Ukraine before bilateral meeting
// (Oval Office, 2023): `(Cross-talk.)` after the host's last words notes reporters talking
// over one another — nobody's words, though a short note in brackets.
TEST(Segment, ACrossTalkNoteIsNoOnesWords) {
    auto ps = segment(article("transcript",
                              "PRESIDENT BIDEN: Thank you.\n\n"
                              "Thank you all very much.\n\n"
                              "(Cross-talk.)\n\n"
                              "Q Mr. Zelenskyy, are you — aren’t you concerned that you’re "
                              "losing Poland over the grain export dispute?\n\n"
                              "PRESIDENT ZELENSKYY: Our friends with Poland?"));
    ASSERT_EQ(ps.size(), 5u);
    EXPECT_EQ(ps[1].speaker, ps[0].speaker);
    EXPECT_NE(ps[2].kind, PassageKind::turn);
    EXPECT_FALSE(ps[2].speaker);
    EXPECT_TRUE(ps[3].question);
}

// A Kremlin meeting saved without front matter (en.kremlin.ru/events/president/news/55981):
// two title-case labels make it a transcript, and the paragraphs after a label continue its
// turn.
TEST(Segment, TitleCaseLabelsMakeATranscriptWithoutAKind) {
    const auto passages = segment(article(
        "", "President of Russia Vladimir Putin: Mr Aliyev, it is a great pleasure to see you.\n\n"
            "It is a great pleasure to see you in a bilateral setting.\n\n"
            "President of Azerbaijan Ilham Aliyev: Thank you, Mr President.\n"));
    ASSERT_EQ(passages.size(), 3u);
    EXPECT_EQ(passages[0].kind, PassageKind::turn);
    EXPECT_EQ(passages[1].kind, PassageKind::turn);
    EXPECT_EQ(passages[1].speaker, passages[0].speaker);
    EXPECT_EQ(passages[2].kind, PassageKind::turn);
}

// One title-case label in a news story is no transcript (`Note: …`, a lone quoted line).
TEST(Segment, OneTitleCaseLabelInAStoryIsNoTranscript) {
    const auto passages = segment(article(
        "", "Kremlin spokesman Dmitry Peskov: talks will continue, he told reporters.\n\n"
            "The ministry gave no details.\n"));
    ASSERT_EQ(passages.size(), 2u);
    EXPECT_EQ(passages[0].kind, PassageKind::paragraph);
}

// A Kremlin meeting's opening remarks filed as a statement
// (en.kremlin.ru/events/president/news/52816): the page is laid out as a transcript, so the
// paragraphs after a leader's label continue that leader's turn.
TEST(Segment, AStatementLaidOutAsATranscriptKeepsItsTurns) {
    const auto passages = segment(article(
        "declaration",
        "Ahead of the G20 Summit in Hangzhou, China, Vladimir Putin had a meeting with "
        "President of Turkey Recep Tayyip Erdogan.\n\n"
        "President of Russia Vladimir Putin: Mr President, it is a pleasure to have another "
        "meeting with you, this time here, in China.\n\n"
        "During our last telephone conversation, you noted that the decisions are not being "
        "implemented as fast as we would like.\n\n"
        "President of Turkey Recep Tayyip Erdogan (retranslated): First, I would like to thank "
        "you.\n\n"
        "Let me take the opportunity to thank you once again.\n"));
    ASSERT_EQ(passages.size(), 5u);
    EXPECT_EQ(passages[0].kind, PassageKind::paragraph);
    EXPECT_EQ(passages[2].kind, PassageKind::turn);
    EXPECT_EQ(passages[2].speaker, passages[1].speaker);
    EXPECT_EQ(passages[4].kind, PassageKind::turn);
    EXPECT_EQ(passages[4].speaker, passages[3].speaker);
    EXPECT_NE(passages[4].speaker, passages[2].speaker);
}

// A statement with one labelled line is no transcript: its paragraphs stay paragraphs.
TEST(Segment, AStatementWithOneLabelIsNoTranscript) {
    const auto passages =
        segment(article("declaration",
                        "Joint statement of the two ministers: the sides agreed to meet again.\n\n"
                        "The talks will continue in Geneva.\n"));
    ASSERT_EQ(passages.size(), 2u);
    EXPECT_EQ(passages[1].kind, PassageKind::paragraph);
}
