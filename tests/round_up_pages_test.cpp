// Press releases, statements and reaction (round-up) pages: who speaks in paragraphs that a
// label introduces (`Illinois Senator Dick Durbin: “…”`), in narration that only mentions an
// official, and in reported speech. Snippets from public-domain White House and Kremlin
// texts.

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace round_up_pages_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Joe Biden
  aliases: [Joseph R. Biden]
- name: Donald Trump
  aliases: [Donald J. Trump]
- name: Vladimir Putin
  aliases: [Putin]
  roles: [Russian President]
- name: Ilham Aliyev
  aliases: [Aliyev]
- name: Heydar Aliyev
  aliases: [Heidar Aliyev]
)";

std::vector<Passage> passages(const std::string& body, const std::string& title = "",
                              const std::string& author = "") {
    Article a;
    a.kind = "news";
    a.title = title;
    a.body = body;
    if (!author.empty()) a.metadata["author"] = author;
    return test::built_passages(kTable, a);
}

// The speaker of the smallest passage holding `snippet` ("-" for none).
std::string speaker_of(const std::vector<Passage>& all, const std::string& snippet) {
    return test::snippet_speaker(all, snippet);
}

}  // namespace

TEST(RoundUpPages, TitlesBeforeTheNameAndACommaAfterIt) {
    auto all = passages(
        "Chairman, Senate Judiciary Committee, Illinois Senator Dick Durbin: “Thank you, "
        "@POTUS , for reminding America that we have a singular role in the world.”\n\n"
        "John E. Herbst, Senior director of the Atlantic Council’s Eurasia Center and a former "
        "US ambassador to Ukraine: “It has been a good week for Joe Biden.”\n\n"
        "House Committee on Energy and Commerce Chair Brett Guthrie (R-KY): “Energy security is "
        "national security.”");
    EXPECT_EQ(speaker_of(all, "singular role"), "Dick Durbin");
    EXPECT_EQ(speaker_of(all, "a good week"), "John E. Herbst");
    EXPECT_EQ(speaker_of(all, "Energy security"), "Brett Guthrie");
}

TEST(RoundUpPages, AnIntroductionWithoutQuotationMarks) {
    auto all = passages(
        "Massachusetts Representative Jake Auchincloss: Yes, the President met the moral "
        "moment. Our ally democracies are under attack.\n\n"
        "Jeremy Ben-Ami, President, J Street: The President did a great job balancing the need "
        "to support Israel.");
    EXPECT_EQ(speaker_of(all, "moral moment"), "Jake Auchincloss");
    EXPECT_EQ(speaker_of(all, "great job"), "Jeremy Ben-Ami");
}

TEST(RoundUpPages, ASuffixIsPartOfTheNameNeverTheName) {
    auto all = passages("Harold Ford, Jr.: “I give President Trump tremendous credit for where "
                        "we are.”");
    EXPECT_EQ(speaker_of(all, "tremendous credit"), "Harold Ford Jr.");
}

TEST(RoundUpPages, TwoPeopleOrAnOrganisationAreNoOnePerson) {
    auto all = passages(
        "CNN’s Joseph Ataman and Clare Sebastian: “A diplomatic masterstroke.”\n\n"
        "Americans for Prosperity: “Coupled with earlier Executive Orders signed by President "
        "Trump, the administration is well on its way.”\n\n"
        "Sen. Ted Cruz: “Putin and our enemies are afraid of him.”");
    EXPECT_EQ(speaker_of(all, "masterstroke"), "-");
    EXPECT_EQ(speaker_of(all, "Coupled with"), "-");
    EXPECT_EQ(speaker_of(all, "afraid of him"), "Ted Cruz");
}

TEST(RoundUpPages, ASentenceEndingInAColonIsNoLabel) {
    auto all = passages(
        "President Trump underscored the situation’s urgency by describing an interaction "
        "with a fellow leader: “At the table, one of the gentlemen said, let’s meet in "
        "another month.”");
    EXPECT_EQ(speaker_of(all, "At the table"), "Donald Trump");
}

