// Joint appearances of a president with foreign leaders, and the calls before such trips:
// which person a surname label with an office names when the guest thanks a relative of
// the host (`PRESIDENT BIDEN:` after `Mrs. Jill Biden`), who `THE PRESIDENT:` is when every
// president of the title has a label of their own, and how the askers of interpreted press
// conferences and background calls are named (`the next question is Mary Bruce, ABC.`,
// `Reporter Won Junghee from MBN.`, a new asker's `Nakakuki of Kyodo News.`, `Can you all
// hear me?`) — through build_passages, on snippets of public White House transcripts
// (tests/data/transcripts/SOURCES.md, batch 8).

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace joint_press_conference_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Joe Biden
  roles: [President of the United States]
- name: Andrzej Duda
  aliases: [Duda]
- name: Donald Tusk
  aliases: [Tusk]
- name: Fumio Kishida
  aliases: [Kishida]
)";

}  // namespace

TEST(JointPressConference, AnOfficeLabelIsNotARelativeTheGuestThanks) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT DUDA: Excellency Mr. President, distinguished members of the American "
        "delegation: I am delighted.\n\n"
        "And also, thank you for all the help and assistance provided by the United States. "
        "Thank you for the contribution of the First Lady of the United States, Mrs. Jill "
        "Biden.\n\n"
        "PRESIDENT BIDEN: Mr. President, thank you very much. Twenty-five years ago, when I "
        "spoke at a university here in Warsaw, I used the phrase “For your freedom and for "
        "ours.”\n\n"
        "So, thank you very much.",
        "Remarks by President Biden and President Andrzej Duda of Poland Before Expanded "
        "Bilateral Meeting");
    EXPECT_EQ(test::paragraph_speaker(ps, "Twenty-five years ago"), "Joe Biden");
    EXPECT_EQ(test::paragraph_speaker(ps, "So, thank you very much."), "Joe Biden");
    EXPECT_EQ(test::paragraph_speaker(ps, "Mrs. Jill"), "Andrzej Duda");
}

TEST(JointPressConference, ThePresidentBesideTheGuestsLabelsIsTheHost) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: Well, gentlemen, welcome. And with that, Mr. President, I hand it "
        "over to you. The floor is yours.\n\n"
        "PRESIDENT DUDA: Mr. President, ladies and gentlemen, exactly 25 years ago, Poland, "
        "the Czech Republic, and Hungary joined the strongest Alliance in the world.\n\n"
        "PRESIDENT BIDEN: Thank you very much.\n\n"
        "Mr. Prime Minister.\n\n"
        "PRIME MINISTER TUSK: Mr. President, I would like to thank you.\n\n"
        "THE PRESIDENT: Thank — thank you again.\n\n"
        "(Cross-talk.)\n\n"
        "Thank you, again, for being here. And America’s commitment to Poland is ironclad.",
        "Remarks by President Biden, President Andrzej Duda, and Prime Minister Donald Tusk "
        "of Poland Before Bilateral Meeting");
    EXPECT_EQ(test::paragraph_speaker(ps, "exactly 25 years ago"), "Andrzej Duda");
    EXPECT_EQ(test::paragraph_speaker(ps, "I would like to thank you"), "Donald Tusk");
    EXPECT_EQ(test::paragraph_speaker(ps, "thank you again"), "Joe Biden");
    EXPECT_EQ(test::paragraph_speaker(ps, "commitment to Poland is ironclad"), "Joe Biden");
}

TEST(JointPressConference, TheNextQuestionIsANameAndItsOutlet) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: My turn to ask a question? I think the next question is Mary Bruce, "
        "ABC.\n\n"
        "Q Thank you, Mr. President. You recently launched your reelection campaign.\n\n"
        "You’ve said you can beat Trump again. Do you think you’re the only one?\n\n"
        "PRESIDENT BIDEN: I may not be the only one, but I know him well. And I know the "
        "danger he presents to our democracy. And we’ve been down this road before.\n\n"
        "Q To be clear, though, you just said, “I know him well.” Did Donald Trump’s decision "
        "to run affect yours?\n\n"
        "PRESIDENT BIDEN: Yeah, I think I still would be running if he wasn’t.\n\n"
        "MODERATOR: Great, thank you. With that, we’ll go to our next question, which is "
        "Steve Holland from Reuters.\n\n"
        "Q Hey. Thank you. Will the President feel Zelenskyy out on the possibility for a "
        "diplomatic end to the war?",
        "Remarks by President Biden in Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "You recently launched"), "Mary Bruce");
    EXPECT_EQ(test::paragraph_speaker(ps, "beat Trump again"), "Mary Bruce");
    EXPECT_EQ(test::paragraph_speaker(ps, "To be clear, though"), "Mary Bruce");
    EXPECT_EQ(test::paragraph_speaker(ps, "feel Zelenskyy out"), "Steve Holland");
}

