// Who speaks in wire stories when the subject is hard to find: a verb of regret, a document
// that speaks, an office written without its diacritics, a name before a long title, a
// phrase set off by commas before the verb, an assistant to a leader, a sentence whose
// last words name its source, words passed on by an agency (`X was quoted by Y as saying`),
// `the spokesman` or `the diplomat` for the one the story named so, a dateline before the
// subject, a source's words set aside in dashes, `the regional governor` named only in the
// next paragraph, groups (`Representatives of …`, `Opposition`) that are no person, the
// source a sentence names without a verb of theirs (`The statement came from X`, `referring
// to the statement of X`), `saying` after the subject's verb phrase, a paragraph in
// straight single quotes, `blamed` and `denounced` as speech, a `Name: …` title over a
// story about that person, unquoted words closed by `…, he said.` or by `…, Title of the
// Body X told Outlet on Programme.`, a sentence whose only quotes are fragments, `repeated
// that`, `made the case`, `posted on … that`, `X calls "…"`, the reporter's `I asked`, a
// person named after the body they head, `the expert` for the analyst speaking, an office
// holder's possessive opening a sentence as a mention and an office set off from its verb
// by a participle clause (`The minister, reminding about …, stressed`), `According to the
// prime minister,` for the office holder, `the Government head` for the prime minister,
// `should continue` as no speech, `X at the same time said`, `“…,” charged X`, `X made the
// claim`, `touched on`, `Turkish state broadcaster` as no office, `the Turkish
// parliamentarian` for the member the story is about. One
// test per pattern, each on a short snippet of a real story (tests/data/fresh_news,
// sources in its SOURCES.md), through build_passages.

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace wire_story_subjects_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Recep Tayyip Erdoğan
  aliases: [Erdogan, Tayyip Erdogan]
  roles: [Turkish President, President of Türkiye]
- name: Ilham Aliyev
  aliases: [Aliev]
  roles: [Azerbaijani leader, Azerbaijani President]
- name: Hikmet Hajiyev
  aliases: [Hikmat Hajiyev]
  roles: [Assistant to the President of Azerbaijan]
- name: Nikol Pashinyan
  aliases: [Pashinyan, Pashinian]
  roles: [Armenian Prime Minister]
- name: Andriy Yermak
  aliases: [Yermak]
  roles: []
- name: Dmitry Peskov
  aliases: [Peskov]
  roles: [Kremlin spokesman]
- name: Volodymyr Zelensky
  aliases: [Zelensky, Zelenskyy, Zelenskiy, Volodymyr Zelenskyy, Volodymyr Zelenskiy]
  roles: [Ukrainian President]
- name: Irakli Kobakhidze
  aliases: [Kobakhidze]
  roles: []
- name: Salome Zourabichvili
  aliases: [Zourabichvili]
  roles: []
- name: Serhii Nykyforov
  aliases: [Nykyforov, Serhiy Nykyforov]
  roles: []
- name: Maria Zakharova
  aliases: [Zakharova]
  roles: []
- name: Matthew Miller
  aliases: []
  roles: []
- name: Mark Rutte
  aliases: [Rutte]
  roles: [NATO Secretary General]
- name: Josep Borrell
  aliases: [Borrell]
  roles: [High Representative]
- name: Tatyana Moskalkova
  aliases: [Moskalkova]
- name: Vladimir Karapetyan
  aliases: [Karapetyan]
- name: Hakan Fidan
  aliases: [Fidan]
- name: Jens Stoltenberg
  aliases: [Stoltenberg]
  roles:
    - {from: 2014-10-01, to: 2024-10-01, role: [NATO Secretary General]}
)";

std::vector<Passage> passages(const std::string& body) {
    return test::news_passages(kTable, body);
}

// The speaker of the smallest passage holding `snippet`, `-` for none.
std::string speaker_of(const std::string& body, const std::string& snippet) {
    return test::snippet_speaker(passages(body), snippet);
}

}  // namespace

// `regretted that …`: a view put in a clause is said.
TEST(WireStories, RegrettedThatIsReportedSpeech) {
    const std::string body =
        "Armenian Prime Minister Nikol Pashinyan regretted that he will not sign a peace "
        "agreement with Azerbaijani President Ilham Aliyev in Spain.";
    EXPECT_EQ(speaker_of(body, "regretted that he will not sign"), "Nikol Pashinyan");
}

// `…," said the statement.` after `the ministry said in a statement Nov. 14.`: a document
// speaks for its body; no word before it (a month's abbreviation) becomes a speaker.
TEST(WireStories, SaidTheStatementIsNoPerson) {
    const std::string body =
        "“The Azerbaijani side has always declared its readiness to hold a meeting,” the "
        "ministry said in a statement Nov. 14.\n\n"
        "“The Azerbaijani side supports the proposal of the co-chairs on the progress of the "
        "peace talks,” said the statement.";
    EXPECT_EQ(speaker_of(body, "supports the proposal of the co-chairs"), "-");
}

// `The President of Turkiye also said`: an office of a country, written without the
// country's diacritics, is its holder, never the country.
TEST(WireStories, PresidentOfACountryIsNotTheCountry) {
    const std::string body =
        "Turkish President Recep Tayyip Erdogan said he did not believe the conflict in "
        "Ukraine would end anytime soon.\n\n"
        "The President of Turkiye also said that Europe won't sustain its economic aid to "
        "Ukraine indefinitely.";
    EXPECT_EQ(speaker_of(body, "also said that Europe"), "Recep Tayyip Erdoğan");
}

// `X, Assistant to the President … - Head of the Foreign Policy Department of the
// Presidential Administration said`: the person is the name before the long title, not the
// title's capitalised words.
TEST(WireStories, NameBeforeALongTitleSpeaks) {
    const std::string body =
        "Armenia has been postponing the submission of an adjusted fifth version of the peace "
        "agreement to Azerbaijan for more than two months, Hikmat Hajiyev, Assistant to the "
        "President of the Republic of Azerbaijan - Head of the Foreign Policy Department of "
        "the Presidential Administration said in a post on X, Report informs.";
    EXPECT_EQ(speaker_of(body, "has been postponing the submission"), "Hikmet Hajiyev");
}

