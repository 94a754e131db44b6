// The shapes press-room transcripts take beyond `NAME:` labels: a label typed with a full
// stop, a `Briefer:` line, EU doorsteps of `Q.` questions with unlabelled answers under a
// title naming the one who answers, an asker's `Reply:` banter before a question, a name
// spelt two ways in one transcript (a short surname only towards the table's spelling), and
// a doubled letter written once in a known name — through find_turn_marker and
// build_passages, on snippets of public White House, State Department, EEAS and Kremlin
// transcripts (tests/data/transcripts/SOURCES.md, batches 6 and 10).

#include <gtest/gtest.h>

#include "attribution/internal/letter_slips.hpp"
#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace press_room_forms_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Josep Borrell
  roles: [High Representative]
- name: Matthew Miller
  roles: [State Department spokesperson]
- name: Vladimir Putin
  roles: [President of Russia]
- name: Angela Merkel
  roles: [Federal Chancellor of Germany]
  aliases: [Merkel]
)";

std::vector<Passage> passages(const std::string& body, const std::string& title = "",
                              const std::string& kind = "transcript") {
    Article a;
    a.kind = kind;
    a.title = title;
    a.body = body;
    return test::built_passages(kTable, a);
}

std::string speaker_of(const std::vector<Passage>& ps, const std::string& words) {
    return test::paragraph_speaker(ps, words);
}

}  // namespace

TEST(PressRoomForms, ALabelTypedWithAFullStop) {
    const auto marker = attribution::find_turn_marker(
        "MR. KIRBY. Thank you, Karine. Good afternoon.", attribution::MarkerStyle::transcript);
    ASSERT_TRUE(marker);
    EXPECT_EQ(marker->label, "MR. KIRBY");
    EXPECT_EQ(marker->rest, "Thank you, Karine. Good afternoon.");
    // The one addressed, not a label; and outside a transcript no such label is read.
    EXPECT_FALSE(attribution::find_turn_marker("MR. PRESIDENT. Thank you very much.",
                                               attribution::MarkerStyle::transcript));
    EXPECT_FALSE(attribution::find_turn_marker("MR. KIRBY. Thank you, Karine.",
                                               attribution::MarkerStyle::strict));

    const auto ps = passages(
        "MS. JEAN-PIERRE: To speak on this and other foreign policy news of the day, National "
        "Security Coordinator for Strategic Communications John Kirby is here to join me "
        "today.\n\n"
        "Go ahead.\n\n"
        "MR. KIRBY. Thank you, Karine. Good afternoon.\n\n"
        "We condemn these actions, which are irresponsible and at odds with our longstanding "
        "goal of maintaining peace and stability across the Taiwan Strait and in the region.\n\n"
        "Q Thanks, John. A couple questions about Brittney Griner’s sentence.\n\n"
        "MR. KIRBY: I certainly can’t get inside the head of a Russian judge.",
        "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for "
        "Strategic Communications John Kirby");
    EXPECT_EQ(speaker_of(ps, "Thank you, Karine."), "John Kirby");
    EXPECT_EQ(speaker_of(ps, "We condemn these actions"), "John Kirby");
    EXPECT_EQ(speaker_of(ps, "Go ahead."), "Karine Jean-Pierre");
}

TEST(PressRoomForms, ABrieferLineNamesWhoBriefs) {
    const auto marker = attribution::find_turn_marker("Briefer: Jen Psaki, Spokesperson",
                                                      attribution::MarkerStyle::transcript);
    ASSERT_TRUE(marker);
    EXPECT_EQ(marker->label, "Jen Psaki");
    const auto ps = passages(
        "Briefer: Jen Psaki, Spokesperson\n\n"
        "On Ukraine, the Secretary urged Foreign Minister Lavrov to agree to a comprehensive "
        "border-monitoring mission.\n\n"
        "QUESTION: On Ukraine, yes. Do you have any details about the sanctions?\n\n"
        "MS. PSAKI: That’s right. I don’t have any details for you at this point.",
        "Ukraine in the State Department Daily Press Briefing");
    EXPECT_EQ(speaker_of(ps, "the Secretary urged Foreign Minister Lavrov"), "Jen Psaki");
    EXPECT_EQ(speaker_of(ps, "Do you have any details"), "-");
}