TEST(JointPressConference, TheHostsListAndTheGuestAskingAReporterIn) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: Thank you, Mr. President. And you do have a friend.\n\n"
        "First question: Michael Wilner, McClatchy.\n\n"
        "Q Thank you, Mr. President. Two questions, if I may. What is the plan for Haiti?\n\n"
        "PRESIDENT BIDEN: Look, we made my position known. We have made our position clear "
        "on this many times and we are going to continue to work with our partners on it, "
        "here and across the region, for as long as it takes to get it done.\n\n"
        "Okay, next. I — do I ask the next question as well?\n\n"
        "PRESIDENT RUTO: Let me ask Ayub Abdikadir from Kenya for the next question. "
        "(Inaudible.)\n\n"
        "Q Thank you, Mr. President. Thank you. One question, and this is on Haiti.",
        "Remarks by President Biden and President William Ruto of the Republic of Kenya in "
        "Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "What is the plan for Haiti"), "Michael Wilner");
    EXPECT_EQ(test::paragraph_speaker(ps, "One question, and this is on Haiti"), "Ayub Abdikadir");
}

TEST(JointPressConference, AModeratorGoesWithANameAndItsOutlet) {
    const auto ps = test::transcript_passages(
        kTable,
        "MODERATOR: Thank you. For our next question we’ll go with Jenny Hansler from CNN.\n\n"
        "Q Hi. Thank you so much for joining the call. I appreciate it. You keep referencing a "
        "bridge. What does that mean?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thanks for the question.",
        "Background Press Call Previewing the NATO Summit");
    EXPECT_EQ(test::paragraph_speaker(ps, "You keep referencing a bridge"), "Jenny Hansler");
}

TEST(JointPressConference, AnInterpretedReporterGivesTheirPostAndName) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT YOON: (As interpreted.) If nuclear weapons are used, our two countries will "
        "strengthen our response in a swift manner.\n\n"
        "Any further questions to me? Please.\n\n"
        "Q (As interpreted.) Reporter Won Junghee from MBN. I have two questions for you. How "
        "will Korea function under NCG?\n\n"
        "And to President Biden: Korea is to maintain the NPT, correct?",
        "Remarks by President Biden and President Yoon Suk Yeol in Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "I have two questions"), "Won Junghee");
    EXPECT_EQ(test::paragraph_speaker(ps, "maintain the NPT"), "Won Junghee");
}

TEST(JointPressConference, ANewAskersOneNameAndOutletEndsTheCall) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: Thank you. Now we’ll take a few questions.\n\n"
        "Jordan Fabian of Bloomberg.\n\n"
        "Q Thank you, Mr. President. How concerned are you about the fight against inflation "
        "stalling?\n\n"
        "PRESIDENT BIDEN: Well, I do stand by my prediction that before the year is out there "
        "will a rate cut. This may delay it a month or so. I’m not sure of that.\n\n"
        "Q Mr. Prime Minister, you said that the Nippon Steel acquisition of U.S. Steel is a "
        "private matter. Did you discuss the matter today?\n\n"
        "PRIME MINISTER KISHIDA: (As interpreted.) We understand that discussions are "
        "underway between the parties. We hope these discussions will unfold in directions "
        "that would be positive for both sides. Japan believes that appropriate procedures "
        "based on law is being implemented by the U.S. government.\n\n"
        "Q Nakakuki of Kyodo News. My question is to both Prime Minister Kishida and President "
        "Biden.",
        "Remarks by President Biden and Prime Minister Kishida Fumio of Japan in Joint Press "
        "Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "fight against inflation"), "Jordan Fabian");
    EXPECT_EQ(test::paragraph_speaker(ps, "Nippon Steel"), "Jordan Fabian");
    EXPECT_EQ(test::paragraph_speaker(ps, "Nakakuki of Kyodo News"), "-");
}

