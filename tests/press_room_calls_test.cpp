// Who asks when a press-room host calls an asker in ways other than a name with an outlet:
// a full name among short asides (`David Sanger. I thought I saw David. There he is.`,
// `Jennifer. Jennifer Jacobs.`), and a first name after the host has introduced that asker
// in full (`We have John Stoll, who is the head of news at X.` … `John, why don't you
// begin.`), and a call printed inside the guest's paragraph under the host's label (`…
// questions from the U.S. press. PRESIDENT BIDEN: Nancy Cordes, with NBC — CBS.`) — through
// build_passages, on snippets of public White House transcripts
// (tests/data/transcripts/SOURCES.md, batches 7, 11 and 12).

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace press_room_calls_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Joe Biden
  roles: [President of the United States]
- name: Karoline Leavitt
  roles: [White House Press Secretary]
- name: Mike Waltz
  roles: [National Security Advisor]
- name: Fumio Kishida
  roles: [Prime Minister of Japan]
)";

}  // namespace

TEST(PressRoomCalls, AFullNameAmongShortAsidesCallsTheNextAsker) {
    const auto ps = test::transcript_passages(
        kTable,
        "THE PRESIDENT: But my generic point is, it is — it is more complicated than that.\n\n"
        "David Sanger. I thought I saw David. There he is.\n\n"
        "Q Thank you, Mr. President. In the run-up to this discussion, there’s been a lot of "
        "talk about the two countries spilling down into a Cold War. And I’m wondering —\n\n"
        "THE PRESIDENT: With your permission, I’m going to take my coat off. The sun is hot.\n\n"
        "Q — anything that would make you think that Mr. Putin has decided to move away from "
        "his fundamental role as a disrupter?\n\n"
        "THE PRESIDENT: He still is concerned about being, quote, “encircled.”\n\n"
        "Jennifer. Jennifer Jacobs.\n\n"
        "Q Thank you, Mr. President. Is there a particular reason why the summit lasted only "
        "about three hours?\n\n"
        "THE PRESIDENT: Yes.\n\n"
        "Q And also, did you touch on Afghanistan and the safe withdrawal of troops?",
        "Remarks by President Biden in Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "spilling down into a Cold War"), "David Sanger");
    EXPECT_EQ(test::paragraph_speaker(ps, "fundamental role as a disrupter"), "David Sanger");
    EXPECT_EQ(test::paragraph_speaker(ps, "the summit lasted only"), "Jennifer Jacobs");
    EXPECT_EQ(test::paragraph_speaker(ps, "safe withdrawal of troops"), "Jennifer Jacobs");
    EXPECT_EQ(test::paragraph_speaker(ps, "I thought I saw David"), "Joe Biden");
}

TEST(PressRoomCalls, AsidesThatNameSomeoneElseCallNoOne) {
    const auto ps = test::transcript_passages(
        kTable,
        "THE PRESIDENT: But my generic point is, it is more complicated than that.\n\n"
        "David Sanger. Then Jennifer.\n\n"
        "Q Thank you, Mr. President. Is there a particular reason why the summit lasted only "
        "about three hours?",
        "Remarks by President Biden in Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "the summit lasted only"), "-");
}

TEST(PressRoomCalls, AnAskerIntroducedInFullIsCalledByFirstName) {
    const auto ps = test::transcript_passages(
        kTable,
        "MS. LEAVITT: Thank you, Mike.\n\n"
        "We do have somebody in our new media seat today. We have John Stoll, who is the head "
        "of news at X.\n\n"
        "John, why don’t you begin.\n\n"
        "Q All right. Thank you very much. I am sitting in for a thriving ecosystem of "
        "journalists.\n\n"
        "I think this is for Mike Waltz. My question is about Ukraine.\n\n"
        "MR. WALTZ: Sure.\n\n"
        "Q For about more than 10 years, I’ve been fascinated, like all — like many, with "
        "what’s going on.\n\n"
        "MR. WALTZ: Well, if there’s anybody in this world that can go toe to toe with Putin, "
        "it’s Donald J. Trump.\n\n"
        "MS. LEAVITT: Great. Peter.\n\n"
        "Q Thank you, Karoline. I have a Ukraine one and a DOGE one.",
        "Press Briefing by Press Secretary Karoline Leavitt and National Security Advisor "
        "Mike Waltz");
    EXPECT_EQ(test::paragraph_speaker(ps, "thriving ecosystem"), "John Stoll");
    EXPECT_EQ(test::paragraph_speaker(ps, "My question is about Ukraine"), "John Stoll");
    EXPECT_EQ(test::paragraph_speaker(ps, "For about more than 10 years"), "John Stoll");
    EXPECT_EQ(test::paragraph_speaker(ps, "a Ukraine one and a DOGE one"), "-");
}

TEST(PressRoomCalls, AListOfAskersIntroducedThenCalledOneByOne) {
    const auto ps = test::transcript_passages(
        kTable,
        "MS. LEAVITT: And with that, I will turn it over to questions, and we will begin with "
        "our new media members: Mike Allen from Axios, Matt Boyle from Breitbart.\n\n"
        "Mike, why don’t you go ahead.\n\n"
        "Q Thank you very much. Karoline, does the president see anything fishy about "
        "DeepSeek?\n\n"
        "MS. LEAVITT: No. The president is confident that we will restore American dominance "
        "in AI.\n\n"
        "Matt.\n\n"
        "Q Yeah. So, Karoline, first off, thank you to you and President Trump for actually "
        "giving voices to new media outlets.\n\n"
        "MS. LEAVITT: Thank you.\n\n"
        "Mark.\n\n"
        "Q Thank you. Can you expand on the tariffs?",
        "Press Briefing by Press Secretary Karoline Leavitt");
    EXPECT_EQ(test::paragraph_speaker(ps, "anything fishy about"), "Mike Allen");
    EXPECT_EQ(test::paragraph_speaker(ps, "giving voices to new media"), "Matt Boyle");
    // A first name no introduced asker has is no one's the text names.
    EXPECT_EQ(test::paragraph_speaker(ps, "expand on the tariffs"), "-");
}

TEST(PressRoomCalls, AFirstNameTwoIntroducedAskersShareCallsNoOne) {
    const auto ps = test::transcript_passages(
        kTable,
        "MS. LEAVITT: We will begin with our new media members: Mike Allen from Axios, Mike "
        "Davis from the Article III Project.\n\n"
        "Mike, why don’t you go ahead.\n\n"
        "Q Thank you very much. Does the president see anything fishy about DeepSeek?",
        "Press Briefing by Press Secretary Karoline Leavitt");
    EXPECT_EQ(test::paragraph_speaker(ps, "anything fishy about"), "-");
}

TEST(PressRoomCalls, TheHostsCallPrintedInsideTheGuestsParagraph) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRIME MINISTER KISHIDA: (As interpreted.) I will not make any further detailed "
        "comments since it pertains to diplomatic exchanges. Finally, I invite questions from "
        "the U.S. press. PRESIDENT BIDEN: Nancy Cordes, with NBC — CBS. Hey, Nance.\n\n"
        "(Reporter approaches microphone.)\n\n"
        "Q Sorry.\n\n"
        "PRESIDENT BIDEN: Dangerous. (Laughs.)\n\n"
        "Q Tight quarters.\n\n"
        "Thank you so much. I have a question for the Prime Minister, but first to you, Mr. "
        "President: Is monkeypox something that should worry us?\n\n"
        "PRESIDENT BIDEN: No, I don’t think so.\n\n"
        "Q Do you think that the U.S. has enough smallpox vaccine stockpiled?",
        "Remarks by President Biden and Prime Minister Fumio Kishida of Japan in Joint Press "
        "Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "I invite questions from the U.S. press"),
              "Fumio Kishida");
    EXPECT_EQ(test::paragraph_speaker(ps, "Tight quarters"), "Nancy Cordes");
    EXPECT_EQ(test::paragraph_speaker(ps, "I have a question for the Prime Minister"),
              "Nancy Cordes");
    EXPECT_EQ(test::paragraph_speaker(ps, "enough smallpox vaccine"), "Nancy Cordes");
}