TEST(PressRoomForms, DoorstepQuestionsAndTheAnswersOfTheOneTheTitleNames) {
    const std::string title =
        "Foreign Affairs Council: Remarks by High Representative/Vice-President Josep Borrell "
        "upon arrival";
    const auto ps = passages(
        title + "\n\n"
                "Good morning,\n\n"
                "Today is the last Foreign Affairs Council of the year and we have a long "
                "agenda, with all the hot spots.\n\n"
                "Q. [Inaudible] … on Russia … what kind of sanctions do you prepare?\n\n"
                "We are not going to take any concrete decision today about sanctions.\n\n"
                "Q. Learning the language of power: what does that implies in your mind?\n\n"
                "Learning the language of power means being able to react using all the "
                "tools we have at our disposal.",
        title);
    EXPECT_EQ(speaker_of(ps, "the last Foreign Affairs Council of the year"), "Josep Borrell");
    EXPECT_EQ(speaker_of(ps, "what kind of sanctions do you prepare"), "-");
    EXPECT_EQ(speaker_of(ps, "not going to take any concrete decision"), "Josep Borrell");
    EXPECT_EQ(speaker_of(ps, "what does that implies in your mind"), "-");
    EXPECT_EQ(speaker_of(ps, "means being able to react"), "Josep Borrell");
    // The same without a kind: the `Q.` paragraphs still make it questions and answers.
    const auto plain = passages(
        "Q. Do you have a specific proposal you would like to give the Europeans?\n\n"
        "You know that we already delivered a communication on that.\n\n"
        "Q. Learning the language of power: what does that implies in your mind?\n\n"
        "Learning the language of power means being able to react.",
        "Remarks by High Representative/Vice-President Josep Borrell upon arrival at the "
        "Foreign Affairs Council",
        "");
    EXPECT_EQ(speaker_of(plain, "a specific proposal"), "-");
    EXPECT_EQ(speaker_of(plain, "we already delivered a communication"), "Josep Borrell");
}

TEST(PressRoomForms, AnAskersReplyBeforeTheQuestionIsStillTheirs) {
    const auto ps = passages(
        "Dmitry Peskov: Alexander Gamov, please go ahead.\n\n"
        "Question: Alexander Gamov. Radio, television and the newspaper Komsomolskaya "
        "Pravda.\n\n"
        "Vladimir Putin: Radio, television and newspaper.\n\n"
        "Reply: Yes, we are an empire.\n\n"
        "Vladimir Putin: Like Murdoch.\n\n"
        "Reply: Almost: he’s fallen behind.\n\n"
        "Vladimir Putin: Be careful. (Laughter.)\n\n"
        "Question: Mr President, you remember that Boris Yeltsin once said he was the first "
        "President of Russia. How has Vladimir Putin changed over the years?\n\n"
        "Vladimir Putin: About changes, you know the wonderful well-known saying.\n\n"
        "Dmitry Peskov: Izvestiya newspaper.\n\n"
        "Question: Good afternoon. What will the budget look like?",
        "News conference of Vladimir Putin");
    EXPECT_EQ(speaker_of(ps, "Yes, we are an empire."), "Alexander Gamov");
    EXPECT_EQ(speaker_of(ps, "he’s fallen behind"), "Alexander Gamov");
    EXPECT_EQ(speaker_of(ps, "How has Vladimir Putin changed"), "Alexander Gamov");
    // Another asker given the floor is not taken for him.
    EXPECT_EQ(speaker_of(ps, "What will the budget look like"), "-");
}

TEST(PressRoomForms, ANameSpeltTwoWaysIsOneSpeaker) {
    const auto ps = passages(
        "Vladimir Shakhidjanyan: I can speak without a mike. Thank you.\n\n"
        "Vladimir Putin: Good.\n\n"
        "Vladimir Shakhijanyan: Good afternoon, Mr Putin.\n\n"
        "My name is Vladimir Shakhijanyan.\n\n"
        "Vladimir Shakhijanyan: I continue to receive many letters. I need your support.\n\n"
        "Yelena Ivanova: I have a question too.\n\n"
        "Yelena Ivanov: And I.\n\n"
        "Yelena Ivanova: About the metro.",
        "Vladimir Putin’s annual news conference");
    EXPECT_EQ(speaker_of(ps, "I can speak without a mike"), "Vladimir Shakhijanyan");
    // A different ending is another person.
    EXPECT_EQ(speaker_of(ps, "And I."), "Yelena Ivanov");
}