// `Yermak, after the meeting, expressed gratitude …`: a phrase set off by commas between
// the subject and its verb.
TEST(WireStories, SubjectCommaPhraseCommaVerb) {
    const std::string body =
        "Yermak, after the meeting, expressed gratitude for Türkiye’s “consistent support, "
        "active mediation, and efforts toward a just peace,” adding that Ankara has confirmed "
        "its intention to keep backing Ukraine’s sovereignty and diplomatic efforts.";
    EXPECT_EQ(speaker_of(body, "adding that Ankara has confirmed"), "Andriy Yermak");
}

// `- the assistant to the Azerbaijani leader said.`: the leader's assistant, not the
// leader; the quote before is the assistant's, the one the story is about.
TEST(WireStories, AssistantToALeaderIsNotTheLeader) {
    const std::string body =
        "Azerbaijan really wants to sign a peace agreement with Armenia, Assistant to the "
        "President of Azerbaijan Hikmet Hajiyev said in an interview with Arab News.\n\n"
        "\"We would like to live in peace. But the ball is on Armenia’s side. The sooner they "
        "realize this reality, the better it will be for everyone,”\n\n"
        "- the assistant to the Azerbaijani leader said.\n\n"
        "He stressed that in the course of negotiations Baku and Yerevan managed to achieve "
        "important progress.";
    EXPECT_NE(speaker_of(body, "the assistant to the Azerbaijani leader said"),
              "Ilham Aliyev");
    EXPECT_EQ(speaker_of(body, "He stressed that in the course"), "Hikmet Hajiyev");
}

// `Commander-in-Chief … Gen. Oleksandr Syrskyi also briefed …, saying …, Yermak said.`: the
// name that ends the sentence with `said` is its source, and a title is never a name.
TEST(WireStories, SentenceFinalSaidNamesTheSource) {
    const std::string body =
        "Commander-in-Chief of the Ukrainian Armed Forces Gen. Oleksandr Syrskyi also briefed "
        "the Turkish delegation on the situation at the front, saying Russian forces continue "
        "offensive operations despite heavy losses, Yermak said.";
    EXPECT_EQ(speaker_of(body, "also briefed the Turkish delegation"), "Andriy Yermak");
}

// `He also stated that … on the peace process:` then the quotation: a paragraph ending in
// a colon that reports what was said keeps its speaker, and leads into the next paragraph.
TEST(WireStories, ReportedSpeechEndingInAColonKeepsItsSpeaker) {
    const std::string body =
        "Armenian Prime Minister Nikol Pashinyan regretted that he will not sign a peace "
        "agreement in Spain.\n\n"
        "He also stated that the humanitarian crisis in Nagorno-Karabakh and the illegal "
        "blockade of the Lachin corridor have a negative impact on the peace process:\n\n"
        "That’s why we lose a lot of time, if it weren’t for this situation, the time and "
        "energy we spent on it would have been spent on discussing the peace agreement.”";
    EXPECT_EQ(speaker_of(body, "He also stated that the humanitarian crisis"),
              "Nikol Pashinyan");
}

// `Assistant to the President Hikmet Hajiyev to the Russian media on September 16 said
// that …`: whom the words were given to stands between the subject and the verb.
TEST(WireStories, AudienceBetweenSubjectAndVerb) {
    const std::string body =
        "Assistant to the President Hikmet Hajiyev to the Russian media on September 16 said "
        "thatAzerbaijan aims to solve problems with Armenia through peaceful means.";
    EXPECT_EQ(speaker_of(body, "to the Russian media on September 16"), "Hikmet Hajiyev");
}

// `He also drew attention to the fact that …`: a point made is said.
TEST(WireStories, DrewAttentionIsReportedSpeech) {
    const std::string body =
        "Assistant to the President of Azerbaijan Hikmet Hajiyev confirmed Baku's readiness to "
        "conclude a peace agreement with Yerevan.\n\n"
        "He also drew attention to the fact that Azerbaijan appreciates both the role of the "
        "US in the discussion of the peace agreement, and the role of Russia.";
    EXPECT_EQ(speaker_of(body, "He also drew attention to the fact"), "Hikmet Hajiyev");
}

// `Ukrainian President Volodymyr Zelesnkyy spoke …`: two neighbouring letters swapped in a
// name the table holds are a slip, and the person is the table's, not a new one.
TEST(WireStories, SwappedLettersInAKnownNameAreThatPerson) {
    const std::string body =
        "KYIV, Ukraine -- Ukrainian President Volodymyr Zelesnkyy spoke defiantly Friday in two "
        "speeches about his country's ultimate victory over Russian forces.\n\n"
        "\"Ukraine is a country that has destroyed the myth about the extraordinary power of the "
        "Russian army,\" he told Stanford University students by video.";
    EXPECT_EQ(speaker_of(body, "Ukraine is a country that has destroyed"),
              "Volodymyr Zelensky");
}

// A name that is no slip of a known one stays as written: two letters changed, not swapped.
TEST(WireStories, AnotherNameIsNotASlip) {
    const std::string body =
        "\"We will not tire,\" said Volodymyr Zelinskiy, a 24-year-old student.";
    EXPECT_EQ(speaker_of(body, "We will not tire"), "Volodymyr Zelinskiy");
}

// `The US Secretary of State said …`: an abbreviated country before an office is its
// adjective, so the words name the office (held by the secretary named before), not a
// person called `US Secretary`.
TEST(WireStories, AbbreviatedCountryBeforeAnOfficeIsARole) {
    const std::string body =
        "(Washington) Armenia and Azerbaijan are \u201cclose\u201d to a peace deal, US "
        "Secretary of State Antony Blinken said Wednesday as he met with his counterparts.\n\n"
        "The trilateral meeting is taking place on the sidelines of a NATO summit.\n\n"
        "The US Secretary of State said the two countries were working toward an agreement "
        "that was \u201cdurable, dignified and could open up extraordinary prospects for both "
        "countries.\u201d";
    EXPECT_EQ(speaker_of(body, "durable, dignified and could open up"), "Antony Blinken");
    EXPECT_EQ(speaker_of(body, "said the two countries were working"), "Antony Blinken");
}

// `However, Zelensky clarified that …`: a point made plain is said.
TEST(WireStories, ClarifiedThatIsReportedSpeech) {
    const std::string body =
        "However, Zelensky clarified that Russia wouldn't be invited to the first peace summit, "
        "to be held in Switzerland.";
    EXPECT_EQ(speaker_of(body, "clarified that Russia wouldn't be invited"),
              "Volodymyr Zelensky");
}

