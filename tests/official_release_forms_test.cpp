// Who speaks the paragraphs of official releases of forms the first statement tests lacked:
// titles led by `of` or by a ministry's reference number, a name typed with a Cyrillic
// letter, a statement signed at its foot, `Statement attributable to the Spokesperson for
// …`, a stance in the present tense (`The Secretary-General is deeply shocked …`), and the
// points a readout reports (`extended greetings`, `raised the need`, `assessed as`). Each
// test runs a short snippet of a real text (tests/data/fresh_statements/SOURCES.md) through
// build_passages.

#include <gtest/gtest.h>

#include "attribution/internal/mixed_script.hpp"
#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace official_release_forms_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: António Guterres
  aliases: [Guterres]
  roles:
    - {from: 2017-01-01, role: [Secretary-General of the United Nations]}
- name: Ban Ki-moon
  roles:
    - {from: 2007-01-01, to: 2016-12-31, role: [Secretary-General of the United Nations]}
- name: Jaap de Hoop Scheffer
  roles:
    - {from: 2004-01-01, to: 2009-07-31, role: [NATO Secretary General]}
- name: Josep Borrell
- name: Peter Stano
- name: Leyla Abdullayeva
- name: Ilham Aliyev
- name: Nikol Pashinyan
  aliases: [Pashinyan]
- name: Vladimir Putin
- name: Volodymyr Zelensky
  aliases: [Zelensky, Zelenskyy, Volodymyr Zelenskyy]
- name: Ani Badalyan
- name: Antony Blinken
  aliases: [Blinken, Antony J. Blinken]
  roles:
    - {from: 2021-01-26, to: 2025-01-20, role: [Secretary of State]}
- name: Hakan Fidan
- name: Angela Merkel
- name: Joe Biden
  aliases: [Biden, Joseph R. Biden, Joseph R. Biden Jr.]
- name: Recep Tayyip Erdogan
  aliases: [Erdogan]
- name: Lloyd Austin
  aliases: [Lloyd J. Austin, Lloyd J. Austin III]
- name: Oleksii Reznikov
- name: Mehriban Aliyeva
- name: Dmytro Kuleba
  aliases: [Kuleba]
- name: Binali Yıldırım
)";

// Each paragraph's speaker, `-` for none, of a release with that title, body, date, source and
// address.
std::vector<std::string> speakers(const std::string& title, const std::string& body,
                                  const std::string& date = "", const std::string& source = "",
                                  const std::string& url = "") {
    Article a;
    a.title = title;
    a.body = body;
    a.date = date;
    a.source = source;
    a.url = url;
    return test::paragraph_speakers(test::built_passages(kTable, a));
}

using V = std::vector<std::string>;

}  // namespace

TEST(OfficialReleaseForms, ARemarksOfTitleNamesItsSpeakerUpToWhomTheRemarksAreFor) {
    EXPECT_EQ(speakers("Remarks of the Minister of Foreign Affairs Ara Aivazian for the "
                        "journalists after the close meeting with the Committee on Foreign "
                        "Relations of the National Assembly of Armenia",
                        "04 December, 2020\n\nDear Colleagues,\n\nI would like to make a "
                        "statement, but first of all, I ask you not to distort my words and "
                        "present it completely.\n"),
              (V{"-", "Ara Aivazian", "Ara Aivazian"}));
}

TEST(OfficialReleaseForms, ACountryPrefixAndUponLeaveTheNameOfAPressRemarksTitle) {
    EXPECT_EQ(speakers("Georgia: Press remarks by High Representative/Vice-President Josep "
                        "Borrell upon arrival in the country",
                        "Gamarjoba !\n\nThank you for your attention. I am very happy to be "
                        "here in Georgia.\n"),
              (V{"Josep Borrell", "Josep Borrell"}));
}

TEST(OfficialReleaseForms, CyrillicLookAlikesInALatinWordAreReadAsLatin) {
    EXPECT_EQ(attribution::latin_lookalikes("Shavarsh \u041aocharyan \u0413\u0443\u0442\u0435"),
              "Shavarsh Kocharyan \u0413\u0443\u0442\u0435");
}