// en.kremlin.ru, news conference following Russian-German talks, 2020-01-11: the page spells
// the Chancellor's surname once with an `a`. A six-letter surname joins its commoner
// spelling only when the table knows that spelling; two unknown short names stay apart.
TEST(PressRoomForms, AShortSurnameMisspeltJoinsTheTablesSpelling) {
    const auto ps = passages(
        "Federal Chancellor of Germany Angela Merkel (retranslated): I would also like to "
        "express how grateful I am for this invitation to come to Moscow.\n\n"
        "Of course, we also talked about the Nord Stream project.\n\n"
        "We discussed international conflicts as well.\n\n"
        "Question (retranslated): I have a question for Madam Chancellor.\n\n"
        "Angela Markel: I have mentioned an issue on which we do not see eye to eye with the "
        "Americans.\n\n"
        "Regarding Libya, Syria and Iran, one thing is clear.\n\n"
        "Question: I have a question for both leaders.\n\n"
        "Oleg Petrov: Thank you.\n\n"
        "Oleg Petrov: Good.\n\n"
        "Oleg Patrov: Not I.",
        "News conference following Russian-German talks");
    EXPECT_EQ(speaker_of(ps, "we do not see eye to eye"), "Angela Merkel");
    EXPECT_EQ(speaker_of(ps, "Regarding Libya, Syria and Iran"), "Angela Merkel");
    EXPECT_EQ(speaker_of(ps, "Not I."), "Oleg Patrov");
}

// en.kremlin.ru, meeting with Government members, 2020-03-04: the Deputy Prime Minister's
// label spells her given name `Tatyana` once, then `Tatiana` in her replies. A given name
// one letter apart inside it, before the same surname, is the same speaker; one whose
// ending differs (`Maria`, `Marina`) is another.
TEST(PressRoomForms, AGivenNameSpeltTwoWaysBeforeTheSameSurname) {
    const auto ps = passages(
        "Deputy Prime Minister Tatyana Golikova: Good afternoon, Mr President, colleagues.\n\n"
        "As you have already noted, more than 93,000 cases of COVID-19 have been registered "
        "around the world as of this morning.\n\n"
        "All our measures are subjected to strict control.\n\n"
        "Vladimir Putin: During what humanitarian missions can we deliver these face masks "
        "abroad?\n\n"
        "Tatiana Golikova: This implies humanitarian projects, like when we supplied them to "
        "China, for example.\n\n"
        "Maria Petrova: A question, please.\n\n"
        "Vladimir Putin: Yes.\n\n"
        "Marina Petrova: And mine.\n\n"
        "Maria Petrova: About schools.",
        "Meeting with Government members");
    EXPECT_EQ(speaker_of(ps, "This implies humanitarian projects"), "Tatyana Golikova");
    EXPECT_EQ(speaker_of(ps, "And mine."), "Marina Petrova");
}

TEST(PressRoomForms, OneSlipOfThePenBetweenTwoSpellings) {
    using attribution::letter_slip;
    using Kind = attribution::LetterSlip::Kind;
    EXPECT_EQ(letter_slip("zelesnkyy", "zelenskyy").kind, Kind::swapped);
    EXPECT_EQ(letter_slip("zelesnkyy", "zelenskyy").at, 4u);
    EXPECT_EQ(letter_slip("mathew", "matthew").kind, Kind::added);
    EXPECT_EQ(letter_slip("matthew", "mathew").at, 3u);
    EXPECT_EQ(letter_slip("shakhidjanyan", "shakhijanyan").kind, Kind::added);
    EXPECT_EQ(letter_slip("ivanov", "ivanof").kind, Kind::changed);
    EXPECT_EQ(letter_slip("borrel", "borrell").at, 6u);  // added at the end
    EXPECT_EQ(letter_slip("miller", "miller").kind, Kind::none);
    EXPECT_EQ(letter_slip("ivanov", "ivanova").kind, Kind::added);
    EXPECT_EQ(letter_slip("ivanov", "ivanovaa").kind, Kind::none);
    EXPECT_EQ(letter_slip("abcd", "badc").kind, Kind::none);  // two swaps
    EXPECT_EQ(letter_slip("", "a").kind, Kind::added);
}

