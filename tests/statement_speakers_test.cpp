// Who speaks the paragraphs of official statements, press releases and speeches as
// governments publish them: a title, heading or byline naming the one speaker, the
// narration around the statement, and speeches introduced by `X said:`. Each test runs a
// short snippet of a real text (tests/data/fresh_statements/SOURCES.md) through
// build_passages.

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace statement_speakers_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Vladimir Putin
  aliases: [Putin]
  roles: [President of Russia]
- name: Charles Michel
- name: António Guterres
  aliases: [Guterres]
- name: Josep Borrell
- name: Nikol Pashinyan
- name: Ilham Aliyev
  roles: [President of Azerbaijan]
- name: Mehriban Aliyeva
- name: Joe Biden
  aliases: [Joseph R. Biden]
)";

// Each paragraph's speaker, `-` for none.
std::vector<std::string> speakers(const std::string& title, const std::string& body,
                                  const std::string& kind = "") {
    Article a;
    a.kind = kind;
    a.title = title;
    a.body = body;
    return test::paragraph_speakers(test::built_passages(kTable, a));
}

using V = std::vector<std::string>;

}  // namespace

TEST(StatementSpeakers, KremlinTitleBindsTheOfficeWithANoBreakSpace) {
    EXPECT_EQ(speakers("Statement by President of Russia\u00a0Vladimir Putin",
                       "On April 14, the United States, supported by its allies, launched an "
                       "airstrike against military and civilian targets in the Syrian Arab "
                       "Republic.\n\nRussia will convene an emergency meeting of the UN Security "
                       "Council to discuss the aggressive actions by the US and its allies.\n"),
              (V{"Vladimir Putin", "Vladimir Putin"}));
}

TEST(StatementSpeakers, NarrationBeforeAHeadingNamingTheSpeakerIsNotTheirs) {
    EXPECT_EQ(speakers("Press Statement By Charles Michel Following Trilateral Meeting With "
                       "Azerbaijani And Armenian Leaders",
                       "Azernews presents the press statement.\n\n"
                       "Press statement by President Charles Michel\n\n"
                       "Today I hosted President Aliyev of Azerbaijan and Prime Minister "
                       "Pashinyan of Armenia again.\n"),
              (V{"-", "-", "Charles Michel"}));
}

TEST(StatementSpeakers, AHeadingUnderAnOfficeOnlyTitleNamesTheSpeaker) {
    EXPECT_EQ(speakers("Azerbaijan: Statement by the High Representative on the military "
                       "escalation",
                       "Statement by EU High Representative for Foreign Affairs Josep Borrell on "
                       "Azerbaijan's Military Action against Nagorno-Karabakh\n\n"
                       "September 19, 2023\n\n"
                       "There is an urgent need to return to dialogue between Baku and "
                       "Karabakh Armenians.\n"),
              (V{"-", "-", "Josep Borrell"}));
}

TEST(StatementSpeakers, ABylineUnderAnOfficeOnlyTitleNamesTheSpeaker) {
    EXPECT_EQ(speakers("Secretary-General's remarks to the General Assembly Emergency Special "
                       "Session on Ukraine",
                       "António Guterres\n\n"
                       "That invasion is an affront to our collective conscience.\n"),
              (V{"-", "António Guterres"}));
    // A dateline is no byline.
    EXPECT_EQ(speakers("Statement attributable to the Spokesman for the Secretary-General on "
                       "Ukraine",
                       "New York\n\n28 August 2014\n\n"
                       "The international community cannot allow the situation to escalate "
                       "further.\n"),
              (V{"-", "-", "-"}));
}

TEST(StatementSpeakers, NarrationNamingTheSpeakerInFullIsNotTheirs) {
    EXPECT_EQ(speakers("Nikol Pashinyan: “The implementation of the roadmap published on "
                       "November 18 is an absolute priority”",
                       "Prime Minister Nikol Pashinyan addressed today’s government meeting "
                       "with opening remarks, the transcript of which is provided below.\n\n"
                       "“Dear colleagues,\n\nToday we are holding the first meeting of the "
                       "government in a renewed composition.\n"),
              (V{"-", "Nikol Pashinyan", "Nikol Pashinyan"}));
}