TEST(OfficialReleaseForms, AnAnswerOfTitleWithACyrillicLetterNamesWhoAnswers) {
    EXPECT_EQ(speakers("Answer of Deputy Foreign Minister Shavarsh \u041aocharyan to the "
                        "question by \u201c\u201d news agency",
                        "Question: Mr. Kocharyan, how would you comment on the statement of the "
                        "Foreign Minister of Azerbaijan?\n\nAnswer: Everyone knows what the "
                        "Foreign Minister of Azerbaijan doesn\u2019t.\n\nThe settlement itself "
                        "will be based on three principles and six elements.\n"),
              (V{"-", "Shavarsh Kocharyan", "Shavarsh Kocharyan"}));
}

TEST(OfficialReleaseForms, AReferenceNumberThenOfficeThenNameTitleNamesWhoAnswers) {
    EXPECT_EQ(speakers("No:134/21, Head of the Press Service Department of the Ministry of "
                        "Foreign Affairs of the Republic of Azerbaijan Leyla Abdullayeva answers "
                        "the questions from the media regarding the comment of the "
                        "representative of the Ministry of Foreign Affairs of Armenia",
                        "Answer: The approach demonstrated by the Armenian Foreign Ministry is "
                        "not surprising.\n\nArmenia, which has territorial claims against "
                        "Azerbaijan, is trying to find similar points in the views voiced by "
                        "Azerbaijani officials.\n"),
              (V{"Leyla Abdullayeva", "Leyla Abdullayeva"}));
}

TEST(OfficialReleaseForms, ASignatureAtTheFootNamesTheSpokesperson) {
    EXPECT_EQ(speakers("Armenia/Azerbaijan: Statement by the Spokesperson on the latest "
                        "hostilities",
                        "The European Union calls for an immediate cessation of the hostilities "
                        "which have broken out between Azerbaijani and Armenian forces.\n\nIt is "
                        "essential to de-escalate, fully respect the ceasefire and return to the "
                        "negotiating table.\n\nPeter Stano\nLead Spokesperson for Foreign Affairs "
                        "and Security Policy\n")
                  .at(1),
              "Peter Stano");
}

TEST(OfficialReleaseForms, AStatementAttributableToTheSpokespersonIsTheOfficeHolders) {
    EXPECT_EQ(speakers("Statement attributable to the Spokesperson for the Secretary-General "
                        "\u2013 on Ukraine",
                        "New York\n\n10 October 2022\n\nThe Secretary-General is deeply shocked "
                        "by today's large-scale missile attacks on cities across Ukraine.\n\nThis "
                        "constitutes another unacceptable escalation of the war and, as always, "
                        "civilians are paying the highest price.\n",
                        "2022-10-10", "United Nations, Secretary-General",
                        "https://www.un.org/sg/en/content/sg/statement/2022-10-10/x"),
              (V{"-", "-", "António Guterres", "António Guterres"}));
}

TEST(OfficialReleaseForms, AStanceInThePresentTenseIsTheStatementsNotAPastFeeling) {
    const std::string un = "https://www.un.org/sg/en/content/sg/statement/2014-08-22/x";
    EXPECT_EQ(speakers("", "The Secretary-General follows with deep concern reports that a "
                            "Russian aid convoy has crossed the border into Ukraine.\n",
                        "2014-08-22", "United Nations", un),
              (V{"Ban Ki-moon"}));
    EXPECT_EQ(speakers("", "The Secretary-General is gravely alarmed by reports that fighting "
                            "has spread southward.\n",
                        "2014-08-28", "United Nations", un),
              (V{"Ban Ki-moon"}));
    EXPECT_EQ(speakers("", "Ilham Aliyev was shocked when the results came in.\n"), (V{"-"}));
    // A person a story names who `is worried` is described, not quoted.
    EXPECT_EQ(speakers("", "Ilham Aliyev is worried about the harvest this year.\n"), (V{"-"}));
}