TEST(PressRoomForms, ADoubledLetterWrittenOnceInAKnownName) {
    const auto table = SpeakerTable::parse(kTable, "t.yaml");
    EXPECT_EQ(table.canonical_with_letter_slip("Mathew Miller").value_or("-"), "Matthew Miller");
    EXPECT_EQ(table.canonical_with_letter_slip("Josep Borrel").value_or("-"), "-");  // the end
    const auto ps = passages(
        "The State Department held a presser on May 24, 2023 with Spokesperson Mathew Miller "
        "fielding a wide range of questions.\n\n"
        "MR MILLER: Afternoon, everyone. Some brief comments before we get started.\n\n"
        "QUESTION: So why do you need this?",
        "State Dept Press Briefing – May 24, 2023");
    EXPECT_EQ(speaker_of(ps, "Some brief comments"), "Matthew Miller");
}

// NATO's press conferences put the spokesperson's office, and an asker's name and outlet, in
// brackets after the label (the form of the nato.int transcripts; the words of the
// Secretary General's turn are from his pre-ministerial press conference of 14 June 2023).
TEST(PressRoomForms, BracketedOfficesAndAskersInNatoLabels) {
    const auto marker = attribution::find_turn_marker(
        "Question [Sabine Siebold, Reuters]: Thank you. Secretary General, on ammunition?",
        attribution::MarkerStyle::transcript);
    ASSERT_TRUE(marker);
    EXPECT_TRUE(marker->question);
    EXPECT_EQ(marker->asker, "Sabine Siebold");
    const auto ps = passages(
        "Oana Lungescu [NATO Spokesperson]: Good afternoon. The Secretary General will start "
        "with a statement and then take your questions.\n\n"
        "NATO Secretary General Jens Stoltenberg: Good afternoon. NATO Defence Ministers will "
        "meet this week to prepare our Summit in Vilnius next month.\n\n"
        "We meet as Ukraine is conducting a major counter-offensive.\n\n"
        "Oana Lungescu [NATO Spokesperson]: Okay, we will start with Reuters.\n\n"
        "Question [Sabine Siebold, Reuters]: Thank you. Secretary General, on ammunition, are "
        "the targets enough?\n\n"
        "Jens Stoltenberg: The targets will be reviewed.\n\n"
        "Oana Lungescu [NATO Spokesperson]: Ukrinform.\n\n"
        "Question [Ukrinform]: Thank you so much. On the jets for Ukraine?",
        "Pre-ministerial press conference by NATO Secretary General Jens Stoltenberg");
    EXPECT_EQ(speaker_of(ps, "will start with a statement"), "Oana Lungescu");
    EXPECT_EQ(speaker_of(ps, "We meet as Ukraine"), "Jens Stoltenberg");
    EXPECT_EQ(speaker_of(ps, "we will start with Reuters"), "Oana Lungescu");
    EXPECT_EQ(speaker_of(ps, "are the targets enough"), "Sabine Siebold");
    EXPECT_EQ(speaker_of(ps, "On the jets for Ukraine"), "-");
}

// A label cut to an initial and a surname after the full label (`M.Akimov:` after `Deputy
// Prime Minister Maxim Akimov:`, as older Kremlin transcripts write them; the words are from
// the meeting on artificial intelligence of 30 May 2019).
TEST(PressRoomForms, AnInitialledLabelAfterTheFullOne) {
    const auto ps = passages(
        "Deputy Prime Minister Maxim Akimov: After this bright picture and a fairly detailed "
        "description of our truly ambitious plans I will probably add some details.\n\n"
        "Vladimir Putin: Thank you very much.\n\n"
        "M.Akimov: Of course, we will finalise the Strategy.",
        "Meeting on the development of artificial intelligence technologies");
    EXPECT_EQ(speaker_of(ps, "we will finalise the Strategy"), "Maxim Akimov");
}

}  // namespace press_room_forms_test