// `… buildings said Tymur Tkachenko, the head of …`: an inverted `said` with its comma
// dropped, a full name and its office after it.
TEST(WireStories, InvertedSaidWithoutItsCommaNamesTheSource) {
    const std::string body =
        "Fires were reported in several residential buildings said Tymur Tkachenko, the head "
        "of the city military administration.";
    EXPECT_EQ(speaker_of(body, "Fires were reported in several"), "Tymur Tkachenko");
}

// `Russian state news agency Tass reported Peskov as saying …`: the one reported as saying
// speaks, not the agency that reports them, and the words quoted are his.
TEST(WireStories, ReportedAsSayingIsTheOneReported) {
    const std::string body =
        "\"Whether it's Putin or not Putin, what difference does it make, let's be honest,\" "
        "Zelensky concluded.\n\n"
        "Russian state news agency Tass reported Peskov as saying on Monday that Zelensky's "
        "position about dialogue was \"better than words about its intention to fight to the "
        "last Ukrainian.\"";
    EXPECT_EQ(speaker_of(body, "Tass reported Peskov as saying"), "Dmitry Peskov");
    EXPECT_EQ(speaker_of(body, "better than words about its intention"), "Dmitry Peskov");
}

// `X was quoted by Interpressnews as saying`: the one quoted speaks, not the agency that
// passes the words on; likewise `he was quoted by Georgian media as telling …`.
TEST(WireStories, QuotedByAnAgencyIsTheOneQuoted) {
    const std::string body =
        "\u201cThe president will, of course, use her constitutional right and veto the said "
        "law,\u201d Zourabichvili\u2019s parliamentary secretary Giorgi Mskhiladze was quoted by "
        "Interpressnews as saying.\n\n"
        "Prime Minister Irakli Kobakhidze said the purpose of the law was to ensure the "
        "financial transparency of NGOs. \u201cBoth non-transparency and censorship are completely "
        "unacceptable to us,\u201d he was quoted by Georgian media as telling a government meeting.";
    EXPECT_EQ(speaker_of(body, "use her constitutional right"), "Giorgi Mskhiladze");
    EXPECT_EQ(speaker_of(body, "Both non-transparency and censorship"), "Irakli Kobakhidze");
}

// `…, Deputy Prime Minister Tigran Khachatryan was quoted by Russia's TASS news agency as
// saying, with …`: reported speech passed on by an agency, without quotation marks.
TEST(WireStories, QuotedAsSayingWithoutQuotationMarks) {
    const std::string body =
        "At least 19,000 of the 120,000 ethnic Armenians who call Nagorno-Karabakh home have "
        "already crossed into Armenia, Deputy Prime Minister Tigran Khachatryan was quoted by "
        "Russia\u2019s TASS news agency as saying, with hundreds of cars and buses crammed with "
        "belongings snaking down the mountain road out of Azerbaijan.";
    EXPECT_EQ(speaker_of(body, "At least 19,000"), "Tigran Khachatryan");
}

// `Armenpress quoted Pashinyan as going on to say, "…"`: the one quoted speaks, and `He
// said that …` after it is his.
TEST(WireStories, QuotedAsGoingOnToSay) {
    const std::string body =
        "But Armenian state news agency Armenpress quoted Pashinyan as going on to say, \u201cWe "
        "have good and bad news about the Armenia-Azerbaijan peace process.\u201d He said that "
        "Azerbaijan did not publicly comment on the agreed-upon peace outline announced last "
        "month.";
    EXPECT_EQ(speaker_of(body, "We have good and bad news"), "Nikol Pashinyan");
    EXPECT_EQ(speaker_of(body, "He said that Azerbaijan did not"), "Nikol Pashinyan");
}

// `Zelensky's spokesperson said`, `The spokesman noted`: the spokesperson the story named
// (`presidential spokesperson Serhiy Nykyforov`), not the one whose spokesperson he is nor an
// unnamed source.
TEST(WireStories, TheSpokesmanIsTheOneTheStoryNamed) {
    const std::string body =
        "President of Ukraine Volodymyr Zelensky communicates more with Western journalists, "
        "presidential spokesperson Serhiy Nykyforov said.\n\n"
        "\"Since ours [media] are more specific, deep, nuanced, and so on... My personal view is "
        "more interesting with our media,\" Zelensky's spokesperson said.";
    EXPECT_EQ(speaker_of(body, "Since ours [media] are more specific"), "Serhii Nykyforov");
    const std::string patel =
        "The United States is interested in close cooperation with Azerbaijan and Armenia for "
        "reaching a peace agreement, the U.S. State Department's principal deputy spokesperson "
        "Vedant Patel said.\n\n"
        "The spokesman noted that he doesn't have any scheduling updates to offer for the "
        "possible meeting.";
    EXPECT_EQ(speaker_of(patel, "The spokesman noted that"), "Vedant Patel");
    // `A spokesman said` stays unnamed.
    const std::string unnamed = "The talks will resume next week, a spokesman said.";
    EXPECT_EQ(speaker_of(unnamed, "The talks will resume"), "-");
}

// `"…," the diplomat warned.` after `Russian Foreign Ministry Spokeswoman Maria Zakharova`.
TEST(WireStories, TheDiplomatIsTheForeignMinistrysSpokeswoman) {
    const std::string body =
        "Friendly relations between Russia and Azerbaijan are of vital importance, Russian "
        "Foreign Ministry Spokeswoman Maria Zakharova told Sputnik Radio.\n\n"
        "\"Quite a few people are looking to warm their hands on this - they must be careful not "
        "to burn them,\" the diplomat warned.";
    EXPECT_EQ(speaker_of(body, "Quite a few people are looking"), "Maria Zakharova");
}

// `YEREVAN (PanARMENIAN.Net) — Armenian Prime Minister Nikol Pashinyan on Tuesday, January 10,
// spoke …, maintaining that …`: the dateline is no subject, nor the date set off by commas.
TEST(WireStories, DatelineAndCommaDateBeforeTheSubject) {
    const std::string body =
        "YEREVAN (PanARMENIAN.Net) \u2014 Armenian Prime Minister Nikol Pashinyan on Tuesday, "
        "January 10, spoke about Russia\u2019s presence in Armenia, maintaining that it not only "
        "does not guarantee the security of the country, but, on the contrary, \u201ccreates "
        "security threats.\u201d";
    EXPECT_EQ(speaker_of(body, "spoke about Russia"), "Nikol Pashinyan");
}

