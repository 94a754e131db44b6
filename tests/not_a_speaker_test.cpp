// Capitalised words that are no one's name where a speaker is read: the offices a speech
// opens by addressing (`Mr. Vice President, Mr. Speaker, Members of the Senate …:`), a
// participle or an imperative opening a sentence (`Having said that`, `Let us say to …:`),
// the place of a peer's title (`Lord Nicholls of Birkenhead`) or of a seat in parliament
// (`the Labour MP for Birkenhead`, `said the Ealing North MP`), letters after a name
// (`Frank Field MP`), peoples and regions (`African American`, `Asia`), compound adjectives
// (`Australian-style`), initials split at an ampersand (`M&S`), `One told …`, phrases and
// titles in capitals (`Subs Not Used:`, `Stars In Their Eyes`), and the
// lower-case words before a body's name (`telecoms giant BT`). Each case is a
// short story through build_passages; the speeches are public-domain State of the Union
// addresses, the news sentences are written here in the shape BBC stories use.

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace not_a_speaker_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Gordon Brown
  aliases: [Brown]
)";

struct Case {
    const char* body;
    const char* snippet;
    const char* speaker;  ///< `-` for no one
};

void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.snippet << '"'; }

class NotASpeaker : public ::testing::TestWithParam<Case> {};

TEST_P(NotASpeaker, TheSpeakerIsThePersonNotTheCapitalisedWords) {
    const auto& c = GetParam();
    const auto passages = test::news_passages(kTable, c.body);
    EXPECT_EQ(test::snippet_speaker(passages, c.snippet), c.speaker) << c.body;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NotASpeaker,
    ::testing::Values(
        // A speech's salutation addresses offices; it introduces no one's words.
        Case{"Mr. Vice President, Mr. Speaker, Members of the Senate and the House of "
             "Representatives: I wish each and every one of you a very happy New Year.",
             "a very happy New Year", "-"},
        Case{"Mr. President, Mr. Speaker, Senators and Representatives in Congress: I come "
             "before you at the opening of the Regular Session.",
             "I come before you", "-"},
        // A sentence opening with an imperative or a participle names no one.
        Case{"Let us say to the democracies: \"We Americans are vitally concerned in your "
             "defense of freedom.\"",
             "vitally concerned", "-"},
        Case{"The sprinter was banned for two years.\n\nHaving said that, I'm always pleased "
             "when drugs cheats are caught.",
             "always pleased", "-"},
        // A peer is called by his title and the place it is of; the place is no speaker.
        Case{"Lord Hope of Craighead, in his judgment, said: \"The power to detain without "
             "trial cannot be justified.\"",
             "cannot be justified", "Lord Hope"},
        // A seat in parliament names its member, named earlier, not the place.
        Case{"Former minister Frank Field MP criticised the rivalry on Sunday.\n\n"
             "\"What sort of model does it give to the nation?\" the Labour MP for "
             "Birkenhead asked.",
             "What sort of model", "Frank Field"},
        Case{"Labour MP Stephen Pound has spoken of his joy.\n\n\"I felt guilt in the marrow "
             "of my bones,\" said the Ealing North MP.",
             "I felt guilt", "Stephen Pound"},
        // Letters after a full name are not its surname.
        Case{"\"The figures do not add up,\" said Andrew Tyrie MP.", "do not add up",
             "Andrew Tyrie"},
        // A people or a region does not speak as a person.
        Case{"\"We must act now,\" the Indonesian said.", "We must act now", "-"},
        Case{"\"We will not give up our land,\" Karabakh said.", "give up our land", "-"},
        Case{"\"The vote matters,\" said the African American.", "The vote matters", "-"},
        // A compound adjective is no name; an ampersand joins a body's initials.
        Case{"Australian-style points would be used, saying \"it works\".", "it works", "-"},
        Case{"\"We are bringing in new ranges,\" said M&S.", "bringing in new ranges", "M&S"},
        // `One` of the people just spoken of is no one named, nor the speaker before.
        Case{"\"We salute their commitment,\" said Jon Moulton.\n\nSome former employees are "
             "angry. One told reporters that the staff had been \"financially ruined in a "
             "day\".",
             "financially ruined", "-"},
        // A phrase or a title in capitals is no name; lower-case words before a body's name
        // describe it.
        Case{"Subs Not Used: Pellegrino, Carson.", "Pellegrino, Carson", "-"},
        // An office addressed is no woman a later `she` can mean.
        Case{"Madam Speaker, Madam Vice President, thank you. I asked a nurse what it was "
             "like. She said: \"It is like every shot is giving a dose of hope.\"",
             "a dose of hope", "-"},
        // `the FT.` ends a sentence; the next one's opening word is no part of a name.
        Case{"Production will move to China, sources tell the FT. But Rover has dismissed the "
             "reports as \"speculation\".",
             "speculation", "Rover"},
        // What a person owns is no one a pronoun can mean; a club's or a firm's person is.
        Case{"Tory leader Michael Howard has attacked the plans.\n\nMr Brown's Budget was a "
             "bribe, he said, adding that \"the sweeteners hide the tax rises\".",
             "the sweeteners hide", "Michael Howard"},
        Case{"Arsenal's Edu has spoken about the row.\n\n\"I saw people being pulled apart,\" "
             "he said.",
             "pulled apart", "Edu"},
        Case{"Around 23 million Britons will miss out on essential services, predicts the "
             "report by telecoms giant BT.",
             "23 million Britons", "BT"}));

}  // namespace

// A speech filed as a transcript (as one run on for pages is read): its salutation before a
// colon is no turn's label, and no quotation in it is the salutation's.
TEST(NotASpeakerSalutation, AddressToCongressOpensNoTurn) {
    Article a;
    a.kind = "transcript";
    a.body =
        "Fellow-Citizens of the Senate and House of Representatives: In obedience to the "
        "command of the Constitution, it has now become my duty \"to give to Congress "
        "information of the state of the Union and recommend to their consideration such "
        "measures\" as I judge to be \"necessary and expedient.\"";
    const auto passages = test::built_passages(kTable, a);
    ASSERT_FALSE(passages.empty());
    EXPECT_EQ(passages.front().kind, PassageKind::paragraph);
    EXPECT_EQ(test::snippet_speaker(passages, "to give to Congress information"), "-");
}

TEST(NotASpeakerSalutation, MadamSpeakerIsAnOfficeAddressed) {
    const auto passages = test::news_passages(
        kTable,
        "Madam Speaker, Mr. Vice President, Members of Congress, the First Lady of the United "
        "States: I have come here tonight not only to address the distinguished men and women "
        "in this great chamber.");
    EXPECT_EQ(test::snippet_speaker(passages, "I have come here tonight"), "-");
}

// A headline's last word and the first paragraph's first make no name together.
TEST(NotASpeakerHeadline, TheTitlesLastWordIsNoGivenName) {
    Article a;
    a.kind = "news";
    a.title = "Weak end-of-year sales hit Next";
    a.body = "Next has said its annual profit will be £5m lower than previously expected.";
    const auto passages = test::built_passages(kTable, a);
    EXPECT_EQ(test::paragraph_speaker(passages, "annual profit"), "Next");
}

}  // namespace not_a_speaker_test