TEST(StatementSpeakers, ASaidColonIntroductionLeadsIntoTheSpeechButHoldsNoneOfIt) {
    // president.az: the dash-led paragraph, with no space after the dash, and the speech's
    // plain paragraphs until narration resumes.
    EXPECT_EQ(speakers("Ilham Aliyev met with Russian President Vladimir Putin",
                       "President of the Russian Federation Vladimir Putin said:\n\n"
                       "-Dear Ilham Heydarovich,\n\n"
                       "As for bilateral relations, they are developing. Trade and investment "
                       "volumes are also growing.\n\n"
                       "President of the Republic of Azerbaijan Ilham Aliyev put his hand on the "
                       "Constitution of the Republic of Azerbaijan.\n"),
              (V{"-", "Vladimir Putin", "Vladimir Putin", "-"}));
}

TEST(StatementSpeakers, AnAddressedColonIntroductionLeadsIntoAnUndashedSpeech) {
    EXPECT_EQ(speakers("A ceremonial dinner in honour of Non-Aligned Movement foreign ministers",
                       "On April 5, a ceremonial dinner was hosted at the Heydar Aliyev Centre.\n\n"
                       "Mehriban Aliyeva addressed the ceremony:\n\n"
                       "Dear guests,\n\nLadies and gentlemen,\n\n"
                       "It is very symbolic that the Conference is dedicated to such a topic. "
                       "Here, at the crossroad between Europe and Asia, different civilizations "
                       "met throughout the centuries.\n\n"
                       "As an example, we can underline the Baku Process that turns 10 years in "
                       "2018.\n\n"
                       "For more than half a century, the Non-Aligned Movement promotes the "
                       "values of humanity. Being one of the biggest organizations of the world, "
                       "the Non-Aligned Movement plays an important role in stability.\n\n"
                       "Then the guests visited the exhibition.\n\n"
                       "The national anthem was played.\n"),
              (V{"-", "-", "Mehriban Aliyeva", "Mehriban Aliyeva", "Mehriban Aliyeva",
                 "Mehriban Aliyeva", "Mehriban Aliyeva", "-", "-"}));
}

TEST(StatementSpeakers, AReadoutOpeningWithAMeetingReportsWhatWasSaid) {
    // The White House's one-paragraph readout: `met with` opens it as `spoke with` does, and
    // `would continue providing` is no speech of the United States.
    EXPECT_EQ(speakers("Readout of President Biden’s Meeting with Foreign Minister Kuleba of "
                       "Ukraine",
                       "Today, President Joseph R. Biden, Jr. met with Foreign Minister Dmytro "
                       "Kuleba of Ukraine to reaffirm the United States’ commitment to Ukraine’s "
                       "sovereignty and territorial integrity. President Biden updated Foreign "
                       "Minister Kuleba on the United States’ response. He also affirmed that "
                       "the United States would continue providing security assistance and "
                       "macroeconomic support to Ukraine. President Biden reiterated the "
                       "readiness of the United States to respond swiftly and decisively.\n"),
              (V{"Joe Biden"}));
}

TEST(StatementSpeakers, AHostWelcomingGuestsIsNarrationAndThanksAreSaid) {
    EXPECT_EQ(speakers("Hosting int'l summit, Azerbaijani president highlights political stability",
                       "President Ilham Aliyev welcomed the heads of state and government "
                       "participating in the Summit.\n"),
              (V{"-"}));
    // The Kremlin's readout of a telephone conversation.
    EXPECT_EQ(speakers("President Vladimir Putin held a telephone conversation with Prime "
                       "Minister of Turkey Recep Tayyip Erdogan",
                       "The two leaders discussed practical issues regarding bilateral "
                       "relations.\n\nMr Putin thanked the Turkish Prime Minister for expression "
                       "of support and sympathy following the recent terrorist raid in Nalchik.\n"),
              (V{"-", "Vladimir Putin"}));
}