// `According to Pashinyan, …, which he described as "absurd."` then `"…," he added.`: the
// source the sentence opens with is whom its pronouns mean, not the last one quoted.
TEST(WireStories, AccordingToOpensTheSentenceForItsPronouns) {
    const std::string body =
        "Kremlin Spokesman Dmitry Peskov added, however, that Moscow would continue the dialogue "
        "with Yerevan on \u201cdifficult matters.\u201d\n\n"
        "According to Pashinyan, Azerbaijan is justifying its actions by accusing Armenia and "
        "Russia of preparing joint aggressions against Azerbaijan, which he described as "
        "\u201cabsurd.\u201d\n\n"
        "\u201cBut this kind of talk stirs interest abroad, against the background of events in "
        "Ukraine,\u201d he added.";
    EXPECT_EQ(speaker_of(body, "According to Pashinyan"), "Nikol Pashinyan");
    EXPECT_EQ(speaker_of(body, "But this kind of talk stirs interest"), "Nikol Pashinyan");
}

// `Georgian media organisations slammed the bill …, saying …`: a nationality before a plain
// noun is an adjective, no person.
TEST(WireStories, NationalityBeforeANounIsNoSpeaker) {
    const std::string body =
        "Georgian media organisations slammed the bill in a joint statement published on "
        "Monday, saying it would be used to persecute journalists.";
    EXPECT_EQ(speaker_of(body, "Georgian media organisations"), "-");
}

// `the crash — which Azerbaijani President Ilham Aliyev said was Russia's fault — has caused
// those bilateral ties to fray`: words set aside in dashes are no source of the narration.
TEST(WireStories, SpeechSetAsideInDashesIsNotTheSource) {
    const std::string body =
        "Although relations between Russia and Azerbaijan have long been stable, the crash of a "
        "Azerbaijan Airlines flight in December \u2014 which Azerbaijani President Ilham Aliyev "
        "said was Russia\u2019s fault \u2014 has caused those bilateral ties to fray.";
    EXPECT_EQ(speaker_of(body, "have long been stable"), "-");
}

// `He commended Baku and Yerevan's "joint efforts …"`: a readout's praise is said.
TEST(WireStories, CommendedIsSpeech) {
    const std::string body =
        "Meanwhile, US Department of State Spokesperson Matthew Miller welcomed \"the "
        "announcement by Armenia and Azerbaijan of the release of detainees.\"\n\n"
        "He commended Baku and Yerevan\u2019s \"joint efforts to lay the groundwork for a more "
        "peaceful and prosperous future for the people of the South Caucasus.\"";
    EXPECT_EQ(speaker_of(body, "joint efforts to lay the groundwork"), "Matthew Miller");
}

// `…, the regional governor said.` in the lead, then `Governor Oleksandr Prokudin said in an
// initial post on the Telegram messaging app …`: the one the story writes with the office.
TEST(WireStories, TheGovernorOfTheLeadNamedInTheNextParagraph) {
    const std::string body =
        "KYIV, June 23 (Reuters) - At least two people were killed in a Russian attack on the "
        "southern Ukrainian city of Kherson on Friday, the regional governor said.\n\n"
        "Governor Oleksandr Prokudin said in an initial post on the Telegram messaging app that a "
        "municipal transport company had been hit in the attack.";
    EXPECT_EQ(speaker_of(body, "At least two people were killed"), "Oleksandr Prokudin");
}

// `Representatives of the ruling party Georgian Dream, in turn, told journalists`: a group
// speaks, not the party named after it; `Opposition accuses …` is a side, no person.
TEST(WireStories, GroupsAreNoPerson) {
    const std::string body =
        "Representatives of the ruling party Georgian Dream, in turn, told journalists that the "
        "protestors in Tbilisi are leaders and activists of the opposition parties.";
    EXPECT_EQ(speaker_of(body, "Representatives of the ruling party"), "-");
    const std::string opposition =
        "Opposition accuses the U.S.-educated and pro-Western leader of corruption and a "
        "crackdown on democratic reforms.";
    EXPECT_EQ(speaker_of(opposition, "Opposition accuses"), "-");
}

// `The statement came from Turkish President Recep Tayyip Erdogan at a news conference …`:
// the source of the opening sentence before it, even in a story's first paragraph.
TEST(WireStories, TheStatementCameFrom) {
    const std::string body =
        "The Prime Minister of Georgia, Irakli Garibashvili, has conveyed the proposal by the "
        "Prime Minister of Armenia, Nikol Pashinyan, for a meeting. The statement came from "
        "Turkish President Recep Tayyip Erdogan at a news conference at Istanbul Ataturk Airport "
        "on Sunday, Anatolia news agency reported.";
    EXPECT_EQ(speaker_of(body, "has conveyed the proposal"), "Recep Tayyip Erdoğan");
}

// `…, Trend reports, referring to the statement of Turkish President Recep Tayyip Erdogan.`:
// the one whose statement it is, not the agency.
TEST(WireStories, ReferringToTheStatementOf) {
    const std::string body =
        "The opening of the Zangezur corridor will make a positive contribution to overcoming "
        "difficulties in Azerbaijani-Armenian relations, Trend reports, referring to the "
        "statement of Turkish President Recep Tayyip Erdogan.";
    EXPECT_EQ(speaker_of(body, "will make a positive contribution"), "Recep Tayyip Erdoğan");
}

// `Ilham Aliyev, who is hosting …, started the conference saying oil, gas and other natural
// resources are "gifts from the god".`: the sentence's subject says it, not `the conference`.
TEST(WireStories, SayingAfterTheSubjectsVerbPhrase) {
    const std::string body =
        "Ilham Aliyev, who is hosting this year\u2019s U.N. climate meeting in Baku, or COP29, "
        "started the conference saying oil, gas and other natural resources are \u201cgifts from "
        "the god\u201d.";
    EXPECT_EQ(speaker_of(body, "started the conference saying"), "Ilham Aliyev");
}