TEST(OfficialReleaseForms, TheOfficeWithItsOrganisationAfterTheNamesItsHolder) {
    EXPECT_EQ(speakers("Statement by the NATO Secretary General on \u201creferendum\u201d and "
                        "\u201cpresidential elections\u201d in South Ossetia/Tskhinvali region of "
                        "Georgia",
                        "On behalf of NATO, I join other international leaders in rejecting the "
                        "so-called \u201creferendum\u201d. I call on all sides to act in good "
                        "faith.\n",
                        "2006-11-13", "NATO", ""),
              (V{"Jaap de Hoop Scheffer"}));
}

TEST(OfficialReleaseForms, AnOfficeOfTheStateBeforeANameIsTheHeadOfStates) {
    EXPECT_EQ(speakers("", "President of the Republic of Azerbaijan Ilham Aliyev has received a "
                            "delegation led by the member of the Grand National Assembly of "
                            "Turkey Samil Ayrim, according to Trend.\n\nThe head of state hailed "
                            "the successful development of friendly and brotherly relations "
                            "between Azerbaijan and Turkey in all areas.\n")
                  .at(1),
              "Ilham Aliyev");
}

TEST(OfficialReleaseForms, GreetingsExtendedAndPointsRaisedOrAssessedAreSaid) {
    EXPECT_EQ(speakers("", "Head of the Foreign Relations Committee of the Grand National "
                            "Assembly of Turkey Volkan Bozkir extended greetings of President "
                            "Recep Tayyip Erdogan to President Ilham Aliyev.\n"),
              (V{"Volkan Bozkir"}));
    EXPECT_EQ(speakers("PM Pashinyan holds phone talk with Vladimir Putin",
                        "The situation in Nagorno Karabakh was discussed, which Prime Minister "
                        "Pashinyan assessed as tense.\n\nPM Pashinyan raised the need to "
                        "investigate the actions of Russian peacekeepers in the given "
                        "situation.\n"),
              (V{"Nikol Pashinyan", "Nikol Pashinyan"}));
}

TEST(OfficialReleaseForms, AnAddressByTitleAfterAnEarlierByNamesItsSpeaker) {
    // The headline's own `united by the feeling` does not end the search for `address by`.
    EXPECT_EQ(speakers("May today everyone be united by the feeling of how much the Ukrainian "
                        "language, all our people went through, so that Ukraine will always be "
                        "free \u2013 address by President Volodymyr Zelenskyy",
                        "27 October 2023 - 20:43\n\nI wish you good health, dear Ukrainians!\n\n"
                        "Report for the day.\n"),
              (V{"-", "Volodymyr Zelensky", "Volodymyr Zelensky"}));
    // An agent's `by` with no speech before it names no speaker.
    EXPECT_EQ(speakers("Bridge damaged by shelling, repairs to take months",
                        "The bridge was damaged by shelling on Monday.\n"),
              (V{"-"}));
}

TEST(OfficialReleaseForms, TheAnswerOfAnOfficialIntroducedBeforeTheQuestionIsTheirs) {
    EXPECT_EQ(speakers("We call on our colleagues to refrain from biased statements",
                        "The answer of the MFA Spokesperson Ani Badalyan to the question of the "
                        "media:\n\nQuestion: The Minister stated that Armenia sabotages the "
                        "agreement. What are your comments on this matter?\n\nAnswer: The false, "
                        "clearly biased comments are not new.\n\nWe also believe that the "
                        "Minister is well aware of it.\n"),
              (V{"-", "-", "Ani Badalyan", "Ani Badalyan"}));
}

TEST(OfficialReleaseForms, AMessageThatReadsIsItsSendersAndOwnGreetingsConveyedAreSaid) {
    EXPECT_EQ(speakers("Telephone conversation with Federal Chancellor of Germany Angela Merkel",
                        "During the telephone conversation, Vladimir Putin conveyed his warm "
                        "greetings to Federal Chancellor of Germany Angela Merkel on the occasion "
                        "of her 65th birthday.\n\nEarlier, Vladimir Putin sent Angela Merkel a "
                        "message to this effect.\n\nThe message reads, in part:\n\n\u201cYour "
                        "political leadership and the many years of successful work as Federal "
                        "Chancellor are duly appreciated in Germany.\n\nI appreciate the "
                        "relationship that we have developed. I am looking forward to continuing "
                        "our dialogue.\u201d\n",
                        "2019-07-17", "President of Russia", "http://en.kremlin.ru/d/61005"),
              (V{"Vladimir Putin", "-", "-", "Vladimir Putin", "Vladimir Putin"}));
}