TEST(RoundUpPages, ALeadInHoldsForDashLedParagraphs) {
    auto all = passages(
        "Senator Jane Holloway said:\n\n"
        "– We will not abandon our allies.\n\n"
        "– Congress must act quickly.\n\n"
        "The Senate votes next week.");
    EXPECT_EQ(speaker_of(all, "abandon our allies"), "Jane Holloway");
    EXPECT_EQ(speaker_of(all, "act quickly"), "Jane Holloway");
    EXPECT_EQ(speaker_of(all, "votes next week"), "-");
}

TEST(RoundUpPages, AnOpeningParagraphThatNarratesIsTheDocuments) {
    auto all = passages(
        "Last night, President Biden addressed the nation on our response to Hamas’ terrorist "
        "attacks against Israel. As the President said: we are facing a global inflection "
        "point.\n\n"
        "See below for what they are saying:");
    EXPECT_EQ(speaker_of(all, "addressed the nation"), "-");
    // A readout opens with the conversation itself: its speech is reported.
    all = passages("President Joseph R. Biden spoke this afternoon with President Recep Tayyip "
                   "Erdogan of Türkiye. He reaffirmed the readiness of the United States to "
                   "provide any and all needed assistance.");
    EXPECT_EQ(speaker_of(all, "reaffirmed the readiness"), "Joe Biden");
}

TEST(RoundUpPages, ReportedSpeechOfOneOrOfTwo) {
    auto all = passages(
        "Mr Putin and Mr Aliyev said they were in favour of further trade and economic "
        "contacts between the two countries.\n\n"
        "Cultural cooperation between the two countries was another subject under discussion. "
        "Mr Putin expressed particular thanks to Mr Aliyev for his consistent policy.\n\n"
        "Mr Putin assured the journalists that his position on the Abkhazian issue had not "
        "changed.");
    EXPECT_EQ(speaker_of(all, "in favour of"), "-");
    EXPECT_EQ(speaker_of(all, "particular thanks"), "Vladimir Putin");
    EXPECT_EQ(speaker_of(all, "assured the journalists"), "Vladimir Putin");
}

TEST(RoundUpPages, ASurnameIsThePersonTheArticleNamesNotATableNamesake) {
    auto all = passages(
        "Mr Putin and Mr Aliyev also discussed cooperation between law-enforcement bodies. "
        "Mr Aliyev spoke of the efforts the Azerbaijani authorities had taken.\n\n"
        "He emphasised that Azerbaijan was interested in the stability of the Caucasus.",
        "Acting President Vladimir Putin met President of Azerbaijan Heidar Aliyev");
    EXPECT_EQ(speaker_of(all, "He emphasised"), "Heydar Aliyev");
}

TEST(RoundUpPages, AStatementsAuthorKeepsWhatABodyIsReportedToSay) {
    auto all = passages(
        "We stand firmly with the Israeli people as they defend themselves.\n\n"
        "And while Israelis are still in shock, Hamas has promised that it will relentlessly "
        "try to repeat Oct. 7.",
        "Statement from President Joe Biden on the Attacks in Israel");
    EXPECT_EQ(speaker_of(all, "stand firmly"), "Joe Biden");
    EXPECT_EQ(speaker_of(all, "relentlessly"), "Joe Biden");
    // Two authors: no one speaker.
    all = passages("The two leaders also agreed on a partial ceasefire against energy.",
                   "Statement from Secretary Rubio and NSC Waltz on Call with Zelenskyy");
    EXPECT_EQ(speaker_of(all, "partial ceasefire"), "-");
}