// `'Most of them …,' he said.` then `'We must bring all our people home. …'`: a paragraph in
// straight single quotes continues its speaker; one in narration does not.
TEST(WireStories, ParagraphInStraightSingleQuotesContinuesItsSpeaker) {
    const std::string body =
        "Ukrainian President Volodymyr Zelenskyy wrote on X that the soldiers were returning "
        "home.\n\n"
        "'Most of them had been in captivity since 2022. We are doing everything possible to find "
        "each person,' he said.\n\n"
        "'We must bring all our people home. I thank everyone who is helping us in this effort.'"
        "\n\nDuring their direct meeting in Turkiye on June 2, Russia and Ukraine pledged to swap "
        "at least 1,000 soldiers.";
    EXPECT_EQ(speaker_of(body, "We must bring all our people home"), "Volodymyr Zelensky");
    EXPECT_EQ(speaker_of(body, "During their direct meeting"), "-");
}

// `X blamed Prime Minister Y … for clashes`, `Speaking to reporters on Saturday, X denounced
// the "illegal" …`: blame and denunciation are said.
TEST(WireStories, BlamedAndDenouncedAreSpeech) {
    const std::string body =
        "Archbishop Bagrat Galstanyan, Primate of the Tavush Diocese of the Armenian Apostolic "
        "Church, blamed Prime Minister Nikol Pashinyan and his government for clashes between "
        "riot police and protesters blocking an interstate road near the border village of "
        "Kirants on Friday night.\n\n"
        "Five civilians and two police officers were hospitalized with injures following the "
        "incident.\n\n"
        "Speaking to reporters on Saturday, Galstanyan denounced the \u201cillegal\u201d border "
        "delimitation and demarcation process in Tavush.";
    EXPECT_EQ(speaker_of(body, "blamed Prime Minister Nikol Pashinyan"), "Bagrat Galstanyan");
    EXPECT_EQ(speaker_of(body, "Five civilians and two police officers"), "-");
    EXPECT_EQ(speaker_of(body, "Galstanyan denounced"), "Bagrat Galstanyan");
}

namespace {
std::vector<Passage> titled_passages(const std::string& title, const std::string& body) {
    Article a;
    a.id = "t";
    a.kind = "news";
    a.title = title;
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse(kTable, "t.yaml"), TopicTagger()};
    return build_passages(a, tables);
}
}  // namespace

// `Bagrat Galstanian: The Armenian Archbishop Taking On The Government` over a story that
// writes of `Archbishop Bagrat Galstanian` is about him: its narration is no one's. A
// headline quoting him (`…: Which law? I spoke so much …`) still makes the text his.
TEST(WireStories, NameColonTitleOverAStoryAboutThem) {
    const std::string body =
        "Archbishop Bagrat Galstanian, the outspoken head of the Tavush diocese of the Armenian "
        "Apostolic Church, has emerged as the leader of these protests in recent weeks.\n\n"
        "The scheme will be in place until July 24, when Armenia hopes to build a new section of "
        "the road.";
    auto profile = titled_passages(
        "Bagrat Galstanian: The Armenian Archbishop Taking On The Government", body);
    EXPECT_EQ(test::speaker_shown(test::passage_with(profile, "The scheme will be in place")),
              "-");
    auto quoted = titled_passages(
        "Bagrat Galstanian: Which road? We will not give it away", body);
    EXPECT_EQ(test::speaker_shown(test::passage_with(quoted, "The scheme will be in place")),
              "Bagrat Galstanian");
}

// `…, he said.` closing unquoted words: the one the pronoun means, as after a quote.
TEST(WireStories, ClosingPronounNamesUnquotedWords) {
    const std::string body =
        "Reuters: Ukrainian President Volodymyr Zelenskiy on Saturday said Ukraine would win "
        "back all the cities it had lost to Russia, including Sievierodonetsk.\n\n"
        "The relentless missiles attacks confirmed that sanctions against Russia were not "
        "enough to help Ukraine, which needed more weapons, he said.";
    EXPECT_EQ(speaker_of(body, "The relentless missiles attacks"), "Volodymyr Zelensky");
}

// `…, Director of the Caucasus Institute X told NEWS.am on the Power Factor.` closing a
// story's opening paragraph that began by narrating: the person after the body's name.
TEST(WireStories, LongClosingAttributionNamesTheLead) {
    const std::string body =
        "Azerbaijan now wants to achieve two goals, and one has already been achieved - the "
        "checkpoint. It is not formalized, but in reality there are people standing in the "
        "Lachin corridor, who have to be asked if people and cargo can pass through. Baku only "
        "wants to formalize it, Director of the Caucasus Institute Alexander Iskandaryan told "
        "NEWS.am on the Power Factor.";
    EXPECT_EQ(speaker_of(body, "Azerbaijan now wants to achieve two goals"),
              "Alexander Iskandaryan");
}

// A sentence whose only quote is a fragment nobody is said to speak (`a draft "foreign
// agents" law`) is reported speech by its verb.
TEST(WireStories, FragmentQuotesLeaveReportedSpeech) {
    const std::string body =
        "Georgian Prime Minister Irakli Kobakhidze strongly rejected on Friday (3 May) "
        "criticism from the United States and European Union of a draft “foreign agents” law, "
        "accusing opponents of the bill of unwilling to engage in a meaningful discussion.";
    EXPECT_EQ(speaker_of(body, "strongly rejected on Friday"), "Irakli Kobakhidze");
}

// `X again repeated that proposal`: a point made again is said, and `He said` after it is X.
TEST(WireStories, RepeatedThatProposalIsSpeech) {
    const std::string body =
        "Pashinian again repeated that proposal in a speech at the BRICS summit delivered "
        "earlier on Thursday. He said the draft treaty “has been agreed upon by at least 80-90 "
        "percent.”";
    EXPECT_EQ(speaker_of(body, "again repeated that proposal"), "Nikol Pashinyan");
    EXPECT_EQ(speaker_of(body, "has been agreed upon by at least"), "Nikol Pashinyan");
}

// `The Ukrainian leader again made the case for …`: a point argued is said.
TEST(WireStories, MadeTheCaseIsSpeech) {
    const std::string body =
        "“Some people believe this is a Hollywood movie and expect results now. It’s not,” "
        "Volodymyr Zelensky told the BBC.\n\n"
        "The Ukrainian leader again made the case for Ukraine to receive US-made F-16s and said "
        "he believed fighter pilots could start training as soon as August.";
    EXPECT_EQ(speaker_of(body, "again made the case"), "Volodymyr Zelensky");
}