// The headline repeated above the readout names no second secretary: `The Secretary
// reiterated …` is the one the readout names in full.
TEST(OfficialReleaseForms, ASecretarysCallReadoutIsTheSecretarys) {
    EXPECT_EQ(speakers("Secretary Blinken\u2019s Call with Turkish Foreign Minister Fidan",
                        "Secretary Blinken\u2019s Call with Turkish Foreign Minister Fidan\n\n"
                        "The below is attributable to Spokesperson Matthew Miller:\n\nSecretary "
                        "of State Antony J. Blinken spoke via phone today with Turkish Foreign "
                        "Minister Hakan Fidan.  The two discussed diplomatic efforts to prevent "
                        "the conflict from widening.  The Secretary reiterated the need for Hamas "
                        "to halt all violent attacks.  The Secretary welcomed Turkiye\u2019s "
                        "constructive engagement.\n",
                        "2023-10-08", "U.S. Department of State", ""),
              (V{"-", "-", "Antony Blinken"}));
}
// A Kremlin greetings release: the message quoted after `… sent a message of greetings to …`
// and `The message reads, in part:`, or straight after the sending, is the sender's.
TEST(OfficialReleaseForms, TheQuotedMessageIsItsSenders) {
    EXPECT_EQ(speakers("Greetings to President of Azerbaijan Ilham Aliyev",
                        "Vladimir Putin sent a message of greetings to President of Azerbaijan "
                        "Ilham Aliyev on the occasion of Independence Day.\n\nThe message reads, "
                        "in part:\n\n\u201cRussian-Azerbaijani relations are developing "
                        "successfully. I am confident that we will continue our joint work.\n\n"
                        "I wish you good health and success.\u201d\n",
                        "2020-10-18", "President of Russia", ""),
              (V{"-", "-", "Vladimir Putin", "Vladimir Putin"}));
    EXPECT_EQ(speakers("Condolences to President of Azerbaijan Ilham Aliyev",
                        "President of Russia Vladimir Putin sent a message of condolences to "
                        "President of Azerbaijan Ilham Aliyev over the crash.\n\n\u201cPlease "
                        "accept my deepest condolences over the tragic consequences of the "
                        "crash.\u201d\n",
                        "2020-10-18", "President of Russia", ""),
              (V{"-", "Vladimir Putin"}));
    // A quotation with its own speaker keeps it.
    EXPECT_EQ(speakers("", "Ilham Aliyev sent a letter to the Secretary-General.\n\n\u201cThis "
                            "is unacceptable,\u201d Nikol Pashinyan said.\n"),
              (V{"-", "Nikol Pashinyan"}));
}

// Readouts: a sentence of the readout's official whose verb follows an adverb (`Mr Putin
// particularly noted …`), and `He made clear …` after a call's opening whose subject is an
// office with its field after `of` (`Secretary of Defense Lloyd J. Austin III spoke …`).
TEST(OfficialReleaseForms, AReadoutsOfficialIsTheSpeakerOfWhatTheyNotedOrMadeClear) {
    EXPECT_EQ(speakers("President Vladimir Putin met with President of Azerbaijan Ilkham Aliyev",
                        "Mr Putin thanked Mr Aliyev for his speech at the St Petersburg "
                        "International Economic Forum.\n\nMr Putin particularly noted the active "
                        "growth of the two countries\u2019 bilateral trade.\n",
                        "2005-06-14", "President of Russia", ""),
              (V{"Vladimir Putin", "Vladimir Putin"}));
    EXPECT_EQ(speakers("Readout of Secretary of Defense Lloyd Austin's Call With Ukraine's "
                        "Minister of Defence Oleksii Reznikov",
                        "Pentagon Press Secretary John F. Kirby provided the following readout:\n\n"
                        "Secretary of Defense Lloyd J. Austin III spoke today with Ukrainian "
                        "Minister of Defence Oleksii Reznikov to discuss the continued provision of "
                        "defensive lethal assistance. He made clear to the minister that materiel "
                        "from this latest announcement are now flowing into the region.\n",
                        "2022-03-21", "U.S. Department of Defense", ""),
              (V{"-", "Lloyd Austin"}));
}