TEST(StatementSpeakers, AColonBeforeAListIntroducesNoSpeech) {
    // BBC News (tests/data/README.md): the narration after the list is no one's speech.
    EXPECT_EQ(speakers("Child access law shake-up planned",
                       "Lord Falconer told BBC Radio 4's Today programme he hoped voluntary "
                       "mediation could help solve disputes before they reached court. Other "
                       "plans include:\n\n"
                       "- Parenting plans to give advice on access arrangements\n\n"
                       "Failure to comply with these measures could result in offenders being "
                       "electronically tagged.\n")
                  .back(),
              "-");
}

TEST(StatementSpeakers, AnAppreciationReportedIsSaid) {
    // president.az's account of a meeting: the office names the speaker.
    EXPECT_EQ(speakers("Ilham Aliyev received delegation consisting of members of Grand National "
                       "Assembly of Türkiye",
                       "President of the Republic of Azerbaijan Ilham Aliyev has received a "
                       "delegation comprising the members of the Grand National Assembly of "
                       "Türkiye.\n\n"
                       "The President of Azerbaijan once again appreciated the strong moral and "
                       "political support of brotherly Türkiye in the Victory gained in the "
                       "Patriotic War.\n")
                  .back(),
              "Ilham Aliyev");
}

TEST(StatementSpeakers, ThePronounIIsNoPartOfAName) {
    // The Kremlin's Valdai transcript: `Recently I spoke to …` names no `Recently I`; the
    // teacher is who `he said` means.
    Article a;
    a.id = "t";
    a.body =
        "Recently I spoke to my former university teacher Yury Tolstoy, member of the "
        "Russian Academy of Sciences. He has been teaching all his life, and he made a great "
        "comment. He said that there is only one concern: what if our education loses its "
        "“spirit.”\n";
    AnalysisTables tables{SpeakerTable::parse(kTable, "t.yaml"), TopicTagger()};
    std::string quoted = "-";
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::quote) quoted = p.speaker.value_or("-");
    EXPECT_NE(quoted, "Recently I");
}

// A dateline with a time and a reference number under a title naming the speaker is no
// paragraph of the remarks (EEAS, 9 February 2015).
TEST(StatementSpeakers, ADatelineWithATimeIsNotTheTitledSpeakers) {
    EXPECT_EQ(speakers("Remarks by High Representative/Vice-President Federica Mogherini "
                       "following the Foreign Affairs Council",
                       "Bruxelles, 09/02/2015 - 00:00, UNIQUE ID: 150209_02\n\nThe Foreign "
                       "Affairs council today had on the agenda different points on urgencies "
                       "and crises in our region.\n",
                       "transcript"),
              (V{"-", "Federica Mogherini"}));
}

// A ministry's answer to the media, published as `Question: …` / `Answer: …` under a title
// naming the one who answers (Azerbaijan's Foreign Ministry, February 2023): the question is
// no one's, the answer and what follows it the named official's.
TEST(StatementSpeakers, AnAnswerUnderATitleNamingWhoAnswersIsTheirs) {
    EXPECT_EQ(speakers("Aykhan Hajizada, head of the Press Service Department of the Ministry of "
                       "Foreign Affairs of the Republic of Azerbaijan answers questions of local "
                       "media",
                       "Question: On a visit to Germany on February 7, 2023, Foreign Minister of "
                       "Armenia Ararat Mirzoyan stated Azerbaijan's obstruction of the negotiation "
                       "process. What is your position regarding this statement?\n\nAnswer: Let "
                       "us note first that the proposals were put forward by Azerbaijan 15 days "
                       "ago, not few days ago.\n\nUnlike Armenia, Azerbaijan supports conducting "
                       "negotiations on the text of the peace agreement as soon as possible.\n",
                       "declaration"),
              (V{"-", "Aykhan Hajizada", "Aykhan Hajizada"}));
}

}  // namespace statement_speakers_test