// `X posted on his Telegram account that …`: a post's words put in a clause.
TEST(WireStories, PostedOnAnAccountThatIsSpeech) {
    const std::string body =
        "Zelenskyy posted on his Telegram account that he was in his office in Kyiv after his "
        "trip to the United States that secured a new $1.8 billion military aid package.";
    EXPECT_EQ(speaker_of(body, "posted on his Telegram account"), "Volodymyr Zelensky");
}

// `a line of towns Ukraine calls "fortress cities"` in the reporter's question is a name for
// a thing; the answer after the question stays the interviewee's.
TEST(WireStories, CallsNamesAThingAndTheAnswerFollows) {
    const std::string body =
        "Putin, Zelensky told me, has already started World War Three.\n\n"
        "\"I believe that Putin has already started it.\"\n\n"
        "What about Russia's demand for Ukraine to hand over the 20% of the eastern region of "
        "Donetsk that it still holds - a line of towns Ukraine calls \"fortress cities\"?\n\n"
        "\"I see this differently. I don't look at it simply as land.\"";
    EXPECT_EQ(speaker_of(body, "I see this differently"), "Volodymyr Zelensky");
}

// `Isn't that, I asked, a reasonable request …?`: the reporter's own question is no source's
// words and leaves the one answering as the running speaker.
TEST(WireStories, ReportersQuestionKeepsTheRunningSpeaker) {
    const std::string body =
        "Putin, Zelensky told me, has already started World War Three.\n\n"
        "\"I believe that Putin has already started it.\"\n\n"
        "Isn't that, I asked, a reasonable request if it produces a ceasefire?\n\n"
        "\"I see this differently. I don't look at it simply as land.\"";
    EXPECT_EQ(speaker_of(body, "reasonable request"), "-");
    EXPECT_EQ(speaker_of(body, "I see this differently"), "Volodymyr Zelensky");
}

// `…, Director of the Caucasus Institute X told NEWS.am …` then `…, he added.` and `The
// expert noted that …`: the person after the body's name is the one the pronoun means, and
// `the expert` is the analyst speaking.
TEST(WireStories, AnalystAfterTheBodyHeHeadsAndTheExpert) {
    const std::string body =
        "Baku only wants to formalize it, Director of the Caucasus Institute Alexander "
        "Iskandaryan told NEWS.am on the Power Factor.\n\n"
        "It is a step towards the withdrawal of peacekeepers, because if Karabakh is an "
        "internal matter, why do we need peacekeepers, he added.\n\n"
        "The expert noted that Azerbaijan has a whole bouquet of goals in general, and "
        "Karabakh without Armenians is the general goal.";
    EXPECT_EQ(speaker_of(body, "withdrawal of peacekeepers"), "Alexander Iskandaryan");
    EXPECT_EQ(speaker_of(body, "whole bouquet of goals"), "Alexander Iskandaryan");
}

// `X, ICRC's permanent observer to the United Nations told The Associated Press … that
// "…"`: the name before a body's office written in lower case, not the body at its end.
TEST(WireStories, NameBeforeABodysOfficeInLowerCase) {
    const std::string body =
        "Laetitia Courtois, ICRC’s permanent observer to the United Nations told The "
        "Associated Press Saturday night that the current security situation “is a primary "
        "concern and a limitation for our teams on the ground” and “we therefore cannot "
        "confirm numbers or other details.”";
    EXPECT_EQ(speaker_of(body, "is a primary concern"), "Laetitia Courtois");
    EXPECT_EQ(speaker_of(body, "we therefore cannot confirm"), "Laetitia Courtois");
}

// `Kremlin spokesman says …` opening a sentence without its `the`: the spokesman the story
// named.
TEST(WireStories, HeadlineStyleSpokesmanWithoutArticle) {
    const std::string body =
        "Kremlin Spokesman Dmitry Peskov said the war would end at the negotiating table.\n\n"
        "Kremlin spokesman says no Ukrainian peace plan can succeed without taking into "
        "account ‘today’s realities that cannot be ignored’, a reference to Moscow’s demand.";
    EXPECT_EQ(speaker_of(body, "no Ukrainian peace plan can succeed"), "Dmitry Peskov");
}

// `… Jean-Yves Le Drian.` then `Le Drian tweeted …`: a capitalised particle (`Le`, `De`,
// `Van`) is part of the surname, not a given name, so the full name the story gave is kept.
TEST(WireStories, CapitalisedParticleKeepsTheFullName) {
    const std::string body =
        "The foreign ministers of Armenia and Azerbaijan met late on Wednesday for the third "
        "time in less than two months for talks hosted by their French counterpart Jean-Yves "
        "Le Drian.\n\n"
        "Le Drian tweeted afterwards that he brought them together to “help reduce tensions” "
        "between Armenia and Azerbaijan.\n\n"
        "“France remains fully engaged in in the Minsk Group,” he said.";
    EXPECT_EQ(speaker_of(body, "help reduce tensions"), "Jean-Yves Le Drian");
    EXPECT_EQ(speaker_of(body, "France remains fully engaged"), "Jean-Yves Le Drian");
}

// `Erdoğan himself earlier said …`: an emphatic reflexive between the subject and its verb.
TEST(WireStories, ReflexiveBetweenSubjectAndVerb) {
    const std::string body =
        "The statement came a day after Recep Tayyip Erdoğan’s office said the two leaders "
        "had agreed that Russian leader Vladimir Putin would visit Türkiye.\n\n"
        "Erdoğan himself earlier said the trip could occur as soon as this month.";
    EXPECT_EQ(speaker_of(body, "the trip could occur"), "Recep Tayyip Erdoğan");
}

// `…," NATO Secretary General stated.`: a body's acronym before its office, without an
// article, is that office — its holder speaks, and the office is no one's name.
TEST(WireStories, AcronymBeforeAnOfficeIsARole) {
    const std::string body =
        "NATO Secretary General Mark Rutte welcomes negotiations on a peace plan.\n\n"
        "“Turning to Ukraine, we all want the bloodshed to end,” NATO Secretary General "
        "stated.";
    EXPECT_EQ(speaker_of(body, "we all want the bloodshed to end"), "Mark Rutte");
}