TEST(PressRoomCalls, AGivenNameOfTwoWordsBeforeItsOutletIsNoFullName) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: Seung Min, with the Washington Post.\n\n"
        "Q Thank you, Mr. President. You are here in the region at a time when North Korea is "
        "testing missiles.",
        "Remarks by President Biden in Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "testing missiles"), "-");
}

TEST(PressRoomCalls, AnAnswerEndingWithTheAskersFirstNameKeepsTheirFloor) {
    const auto ps = test::transcript_passages(
        kTable,
        "MS. LEAVITT: And with that, we will begin with our new media members: Mike Allen "
        "from Axios, Matt Boyle from Breitbart.\n\n"
        "Mike, why don’t you go ahead.\n\n"
        "Q Thank you very much. Karoline, does the president see anything fishy about "
        "DeepSeek?\n\n"
        "MS. LEAVITT: Sure. The president was asked about DeepSeek last night on Air Force One "
        "when he gaggled for, I think, the third or fourth time throughout the weekend with "
        "members of the traveling press corps.\n\n"
        "As for the national security implications, I spoke with NSC this morning. They are "
        "looking into what those may be, and when I have an update, I will share it with you, "
        "Mike.\n\n"
        "Q And, Karoline, you say “restore” U.S. dominance. Is there fear that the U.S. has "
        "fallen behind?\n\n"
        "MS. LEAVITT: No. The president is confident that we will restore American dominance "
        "in AI. Tom.\n\n"
        "Q Thank you. Can you expand on the tariffs?",
        "Press Briefing by Press Secretary Karoline Leavitt");
    EXPECT_EQ(test::paragraph_speaker(ps, "you say “restore” U.S. dominance"), "Mike Allen");
    // Another first name gives the floor away.
    EXPECT_EQ(test::paragraph_speaker(ps, "expand on the tariffs"), "-");
}

