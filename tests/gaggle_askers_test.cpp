// Who asks in gaggles and calls where a host's words could be taken for calling on an
// asker: a president's answer that travels (`You go to North Carolina.`) calls on no one,
// and a moderator reopening a caller's line (`open up the line again, please, for Jordan
// Fabian`) names the asker of the question just asked, not of the next one — through
// build_passages, on snippets of public White House transcripts
// (tests/data/transcripts/SOURCES.md, batch 7).

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace gaggle_askers_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Donald Trump
  roles: [President of the United States]
)";

}  // namespace

TEST(GaggleAskers, AnAnswerThatTravelsCallsOnNoOne) {
    const auto ps = test::transcript_passages(
        kTable,
        "Q So, you’re a week in now to your presidency. How does it compare to your first "
        "week in 2017?\n\n"
        "THE PRESIDENT: Well, I come in now with great knowledge and experience.\n\n"
        "You go to North Carolina. Then you go to Los Angeles. And then you stop on the way "
        "home and — and that was “no tax on tips.”\n\n"
        "Q Mr. President, could I ask you about Ukraine? Do you have any update?\n\n"
        "THE PRESIDENT: He wants to speak, and we’ll be speaking soon.\n\n"
        "Q Do you worry that that limits the pool of talent?\n\n"
        "THE PRESIDENT: No, I think the talent is deep.",
        "Press Gaggle by President Trump Aboard Air Force One");
    EXPECT_EQ(test::paragraph_speaker(ps, "could I ask you about Ukraine"), "-");
    EXPECT_EQ(test::paragraph_speaker(ps, "limits the pool of talent"), "-");
    EXPECT_EQ(test::paragraph_speaker(ps, "He wants to speak"), "Donald Trump");
}

TEST(GaggleAskers, AReopenedLineIsTheLastAskers) {
    const auto ps = test::transcript_passages(
        kTable,
        "Q Thanks, [senior administration official]. We have a question about energy "
        "carveouts in the de-SWIFTing process. Is there going to be carveouts for energy "
        "companies?\n\n"
        "And also, how much of the reserves in the Central Bank do you think you’ll be able "
        "to really freeze?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Yeah, so when an institution is de-SWIFTed, there "
        "tends not to be a carveout for the product type.\n\n"
        "I’m sorry, the second question?\n\n"
        "MODERATOR: Can we open up the line again, please, for Jordan Fabian?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Oh, you know what? I just remembered. It was a "
        "question about how many of the 630 billion are subjected to the sanction, and — all "
        "of it is subject to the sanction. So, right now, all 630 billion of Russia’s foreign "
        "reserves could be used theoretically to — they could sell those reserves and buy "
        "ruble.\n\n"
        "Q Hi, thanks for doing this. Can you say how quickly you believe that we will see "
        "the impact from these actions?",
        "Background Press Call by a Senior Administration Official");
    EXPECT_EQ(test::paragraph_speaker(ps, "energy carveouts"), "Jordan Fabian");
    EXPECT_EQ(test::paragraph_speaker(ps, "really freeze"), "Jordan Fabian");
    EXPECT_EQ(test::paragraph_speaker(ps, "how quickly you believe"), "-");
}

TEST(GaggleAskers, AnAskerCalledInTheFirstSentenceOfAShortLine) {
    const auto ps = test::transcript_passages(
        kTable,
        "MODERATOR: Thank you so much, [senior administration official]. With that, we’ll "
        "open it up to a couple of questions on the NATO portion.\n\n"
        "If I can ask everyone who has a question to please indicate you have one using the "
        "“raise hand” feature.\n\n"
        "Josh Wingrove from Bloomberg. I saw your hand up first.\n\n"
        "Q Thank you very much. Hello from the travel pool. Thank you for doing this. Can you "
        "give me a sense of what President Zelenskyy did ask for?",
        "Background Press Call on President Biden’s Meetings at NATO");
    EXPECT_EQ(test::paragraph_speaker(ps, "Hello from the travel pool"), "Josh Wingrove");
}

}  // namespace gaggle_askers_test