// `High Representative underlined …`: an office written without its article is a role, its
// holder the one the text named with it, not a person called `High Representative`.
TEST(WireStories, HighRepresentativeWithoutArticleIsARole) {
    const std::string body =
        "On Friday 6 January High Representative/Vice-President Josep Borrell had a phone call "
        "with Foreign Minister Dmytro Kuleba.\n\n"
        "High Representative underlined the EU’s determination to support Ukraine.";
    EXPECT_EQ(speaker_of(body, "underlined the EU’s determination"), "Josep Borrell");
}

// `The United Arab Emirates has …` names a country, no person a later `she` could mean.
TEST(WireStories, TheUnitedArabEmiratesIsNoOne) {
    const std::string body =
        "The United Arab Emirates has in the past facilitated exchanges.\n\n"
        "In early December, Russian human rights ombudsman Tatyana Moskalkova released a list "
        "of Ukrainian citizens in its custody, whom she said Kiev refuses to consider.";
    EXPECT_EQ(speaker_of(body, "whom she said Kiev refuses"), "Tatyana Moskalkova");
}

// `Nato's secretary general made clear …` in a story about Zelensky: the office of the body
// the possessive names — its holder that day, never the person the story is about.
TEST(WireStories, ABodysOfficeAfterItsPossessive) {
    newsdex::Article a;
    a.date = "2023-06-21";
    a.body =
        "Ukrainian President Volodymyr Zelensky said the counter-offensive was slow.\n\n"
        "He reinforced the need for Ukraine to be given security guarantees from Nato.\n\n"
        "Nato’s secretary general made clear this week that no plan was on the table.";
    EXPECT_EQ(test::snippet_speaker(test::built_passages(kTable, a), "made clear this week"),
              "Jens Stoltenberg");
}

// `'…, but in what order I cannot say,' said Karapetyan.`: straight single quotes printed for
// quotation marks, the speaker after the verb.
TEST(WireStories, SaidAfterStraightSingleQuotes) {
    const std::string body =
        "'I am sure there will be communication between the two leaders, but in what order I "
        "cannot say,' said Karapetyan.";
    EXPECT_EQ(speaker_of(body, "in what order I cannot say"), "Vladimir Karapetyan");
}

// `the two South Caucasus states` names a region, no person a later surname or `he` means.
TEST(WireStories, TheSouthCaucasusIsNoOne) {
    const std::string body =
        "Armenian Prime Minister Nikol Pashinyan spoke in parliament on Wednesday.\n\n"
        "Pashinyan made the claim on Wednesday as he defended his plans for a treaty envisaging "
        "mutual recognition by the two South Caucasus states of each other’s territorial "
        "integrity.\n\n"
        "“Throughout its millennia-long existence Armenia has never had such a chance,” he "
        "declared.";
    EXPECT_EQ(speaker_of(body, "Throughout its millennia-long existence"), "Nikol Pashinyan");
}

// `According to Azernews, Turkish Foreign Minister Hakan Fidan said this …`: the outlet
// reports; the minister its speech verb names speaks, and the role after is his.
TEST(WireStories, AccordingToAnOutletThenANamedSpeaker) {
    const std::string body =
        "According to Azernews, Turkish Foreign Minister Hakan Fidan said this in a press "
        "release after the closing ceremony.\n\n"
        "“We believe that now is the time to hold a dialogue,” the Turkish minister added.";
    EXPECT_EQ(speaker_of(body, "said this in a press release"), "Hakan Fidan");
    EXPECT_EQ(speaker_of(body, "now is the time to hold a dialogue"), "Hakan Fidan");
}

// `Foreign Minister Jeyhun Bayramov's visit …`: an office holder named in a possessive is
// mentioned, so `The minister, reminding about …, stressed that` and a later `According to
// him,` are his; the place named later in that sentence is no one.
TEST(WireStories, AnOfficeHoldersPossessiveIsAMention) {
    const std::string body =
        "Azerbaijani Foreign Minister Jeyhun Bayramov's visit to Turkey continues, Trend "
        "reports on August 12.\n\n"
        "The minister, reminding about recent provocation of the Armenian armed forces in the "
        "direction of Tovuz district, stressed that this provocation had very clear political "
        "goals.\n\n"
        "According to him, by creating a new hotbed of tension on the border between the two "
        "countries in the region outside Azerbaijan's Nagorno-Karabakh, the Armenian "
        "leadership tried to involve other parties.";
    EXPECT_EQ(speaker_of(body, "stressed that this provocation"), "Jeyhun Bayramov");
    EXPECT_EQ(speaker_of(body, "According to him, by creating"), "Jeyhun Bayramov");
}

// `Speaking to journalists about President Erdogan’s meeting …, Peskov said, "…," he
// said.`: a possessive inside the sentence mentions no one; `he` is the one who speaks.
TEST(WireStories, APossessiveInsideTheSentenceIsNoMention) {
    const std::string body =
        "Speaking to journalists about President Erdogan’s meeting with Zelenskiy in Turkey, "
        "Peskov said, “Of course, we will follow the results of the meeting very closely. Our "
        "constructive partnership relations with Ankara continue,” he said.";
    EXPECT_EQ(speaker_of(body, "we will follow the results of the meeting"), "Dmitry Peskov");
}

// `Sir Alex Ferguson's side`: a possessive with an honour and no office mentions no one,
// and the manager quoted next, unnamed, is not Ferguson.
TEST(WireStories, AnHonouredPossessiveIsNoMention) {
    const std::string body =
        "The League One side held the Saints at St Mary's in their fifth-round tie and were "
        "rewarded with a potential draw against Sir Alex Ferguson's side.\n\n"
        "The manager was delighted to be paired with United. \"We've got our work cut out "
        "next Tuesday but you can't deny it's exciting,\" he said.";
    EXPECT_NE(speaker_of(body, "We've got our work cut out"), "Alex Ferguson");
}

// `According to the prime minister, Armenia is launching …`: the office the sentence opens
// with is the source, its holder named before; the country after the comma is no one.
TEST(WireStories, AccordingToAnOfficeThenAComma) {
    const std::string body =
        "Meanwhile, Armenian Prime Minister Nikol Pashinyan said Azerbaijan is trying to "
        "provoke a military escalation along the line of contact in Nagorno-Karabakh.\n\n"
        "According to the prime minister, Armenia is launching international mechanisms to "
        "prevent Azerbaijan from committing genocide against Armenians in Nagorno-Karabakh.";
    EXPECT_EQ(speaker_of(body, "Armenia is launching international mechanisms"),
              "Nikol Pashinyan");
}