TEST(JointPressConference, AnAskerWhoFirstAsksIfTheyAreHeardStillAsks) {
    const auto ps = test::transcript_passages(
        kTable,
        "MODERATOR: Thank you. For our next question, we’ll go to Asma Khalid from NPR.\n\n"
        "Q Hi there. Thanks. Can you all hear me?\n\n"
        "MODERATOR: Yes, we can.\n\n"
        "Q Hi. [Senior administration official], could you speak at all to the risk "
        "assessment in Zelenskyy flying here at this particular moment?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Well, Russia has been taking drastic action on a "
        "near daily basis in Ukraine.",
        "Background Press Call on the Upcoming Visit of President Zelenskyy of Ukraine");
    EXPECT_EQ(test::paragraph_speaker(ps, "Can you all hear me?"), "Asma Khalid");
    EXPECT_EQ(test::paragraph_speaker(ps, "risk assessment"), "Asma Khalid");
    EXPECT_EQ(test::paragraph_speaker(ps, "drastic action"), "-");
}

TEST(JointPressConference, AQuestionPrintedUnderTheOfficialsLabelIsTheCalledAskers) {
    const auto ps = test::transcript_passages(
        kTable,
        "MODERATOR: Thank you. For our next question, we’ll go to Michael Shear from the New "
        "York Times.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Hey, [senior administration official]. Thanks. I "
        "wonder if you could talk a little bit to the message that the President wants to send "
        "to the American people with this visit.\n\n"
        "Is there any sense in which this should suggest to the American people that those "
        "kinds of limits are changing?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: No. The President has been very clear from the "
        "beginning.\n\n"
        "MODERATOR: Great, thank you. So, [senior administration official], over to you.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thanks. I’ll turn it over to my colleague. Any "
        "questions on the G7?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Alright. Thanks very much.",
        "Background Press Call on the Upcoming Visit of President Zelenskyy of Ukraine");
    EXPECT_EQ(test::paragraph_speaker(ps, "the message that the President"), "Michael Shear");
    EXPECT_EQ(test::paragraph_speaker(ps, "limits are changing"), "Michael Shear");
    EXPECT_EQ(test::paragraph_speaker(ps, "very clear from the beginning"), "-");
    // No one was called: two officials in turn under one label, the first asking nothing of
    // anyone named.
    EXPECT_EQ(test::paragraph_speaker(ps, "Any questions on the G7"), "-");
}

TEST(JointPressConference, APronounRunTogetherWithItsVerbIsNoName) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: All right. We’re going to take a few questions now.\n\n"
        "Q Mr. President, I want to ask about the war in the Middle East. Twenty-four U.S. "
        "troops have been injured during 10 drone or rocket attacks. You’ve told Iran to, "
        "quote, “be careful” as your administration tries to prevent the war from spreading.",
        "Remarks by President Biden in Joint Press Conference");
    for (const auto& p : ps) EXPECT_NE(p.speaker.value_or("-"), "You’ve") << p.text;
}

TEST(JointPressConference, AnOfficeLabelIsTheFullNameTheTextGivesThatOffice) {
    // The table's one Kennedy is someone else: the text names the secretary in full, with
    // a middle initial.
    const char* table = R"(
- name: Charles Kennedy
- name: Donald Trump
  roles: [President of the United States]
)";
    Article a;
    a.kind = "transcript";
    a.title = "Remarks by President Trump Before Cabinet Meeting";
    a.body =
        "THE PRESIDENT: Health and Human Services Secretary Robert F. Kennedy is here. "
        "Bobby?\n\n"
        "SECRETARY KENNEDY: We are following the measles epidemic every day.";
    const auto ps = test::built_passages(table, a);
    EXPECT_EQ(test::paragraph_speaker(ps, "measles epidemic"), "Robert F. Kennedy");
}

TEST(JointPressConference, MisterPresidentAsALabelIsTheOffice) {
    const auto ps = test::transcript_passages(
        kTable,
        "SECRETARY GENERAL STOLTENBERG: President Biden, dear Joe, welcome to the NATO "
        "Summit.\n\n"
        "So, once again, Mr. President, it’s great to have you here at the NATO Summit.\n\n"
        "MR. PRESIDENT: It’s good to be here. And thank you for continuing to deliver.\n\n"
        "So, thank you for being willing to do it.\n\n"
        "SECRETARY GENERAL STOLTENBERG: Thank you so much.\n\n"
        "PRESIDENT BIDEN: Thank you, thank you, thank you.",
        "Remarks by President Biden and NATO Secretary General Jens Stoltenberg in Official "
        "Greeting | Vilnius, Lithuania");
    EXPECT_EQ(test::paragraph_speaker(ps, "good to be here"), "Joe Biden");
    EXPECT_EQ(test::paragraph_speaker(ps, "willing to do it"), "Joe Biden");
    EXPECT_EQ(test::paragraph_speaker(ps, "great to have you here"), "Jens Stoltenberg");
}