// `Noting that she is glad to meet …, X said:`: the clause before the introduction reports
// what X said, so the introducing paragraph is X's too.
TEST(OfficialReleaseForms, AReportedClauseBeforeAnIntroductionIsTheSpeakers) {
    EXPECT_EQ(speakers("First Vice-President Mehriban Aliyeva met with spouses of heads of "
                        "diplomatic missions",
                        "Noting that she is glad to meet with spouses of the heads of diplomatic "
                        "missions accredited in Azerbaijan, Mehriban Aliyeva said:\n\n-Dear "
                        "ladies,\nDear friends,\n\nI am very glad to see you all here.\n",
                        "2019-03-29", "President of the Republic of Azerbaijan", ""),
              (V{"Mehriban Aliyeva", "Mehriban Aliyeva", "Mehriban Aliyeva"}));
}

// Remarks whose title names their speaker: a guest introduced in brackets (`Foreign Minister
// [of Ukraine, Dmytro] Kuleba, who will explain to us …`) does not take the paragraph of the
// one who says `We have with us`.
TEST(OfficialReleaseForms, AGuestWhoWillExplainDoesNotTakeTheTitledSpeakersParagraph) {
    EXPECT_EQ(speakers("Extraordinary Foreign Affairs Council: Remarks by High "
                        "Representative/Vice-President Josep Borrell upon arrival",
                        "Good afternoon,\n\nThis is going to be a very important [Foreign "
                        "Affairs] Council meeting. We also have the Ministers of the United "
                        "Kingdom [Elizabeth Truss] and Canada [M\u00e9lanie Joly] and Foreign "
                        "Minister [of Ukraine, Dmytro] Kuleba, who will explain to us the "
                        "situation on the ground.\n\nWe remain united.\n",
                        "2022-03-04", "European External Action Service", ""),
              (V{"Josep Borrell", "Josep Borrell", "Josep Borrell"}));
}

// A president.az reception where the guest speaks first: `The head of state …` is the host
// the release opened with (`President … Ilham Aliyev has received …`), not the guest last
// reported on.
TEST(OfficialReleaseForms, TheHeadOfStateIsTheHostAfterTheGuestSpoke) {
    EXPECT_EQ(speakers("President Ilham Aliyev Receives Chairman Of Council Of Elders Of "
                        "Organization Of Turkic States",
                        "President of the Republic of Azerbaijan Ilham Aliyev has received Binali "
                        "Y\u0131ld\u0131r\u0131m, the Chairman of Council of Elders of the "
                        "Organization of Turkic States, Azernews reports.\n\nBinali "
                        "Y\u0131ld\u0131r\u0131m noted the increasing influence of the Nizami "
                        "Ganjavi International Center in the world as a platform for discussing "
                        "important international issues.\n\nThe head of state emphasized that "
                        "after the presidential election in Azerbaijan, as always, according to "
                        "tradition, he made his first official visit to T\u00fcrkiye, and fondly "
                        "recalled his discussions with Turkish President Recep Tayyip "
                        "Erdogan.\n",
                        "2024-03-13", "AzerNews", ""),
              (V{"-", "Binali Y\u0131ld\u0131r\u0131m", "Ilham Aliyev"}));
}

// `The message reads:` then a quotation the page opens and never closes: the message's
// paragraphs, quoted or not, are its sender's; the lead-in is no one's words.
TEST(OfficialReleaseForms, AMessageUnderAQuotationOpenedAndNeverClosed) {
    EXPECT_EQ(speakers("Citizen's Day",
                       "YEREVAN, APRIL 29, ARMENPRESS. Prime Minister of Armenia Nikol "
                       "Pashinyan addressed a message on the occasion of the Citizen’s Day, his "
                       "Office said.\n\n"
                       "The message reads:\n\n"
                       "“Dear citizens of the Republic of Armenia,\n\n"
                       "I warmly congratulate all of us on the occasion of the Citizen’s Day.\n\n"
                       "This holiday was enshrined to record the key role of the Citizen in the "
                       "development of state.\n"),
              (V{"-", "-", "Nikol Pashinyan", "Nikol Pashinyan", "Nikol Pashinyan"}));
}