TEST(RoundUpPages, AnOfficeResolvesThroughTheArticle) {
    // Named with the office only after the quote: the one person the article gives it.
    auto all = passages(
        "“If we only look inward, we cannot defeat threats from outside,” said the Vice "
        "President during her foreign trip.\n\n"
        "MUNICH – Today, Vice President Kamala Harris made a forceful case for America’s "
        "continued global leadership.");
    EXPECT_EQ(speaker_of(all, "look inward"), "Kamala Harris");
    // Two presidents named: `the President` is neither, unless the sentence before is
    // about one of them.
    all = passages("President Joe Biden met President Volodymyr Zelensky in Kyiv on Monday.\n\n"
                   "The meeting lasted two hours.\n\n"
                   "“We stand together,” the President said.");
    EXPECT_EQ(speaker_of(all, "stand together"), "-");
    all = passages("President Joe Biden met President Volodymyr Zelensky in Kyiv on Monday.\n\n"
                   "“We stand together,” the President said.");
    EXPECT_EQ(speaker_of(all, "stand together"), "Joe Biden");
}

TEST(RoundUpPages, AHeadingEndsTheRunningSpeakerAndADatelineIsNoLabel) {
    auto all = passages(
        "Sen. Jane Holloway: “We will act.”\n\n"
        "“Congress must move quickly.”\n\n"
        "Foreign Policy Voices\n\n"
        "“A masterful speech.”");
    EXPECT_EQ(speaker_of(all, "move quickly"), "Jane Holloway");
    EXPECT_EQ(speaker_of(all, "masterful"), "-");
    all = passages("WASHINGTON: President Joe Biden said the alliance would hold.");
    EXPECT_EQ(speaker_of(all, "alliance would hold"), "Joe Biden");
    all = passages("NEW YORK CITY: Mayor Jane Holloway said the city would help.");
    EXPECT_EQ(speaker_of(all, "city would help"), "Jane Holloway");
}

TEST(RoundUpPages, TheSpokesmanOfAnOfficeIsItsHolder) {
    const char* table = R"(
- name: Dmitry Peskov
  roles: [Kremlin spokesman]
)";
    Article a;
    a.id = "t";
    a.kind = "news";
    a.body = "Russia rejected the proposal on Tuesday.\n\n"
             "“We see no basis for talks,” the Kremlin spokesman told reporters.\n\n"
             "“It is a matter for lawyers,” the spokesman said.";
    AnalysisTables tables{SpeakerTable::parse(table, "t.yaml"), TopicTagger()};
    auto all = build_passages(a, tables);
    EXPECT_EQ(speaker_of(all, "no basis"), "Dmitry Peskov");
    // A spokesman of no named office stays nameless.
    EXPECT_EQ(speaker_of(all, "matter for lawyers"), "-");
}

// president.az style: an introduction with an opening clause, then the address in
// dash-led paragraphs and the paragraphs that continue it.
TEST(RoundUpPages, AnAddressIntroducedWithSaidAndAColon) {
    auto all = passages(
        "The ceremony was held at the Heydar Aliyev Center on 12 May.\n\n"
        "Addressing the event, President Ilham Aliyev said:\n\n"
        "- Dear Mr. President, dear guests! Welcome to Azerbaijan.\n\n"
        "- Our countries are bound by friendship and a common history.\n\n"
        "Then the guests visited the exhibition.");
    EXPECT_EQ(speaker_of(all, "dear guests"), "Ilham Aliyev");
    EXPECT_EQ(speaker_of(all, "common history"), "Ilham Aliyev");
    EXPECT_EQ(speaker_of(all, "visited the exhibition"), "-");
}

// A joint statement or a declaration speaks for several governments: no one's speech.
TEST(RoundUpPages, ACollectiveDocumentIsNoSpeaker) {
    auto all = passages(
        "The leaders adopted a Joint Statement on the results of the talks.\n\n"
        "The Joint Statement said the sides would expand trade and transport links.\n\n"
        "“The parties reaffirm their commitment to peace,” the declaration says.",
        "Joint Statement of the Presidents of Russia and Azerbaijan");
    EXPECT_EQ(speaker_of(all, "expand trade"), "-");
    EXPECT_EQ(speaker_of(all, "commitment to peace"), "-");
}

}  // namespace round_up_pages_test