// `H.E. Moon Jae-in, President of the Republic of Korea` in the title: `PRESIDENT MOON:` is
// that full name, written surname first after the style of a head of state.
TEST(JointPressConference, ASurnameLabelTakesTheFullNameAfterHisExcellency) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: And I want to thank you again for the meetings today, Mr. "
        "President, particularly our long, private meeting.\n\n"
        "PRESIDENT MOON: (As interpreted.) Honorable President Biden, Madam Vice President, I "
        "extend my deepest gratitude to you for your special hospitality.\n\n"
        "Today, leaders and delegates of Korea and the United States met each other’s eye and "
        "had a dialogue.",
        "Remarks by President Biden and H.E. Moon Jae-in, President of the Republic of Korea "
        "at Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "deepest gratitude"), "Moon Jae-in");
    EXPECT_EQ(test::paragraph_speaker(ps, "met each other"), "Moon Jae-in");
    EXPECT_EQ(test::paragraph_speaker(ps, "long, private meeting"), "Joe Biden");
}

// Batch 10 (tests/data/transcripts/SOURCES.md): hosts who call the outlet first (`Reuters,
// Jeff Mason.`, `Yes, it’s Helsingin Sanomat, Elina Väntönen.`, `call on Associated Press,
// Colleen Long, for the first question`), a first name before the outlet naming no one
// (`Marek, Polskie Radio.`), an aside before `is` (`the first question, I’m told, is …`), a
// moderator saying through the interpreter who will ask, and an asker called by name who
// names herself holding the floor over her second question.
TEST(JointPressConference, AnOutletThenANameCallsThatAsker) {
    const auto ps = test::transcript_passages(
        kTable,
        "THE PRESIDENT: With that, I’ll take your questions. I’ve been given a list of people "
        "to call on here.\n\n"
        "Reuters, Jeff Mason.\n\n"
        "Q Mr. President, your political future has hung over the NATO Summit a little bit "
        "this week. Are you worried?\n\n"
        "THE PRESIDENT: Look, I’m just going to keep moving.\n\n"
        "Who do we got here? Marek, Polskie Radio.\n\n"
        "Q Thank you, Mr. President. How are you?",
        "Remarks by President Biden in Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "political future"), "Jeff Mason");
    EXPECT_EQ(test::paragraph_speaker(ps, "How are you?"), "-");
}

TEST(JointPressConference, AGuestLeaderCallsTheOutletThenTheName) {
    const auto ps = test::transcript_passages(
        kTable,
        "MODERATOR: Next question goes to President Niinistö. Please.\n\n"
        "PRESIDENT NIINISTÖ: Yes, it’s Helsingin Sanomat, Elina Väntönen.\n\n"
        "Q Thank you, Mr. President. And my question is for Mr. President Biden.\n\n"
        "PRESIDENT BIDEN: (Laughs.) Okay.\n\n"
        "Q Or should I just say President Biden? (Laughs.) You have repeatedly talked about "
        "Finlandization becoming NATOization of Finland.",
        "Remarks by President Biden and President Sauli Niinistö of the Republic of Finland in "
        "Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "my question is for"), "Elina Väntönen");
    EXPECT_EQ(test::paragraph_speaker(ps, "Or should I just say"), "Elina Väntönen");
}

TEST(JointPressConference, AHostCallsOnAnOutletAndItsReporter) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: All right. I was having trouble hearing, but I’d like to call on "
        "Associated Press, Colleen Long, for the first question.\n\n"
        "Q Thanks, Mr. President. Hola, Señor. And hi, Prime Minister Trudeau.\n\n"
        "For Mr. President, you’ve been accused of being too soft on border security and now "
        "too hard. What’s the right balance?",
        "Remarks by President Biden, Prime Minister Trudeau, and President López Obrador in "
        "Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "Hola, Señor"), "Colleen Long");
    EXPECT_EQ(test::paragraph_speaker(ps, "too soft on border"), "Colleen Long");
}

TEST(JointPressConference, AnAsideBeforeIsStillNamesTheQuestionsAsker) {
    const auto ps = test::transcript_passages(
        kTable,
        "THE PRESIDENT: Now, I’d be happy to take your questions. And the first question, I’m "
        "told, is Darlene Superville from the Associated Press.\n\n"
        "Q Thank you, Mr. President. Two questions, please.",
        "Remarks by President Biden in Press Conference | Madrid, Spain");
    EXPECT_EQ(test::paragraph_speaker(ps, "Two questions, please"), "Darlene Superville");
}

TEST(JointPressConference, AModeratorSaysThroughTheInterpreterWhoWillAsk) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT BIDEN: A lot more to say, but I probably already said too much. Thank "
        "you.\n\n"
        "MODERATOR: (As interpreted.) David Cochrane, CBC, from Canada, will be asking to Prime "
        "Minister Trudeau.\n\n"
        "PRIME MINISTER TRUDEAU: (Inaudible) question. And I’ll fold the Haiti question in as "
        "well.\n\n"
        "Q Okay, thank you, Prime Minister. A question for you and for President Biden as "
        "well.\n\n"
        "PRIME MINISTER TRUDEAU: Thank you very much. First, on Haiti, the situation in Haiti "
        "is heartbreaking.\n\n"
        "MODERATOR: (As interpreted.) Sara Pablo of the Formula Group will pose a question to "
        "the constitutional President of the United Mexican States.\n\n"
        "Q (As interpreted.) Yes. Good afternoon, Presidents, Prime Minister. And we have a few "
        "questions for President Biden.",
        "Remarks by President Biden, Prime Minister Trudeau, and President López Obrador in "
        "Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "A question for you and"), "David Cochrane");
    EXPECT_EQ(test::paragraph_speaker(ps, "we have a few"), "Sara Pablo");
}