// `X has said the following in response to media inquiries.` leads into the quotation after
// it, which runs on without marks until a paragraph closes it — narration in it included.
TEST(OfficialReleaseForms, SaidTheFollowingLeadsIntoAQuotationOverParagraphs) {
    EXPECT_EQ(speakers("Comment",
                       "Ilham Aliyev has said the following in response to media inquiries.\n\n"
                       "\"We do not need to comment on the recurrent statements.\n\n"
                       "The issue of raising the number of field assistants depends on "
                       "negotiations. Many logical negotiations were held in Krakow.\n\n"
                       "The Armenian people must draw an appropriate conclusion.\"\n\n"
                       "The meeting was held in Baku.\n"),
              (V{"-", "Ilham Aliyev", "Ilham Aliyev", "Ilham Aliyev", "-"}));
}

// `The following statement was issued today by the Spokesman for UN Secretary‑General António
// Guterres:` (a non-breaking hyphen in the office): the statement after it is the
// Secretary-General's, `The Secretary-General …` and `He …` included, until the UN's footer.
TEST(OfficialReleaseForms, AStatementIssuedByTheSpokesmanForTheSecretaryGeneral) {
    EXPECT_EQ(speakers("Welcoming continuing ceasefire, Secretary-General urges",
                       "SG/SM/20473\n\n"
                       "The following statement was issued today by the Spokesman for UN "
                       "Secretary\u2011General António Guterres:\n\n"
                       "The Secretary-General takes note of the 3 December joint statement.\n\n"
                       "The Secretary-General underlines that the United Nations is prepared "
                       "to help.\n\n"
                       "For information media. Not an official record.\n",
                       "2020-12-04"),
              (V{"-", "-", "António Guterres", "António Guterres", "-"}));
}

// `President Ilham Aliyev then made a speech at the event.` (a full stop, no colon) leads into
// the speech printed after it, its dash glued to the first word (`-Thank you …`).
TEST(OfficialReleaseForms, MadeASpeechLeadsIntoADashLedSpeech) {
    EXPECT_EQ(speakers("Reception in honor of the participants",
                       "Prior to the reception a joint photo was taken.\n\n"
                       "President Ilham Aliyev then made a speech at the event.\n\n"
                       "-Thank you very much, Madame President. Dear friends, welcome.\n"),
              (V{"-", "-", "Ilham Aliyev"}));
}

// `Foreign Office Minister Sir Alan Duncan said:` then a statement of plain paragraphs: the
// first, one sentence of no narration, is his too.
TEST(OfficialReleaseForms, TheLoneSentenceRightAfterSaidColon) {
    EXPECT_EQ(speakers("Statement on the recognition of Abkhazia and South Ossetia",
                       "Foreign Office Minister Sir Alan Duncan said:\n\n"
                       "It is utterly unacceptable that the regime has recognised the so-called "
                       "independence of the breakaway territories.\n"),
              (V{"-", "Alan Duncan"}));
}

// A speech led in by `… and said:` goes on through a lone sentence opening with `And`, and
// through the `I hope …` paragraphs after it.
TEST(OfficialReleaseForms, ASpeechGoesOnThroughASentenceOpeningWithAnd) {
    EXPECT_EQ(speakers("FCO Minister comments on Ukraine",
                       "On arrival in Brussels today, Minister for Europe David Lidington said:\n\n"
                       "What I’m hoping is that we can agree a declaration today. All of us have "
                       "signed treaties.\n\n"
                       "And Russia’s intervention is a flagrant violation of those commitments.\n\n"
                       "I hope we will all unite behind in calling upon Russia to withdraw.\n"),
              (V{"-", "David Lidington", "David Lidington", "David Lidington"}));
}

}  // namespace official_release_forms_test