TEST(PressRoomCalls, GoAheadToACalledAskerYetToAskBidsThemGoOn) {
    const auto ps = test::transcript_passages(
        kTable,
        "THE PRESIDENT: With that, I’ll take your questions. I’ve been given a list of people "
        "to call on here.\n\n"
        "Reuters, Jeff Mason.\n\n"
        "Q Mr. President, your political future has hung over the NATO Summit a little bit "
        "this week. Reuters is reporting tonight that UAW leadership is concerned about your "
        "ability to win.\n\n"
        "THE PRESIDENT: UAW en- — just endorsed me. But go ahead.\n\n"
        "Q Thank you. My question for you is: How are you incorporating these developments "
        "into your decision to stay?",
        "Remarks by President Biden in Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "incorporating these developments"), "Jeff Mason");
}

TEST(PressRoomCalls, GoAheadAfterAnAskerNamedThemselfAtTheHostsAskingGivesTheFloorAway) {
    const auto ps = test::transcript_passages(
        kTable,
        "Q Mr. President, are you expecting a recession this year?\n\n"
        "THE PRESIDENT: I hate to predict things like that. Who are you with?\n\n"
        "Q I’m Michael Birnbaum, with the Washington Post.\n\n"
        "THE PRESIDENT: You’ve lost a lot of credibility.\n\n"
        "Go ahead. What else?\n\n"
        "Q What do you say to Americans who have seen their retirement accounts fall?",
        "Press Gaggle by President Trump");
    EXPECT_EQ(test::paragraph_speaker(ps, "expecting a recession"), "Michael Birnbaum");
    EXPECT_EQ(test::paragraph_speaker(ps, "retirement accounts fall"), "-");
}

}  // namespace press_room_calls_test