TEST(JointPressConference, AnAskerCalledByNameWhoNamesHerselfKeepsTheFloor) {
    const auto ps = test::transcript_passages(
        kTable,
        "PRESIDENT NIINISTÖ: Shall we start with Lida Tikka? You.\n\n"
        "Q Lida Tikka, Finnish Public Broadcasting Service. My question is for Mr. President "
        "Biden. What actions will you take to assure Finland?\n\n"
        "PRESIDENT BIDEN: I absolutely guarantee it. There is no question. There’s "
        "overwhelming support from the American people.\n\n"
        "The American people have known since the end of World War Two and the formation of "
        "NATO that our security rests in the unanimity among European and transatlantic "
        "partners.\n\n"
        "And so, no one can guarantee the future, but this is the best bet anyone could "
        "make.\n\n"
        "Q And my second question, on that note, to Mr. President Niinistö. Are you worried?",
        "Remarks by President Biden and President Sauli Niinistö of the Republic of Finland in "
        "Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "What actions will you take"), "Lida Tikka");
    EXPECT_EQ(test::paragraph_speaker(ps, "my second question"), "Lida Tikka");
}

// `And for President López Obrador: How will Mexico …`: an asker turning to the next leader,
// in title case before a colon, is no label; the paragraph is the asker's still.
TEST(JointPressConference, AQuestionTurningToAnotherLeaderIsNoLabel) {
    const auto ps = test::transcript_passages(
        kTable,
        "MODERATOR: (As interpreted.) Sara Pablo of the Formula Group will pose a question to "
        "the constitutional President of the United Mexican States.\n\n"
        "Q (As interpreted.) Yes. Good afternoon, Presidents, Prime Minister. And we have a few "
        "questions for President Biden.\n\n"
        "And for President López Obrador: How will Mexico be prepared to receive all the "
        "migrants the United States will be expelling from its territory?\n\n"
        "And then, after this 10th summit, are we going to be seeing changes in migration "
        "policies?",
        "Remarks by President Biden, Prime Minister Trudeau, and President López Obrador in "
        "Joint Press Conference");
    EXPECT_EQ(test::paragraph_speaker(ps, "How will Mexico be prepared"), "Sara Pablo");
    EXPECT_EQ(test::paragraph_speaker(ps, "after this 10th summit"), "Sara Pablo");
}

// `Jim, the New York — Jim Tankersley, the New York Times.`: the host starts his call again
// after a dash; the name and outlet after it call that asker.
TEST(JointPressConference, AHostRestartingHisCallAfterADashCallsTheName) {
    const auto ps = test::transcript_passages(
        kTable,
        "THE PRESIDENT: We are going to support Ukraine as long as it takes.\n\n"
        "I’m supposed to go down the list here. Jim, the New York — Jim Tankersley, the New "
        "York Times.\n\n"
        "Q Hi. Mr. President, thank you. This week, you and the G7 allies introduced a plan "
        "for an oil price cap for Russian exports. Would it bring down the price?",
        "Remarks by President Biden in Press Conference | Madrid, Spain");
    EXPECT_EQ(test::paragraph_speaker(ps, "oil price cap"), "Jim Tankersley");
}

}  // namespace joint_press_conference_test