// `the Government head added`: the office by what it heads, noun first, is the prime
// minister the story named — even after a body's quoted words (`the Georgian opposition
// asking … “…”`), which a later `he alleged` does not refer to either.
TEST(WireStories, TheGovernmentHeadAfterABodysWords) {
    const std::string body =
        "Georgian Prime Minister Irakli Kobakhidze on Friday told the country’s Parliament "
        "the domestic opposition have “led the country in an artificially created "
        "turbulence”.\n\n"
        "The PM told lawmakers 2022 had also been “full of difficult events” amid the ongoing "
        "war in Ukraine, with the Georgian opposition asking the Government to join the "
        "international sanctions against Russia and “send fighting volunteers to Ukraine with "
        "the official approval of the state”.\n\n"
        "“Their declared desire was to involve the country in the war, and this was said "
        "openly”, he alleged.\n\n"
        "“Then, in June, we were denied the [European Union] candidate status”, the Government "
        "head added.";
    EXPECT_EQ(speaker_of(body, "Their declared desire"), "Irakli Kobakhidze");
    EXPECT_EQ(speaker_of(body, "we were denied the"), "Irakli Kobakhidze");
}

// `this support should continue “unabated …”`: the bare `continue` goes on, it does not
// speak, so the quote is the sentence subject's (Rutte's), and `he reported` after the next
// quote is still his.
TEST(WireStories, ShouldContinueIsNoVerbOfSpeech) {
    const std::string body =
        "NATO Secretary General Mark Rutte welcomes negotiations on a peace plan for "
        "Ukraine.\n\n"
        "Noting that Ukraine's security is closely linked to the security of the alliance, "
        "Rutte expressed conviction that this support should continue “unabated to help "
        "Ukraine defend itself today and deter tomorrow.”\n\n"
        "“During today's NATO-Ukraine Council, Foreign Minister Sybiha briefed us on the "
        "latest developments,” he reported.";
    EXPECT_NE(speaker_of(body, "unabated to help Ukraine"), "-");
    EXPECT_EQ(speaker_of(body, "Sybiha briefed us"), "Mark Rutte");
}

// `Zurabian at the same time said, “…”`: a set phrase between the subject and its verb is
// skipped (it is no role `same time`); `“…,” charged Levon Zurabian`: charged, inverted
// between the quote and a name, speaks.
TEST(WireStories, AtTheSameTimeSaidAndChargedInverted) {
    const std::string body =
        "“Throughout its millennia-long existence Armenia has never had an ownership "
        "certificate,” Pashinian declared.\n\n"
        "“His primitiveness and illiteracy is putting Armenia in danger,” charged Levon "
        "Zurabian, the deputy chairman of former President Levon Ter-Petrosian’s Armenian "
        "National Congress.\n\n"
        "Zurabian at the same time said, “I don’t think that Pashinian’s statements mean "
        "anything at all.”";
    EXPECT_EQ(speaker_of(body, "His primitiveness"), "Levon Zurabian");
    EXPECT_EQ(speaker_of(body, "mean anything at all"), "Levon Zurabian");
}

// `X made the claim on Wednesday as he defended …`, `X made this known during a phone
// call`, `Minister X also touched on …`, `made it clear that`: words spoken of are the
// subject's; `X and Y have made the statements for the press` opens them and is no one's.
TEST(WireStories, MadeTheClaimTouchedOnMadeItClear) {
    const std::string body =
        "Pashinian made the claim on Wednesday as he defended his plans to recognize "
        "Azerbaijani sovereignty over Nagorno-Karabakh.\n\n"
        "Furthermore, Minister Hakan Fidan also touched on the ongoing process of the conflict "
        "between Russia and Ukraine.\n\n"
        "Zelenskyy made it clear that Kyiv would not cede territory.\n\n"
        "President Ilham Aliyev and Chairman of the government of the Russian Federation "
        "Dmitry Peskov have made the statements for the press.";
    EXPECT_EQ(speaker_of(body, "made the claim on Wednesday"), "Nikol Pashinyan");
    EXPECT_EQ(speaker_of(body, "also touched on the ongoing"), "Hakan Fidan");
    EXPECT_EQ(speaker_of(body, "would not cede territory"), "Volodymyr Zelensky");
    EXPECT_EQ(speaker_of(body, "made the statements for the press"), "-");
}

// `Turkish state broadcaster TRT Haber said`: `state` after a nationality is a noun, not
// the verb `to state` with `Turkish` for its subject (which had made the paragraph the
// Turkish president's); the broadcaster is no person for a later `he`.
TEST(WireStories, TurkishStateBroadcasterIsNoOffice) {
    const std::string body =
        "Turkish President Recep Tayyip Erdogan said on Saturday that Sweden and Finland were "
        "harbouring militants.\n\n"
        "Turkish state broadcaster TRT Haber said on Monday that Sweden and Finland had not "
        "granted approval for the repatriation of 33 people that Turkey requested.\n\n"
        "Russian state media said on Tuesday that the talks would resume.";
    EXPECT_NE(speaker_of(body, "had not granted approval"), "Recep Tayyip Erdoğan");
    EXPECT_EQ(speaker_of(body, "the talks would resume"), "-");
}

// `the Turkish parliamentarian pointed out that …`: a member of parliament described, not
// named, is the person the story is about.
TEST(WireStories, TheParliamentarianIsThePersonTalkedAbout) {
    const std::string body =
        "Head of the Foreign Relations Committee of the Grand National Assembly of Turkey "
        "Volkan Bozkir extended greetings of President Recep Tayyip Erdogan to President "
        "Ilham Aliyev.\n\n"
        "Volkan Bozkir noted that he is in Baku to attend a meeting.\n\n"
        "Recalling the fact that a few days later Azerbaijan will commemorate the anniversary "
        "of the bloody events of 20 January, the Turkish parliamentarian pointed out that the "
        "year 2018 will feature a number of landmark events too.";
    EXPECT_EQ(speaker_of(body, "will feature a number of landmark"), "Volkan Bozkir");
}

}  // namespace wire_story_subjects_test
