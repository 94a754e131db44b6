// Transcript turns as governments publish them: labels with offices and countries
// (`President of Russia Vladimir Putin:`), surnames (`PRESIDENT BIDEN:`, `MR. KIRBY:`), an
// office alone (`THE PRESIDENT:`), and labels that name no one (`MODERATOR:`), through
// build_passages on short transcripts written in those shapes.

#include <gtest/gtest.h>

#include "passage_builder.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace turn_speakers_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Volodymyr Zelensky
  aliases: [Zelenskyy]
- name: Joe Biden
- name: Vladimir Putin
- name: Ilham Aliyev
- name: Recep Tayyip Erdoğan
  aliases: [Erdogan]
)";

// Each turn's speaker, in order ("-" for none).
std::vector<std::string> turn_speakers_with(const char* table, const std::string& title,
                                            const std::string& body) {
    Article a;
    a.id = "t";
    a.kind = "transcript";
    a.title = title;
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse(table, "t.yaml"), TopicTagger()};
    std::vector<std::string> out;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::turn) out.push_back(p.speaker.value_or("-"));
    return out;
}

std::vector<std::string> turn_speakers(const std::string& title, const std::string& body) {
    return turn_speakers_with(kTable, title, body);
}

}  // namespace

TEST(TurnSpeakers, AnOfficeAndItsCountryBeforeTheName) {
    EXPECT_EQ(turn_speakers("Press statements following talks",
                            "President of Russia Vladimir Putin: Mr Aliyev, ladies and "
                            "gentlemen.\n\nWe discussed trade.\n\nPresident of Azerbaijan Ilham "
                            "Aliyev: Thank you, Mr President.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Vladimir Putin", "Ilham Aliyev"}));
    EXPECT_EQ(turn_speakers("Talks",
                            "Minister of Foreign Affairs of Armenia Ararat Mirzoyan: Thank "
                            "you.\n\nPresident of Russia Vladimir Putin: Good afternoon.\n"),
              (std::vector<std::string>{"Ararat Mirzoyan", "Vladimir Putin"}));
}

TEST(TurnSpeakers, LongKremlinLabelsAndNamesWithParticles) {
    EXPECT_EQ(turn_speakers("Press statements",
                            "Vladimir Putin: Good afternoon.\n\nPrime Minister of the United "
                            "Kingdom of Great Britain and Northern Ireland Boris Johnson: Thank "
                            "you.\n\nCrown Prince of Saudi Arabia Mohammed bin Salman: Thank "
                            "you.\n\nDeputy Prime Minister – Minister of Economic Development "
                            "Maxim Oreshkin: Colleagues.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Boris Johnson", "Mohammed bin Salman",
                                        "Maxim Oreshkin"}));
    // A part played, then who plays it.
    EXPECT_EQ(turn_speakers("Press conference",
                            "Moderator (Oana Lungescu): Good morning.\n\nModerator "
                            "(retranslated): Next.\n"),
              (std::vector<std::string>{"Oana Lungescu", "-"}));
}

TEST(TurnSpeakers, ASurnameLabelBecomesTheFullName) {
    // From the speaker table when the article gives no first name.
    EXPECT_EQ(turn_speakers("Remarks before a meeting",
                            "PRESIDENT BIDEN: Welcome.\n\nPRESIDENT ZELENSKYY: Thank you.\n"),
              (std::vector<std::string>{"Joe Biden", "Volodymyr Zelensky"}));
    // From the article when it names the person in full.
    EXPECT_EQ(turn_speakers("Press gaggle by John Kirby",
                            "MR. KIRBY: Good morning.\n\nQ Thanks, John.\n\nMR. KIRBY: Sure.\n"),
              (std::vector<std::string>{"John Kirby", "-", "John Kirby"}));
}

// A White House joint press conference (Camp David, 2023): the title writes the Korean and
// Japanese leaders' names surname first, the labels give the surname alone.
TEST(TurnSpeakers, ASurnameLabelBecomesANameWrittenSurnameFirst) {
    EXPECT_EQ(turn_speakers("Remarks by President Biden, President Yoon Suk Yeol of the Republic "
                            "of Korea, and Prime Minister Kishida Fumio of Japan in Joint Press "
                            "Conference",
                            "PRESIDENT YOON: (As interpreted.) First of all, thank you.\n\n"
                            "PRESIDENT BIDEN: President Yoon, next question, please.\n"),
              (std::vector<std::string>{"Yoon Suk Yeol", "Joe Biden"}));
    // A headline's capitals make no name: `Secretary Blinken Travels To Brussels`.
    EXPECT_EQ(turn_speakers("Secretary Blinken Travels To Brussels", "MR. BLINKEN: Hello.\n"),
              (std::vector<std::string>{"Blinken"}));
}

TEST(TurnSpeakers, AnOfficeAloneIsTheHolderTheArticleNames) {
    EXPECT_EQ(turn_speakers("Remarks by President Biden and President Zelenskyy of Ukraine",
                            "THE PRESIDENT: Welcome to the White House.\n\nPRESIDENT "
                            "ZELENSKYY: Thank you, Mr. President.\n\nTHE PRESIDENT: Thank you.\n"),
              (std::vector<std::string>{"Joe Biden", "Volodymyr Zelensky", "Joe Biden"}));
}

TEST(TurnSpeakers, ALabelNamingAPartNamesNoOne) {
    EXPECT_EQ(turn_speakers("Background press call",
                            "MODERATOR: Thanks, everyone.\n\nSENIOR ADMINISTRATION OFFICIAL: "
                            "Thank you.\n\nMR. KIRBY: Hello.\n"),
              (std::vector<std::string>{"-", "-", "Kirby"}));
}

TEST(TurnSpeakers, ANoteInBracketsIsNotPartOfTheLabel) {
    EXPECT_EQ(turn_speakers("Press statements",
                            "President of Russia Vladimir Putin: Good afternoon.\n\nRecep Tayyip "
                            "Erdogan (retranslated): Thank you.\n\nQuestion (retranslated): A "
                            "question for both.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Recep Tayyip Erdoğan", "-"}));
}

TEST(TurnSpeakers, AQuestionsAskerWhoNamesThemself) {
    EXPECT_EQ(turn_speakers("Remarks by President Biden",
                            "THE PRESIDENT: Go ahead.\n\nQ Thank you, Mr. President. Trevor "
                            "Hunnicutt with Reuters. Will you sign it?\n\nAnd when?\n\nTHE "
                            "PRESIDENT: Soon.\n\nQ I'm Amanda Head from Just the News.\n\nQ Who "
                            "will Ms Maren meet with?\n"),
              (std::vector<std::string>{"Joe Biden", "Trevor Hunnicutt", "Trevor Hunnicutt",
                                        "Joe Biden", "Amanda Head", "-"}));
}

namespace {

// Each turn paragraph's speaker and text, in order.
std::vector<std::pair<std::string, std::string>> turns_of(const std::string& title,
                                                          const std::string& body,
                                                          const char* table = kTable) {
    Article a;
    a.id = "t";
    a.kind = "transcript";
    a.title = title;
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse(table, "t.yaml"), TopicTagger()};
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& p : build_passages(a, tables))
        out.emplace_back(p.speaker.value_or("-"), p.text);
    return out;
}

}  // namespace

TEST(TurnSpeakers, ASurnameLabelThroughTheTablesOnlyPersonOfThatSurname) {
    const char* table = R"(
- name: Fumio Kishida
- name: Doug Burgum
- name: Heydar Aliyev
- name: Ilham Aliyev
)";
    const std::string body =
        "KISHIDA: I am pleased to announce the Joint Declaration.\n\nSECRETARY BURGUM: Chris "
        "and I just came from CERAWeek.\n\nSECRETARY WRIGHT: I think Doug said it well.\n\n"
        "PRESIDENT ALIYEV: Thank you.\n";
    EXPECT_EQ(turn_speakers_with(table, "Remarks at a meeting", body),
              (std::vector<std::string>{"Fumio Kishida", "Doug Burgum", "Wright", "Aliyev"}));
    // Without the table the label's name is kept.
    EXPECT_EQ(turn_speakers_with("[]", "Remarks at a meeting", body),
              (std::vector<std::string>{"Kishida", "Burgum", "Wright", "Aliyev"}));
}

TEST(TurnSpeakers, LabelsWithTitlesInCapitalsOrTitleCase) {
    EXPECT_EQ(turn_speakers("Press briefing by Press Secretary Karine Jean-Pierre and John Kirby",
                            "MS. JEAN-PIERRE: Good afternoon.\n\nMR. KIRBY: Thanks, Karine.\n"),
              (std::vector<std::string>{"Karine Jean-Pierre", "John Kirby"}));
    EXPECT_EQ(turn_speakers("Press gaggle",
                            "MS. JEAN-PIERRE: Hi, everyone.\n\nMR. O’BRIEN: "
                            "Hello.\n"),
              (std::vector<std::string>{"Jean-Pierre", "O’Brien"}));
    EXPECT_EQ(turn_speakers("Remarks by Vice President Harris and Prime Minister Sunak",
                            "THE VICE PRESIDENT: Welcome.\n\nPRIME MINISTER SUNAK: Thank you, "
                            "Madam Vice President.\n"),
              (std::vector<std::string>{"Harris", "Sunak"}));
    EXPECT_EQ(turn_speakers("Press statements",
                            "Vladimir Putin (retranslated): Good afternoon.\n\nRecep Tayyip "
                            "Erdoğan (via interpreter): Thank you.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Recep Tayyip Erdoğan"}));
}

TEST(TurnSpeakers, OfficesOfAdvisersAndFirstLadies) {
    EXPECT_EQ(turn_speakers("Press briefing",
                            "NATIONAL SECURITY ADVISOR SULLIVAN: Good afternoon.\n\nSENATOR "
                            "McCONNELL: Thank you.\n"),
              (std::vector<std::string>{"Sullivan", "McConnell"}));
    EXPECT_EQ(turn_speakers("Remarks by First Lady Jill Biden at a roundtable",
                            "THE FIRST LADY: Thank you all for coming.\n"),
              (std::vector<std::string>{"Jill Biden"}));
}

TEST(TurnSpeakers, TwoPeopleSpeakingTogetherAreNoOnePerson) {
    EXPECT_EQ(turn_speakers("Remarks by President Biden and President Zelenskyy",
                            "PRESIDENT BIDEN AND PRESIDENT ZELENSKYY: Thank you.\n\nBOTH: "
                            "Thank you.\n\nPRESIDENT BIDEN: Let us go.\n"),
              (std::vector<std::string>{"-", "-", "Joe Biden"}));
    // An office's own `and` is no second person.
    EXPECT_EQ(turn_speakers("Talks",
                            "Minister of Foreign Affairs and Trade Peter Szijjarto: "
                            "Thank you.\n"),
              (std::vector<std::string>{"Peter Szijjarto"}));
}

TEST(TurnSpeakers, LabelsOfPartsPlayedNameNoOne) {
    EXPECT_EQ(turn_speakers("Town hall",
                            "MODERATOR: Welcome.\n\nINTERPRETER: He says thank you.\n\nSTAFF: "
                            "Thank you, press.\n\nPARTICIPANT: Hi.\n\nAUDIENCE MEMBER: Hello.\n\n"
                            "PRESIDENT BIDEN: Thank you.\n"),
              (std::vector<std::string>{"-", "-", "-", "-", "-", "Joe Biden"}));
}

TEST(TurnSpeakers, AnUnnamedRemarkFromTheRoomNamesNoOne) {
    // The Kremlin's 2018 annual news conference: a questioner's interjection is `Remark:`.
    EXPECT_EQ(turn_speakers("Vladimir Putin’s annual news conference",
                            "Vladimir Putin: In which year was it shut down?\n\n"
                            "Remark: In 1998, unfortunately. It had the Order of the Red Banner "
                            "and a long history.\n\n"
                            "Vladimir Putin: You see, it is already 2018.\n"),
              (std::vector<std::string>{"Vladimir Putin", "-", "Vladimir Putin"}));
}

TEST(TurnSpeakers, StageDirectionsStayInTheTurn) {
    const auto turns = turns_of(
        "Remarks by President Biden and President Zelenskyy",
        "PRESIDENT ZELENSKYY: (Speaks Ukrainian.)\n\n(As interpreted.) Thank you, Mr. "
        "President.\n\n(Applause.)\n\nWe will win.\n\n[Laughter]\n\n(Laughter.)\n\nPRESIDENT "
        "BIDEN: Thank you.\n\n[Applause]\n\nQ Mr. President —\n\n(Cross-talk.)\n");
    std::vector<std::string> speakers;
    for (const auto& [speaker, text] : turns) speakers.push_back(speaker);
    EXPECT_EQ(speakers, (std::vector<std::string>{"Volodymyr Zelensky", "Volodymyr Zelensky",
                                                  "Volodymyr Zelensky", "Volodymyr Zelensky",
                                                  "Volodymyr Zelensky", "Volodymyr Zelensky",
                                                  "Joe Biden", "Joe Biden", "-", "-"}));
}

TEST(TurnSpeakers, AnAideNamesNoOne) {
    // Remarks by President Biden and President Erdoğan before their bilateral meeting,
    // Madrid, 29 June 2022 (public domain).
    EXPECT_EQ(turn_speakers("Remarks by President Biden and President Recep Tayyip Erdoğan of "
                            "the Republic of Turkey Before Bilateral Meeting",
                            "PRESIDENT BIDEN: Okay. Mr. President, it’s good to see you again. "
                            "And thank you for — are we ready?\n\n"
                            "AIDE: Yes, sir.\n\n"
                            "POLISH AIDE: (No translation provided.)\n\n"
                            "PRESIDENT BIDEN: Thank you for making the effort to come over.\n\n"
                            "PRESIDENT ERDOĞAN: (As interpreted.) Mr. President, hello.\n"),
              (std::vector<std::string>{"Joe Biden", "-", "-", "Joe Biden",
                                        "Recep Tayyip Erdoğan"}));
}

TEST(TurnSpeakers, TwoOfficesJoinedByADashBeforeTheName) {
    // Results of the Year with Vladimir Putin, 19 December 2024 (en.kremlin.ru, CC BY 4.0).
    EXPECT_EQ(turn_speakers_with("- name: Dmitry Peskov\n", "Results of the Year with Vladimir Putin",
                                 "Deputy Chief of Staff of the Presidential Executive Office – "
                                 "Presidential Press Secretary Dmitry Peskov: Good afternoon "
                                 "everyone.\n\n"
                                 "The President will be here within minutes.\n\n"
                                 "Alexandra Suvorova: Good afternoon.\n"),
              (std::vector<std::string>{"Dmitry Peskov", "Dmitry Peskov", "Alexandra Suvorova"}));
}

TEST(TurnSpeakers, AnOfficeWithoutOfAndAnOfficeNamingAList) {
    // Supreme Eurasian Economic Council meeting, 11 October 2017, and Meeting with Government
    // members, 22 June 2017 (en.kremlin.ru, CC BY 4.0).
    EXPECT_EQ(turn_speakers("Supreme Eurasian Economic Council meeting",
                            "Vladimir Putin: Mr Sargsyan, please.\n\n"
                            "Eurasian Economic Commission Board Chairman Tigran Sargsyan: Your "
                            "Excellencies, colleagues,\n\n"
                            "We discussed our agenda at a restricted format meeting.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Tigran Sargsyan", "Tigran Sargsyan"}));
    EXPECT_EQ(turn_speakers("Meeting with Government members",
                            "Vladimir Putin: Mr Puchkov, you have the floor.\n\n"
                            "Civil Defence, Emergency Situations and Disaster Relief Minister "
                            "Vladimir Puchkov: Mr President, colleagues,\n\n"
                            "This ends my report.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Vladimir Puchkov", "Vladimir Puchkov"}));
    // Two people named together stay no one person.
    EXPECT_EQ(turn_speakers("Remarks", "PRESIDENT BIDEN AND PRESIDENT ZELENSKYY: Thank you.\n"),
              (std::vector<std::string>{"-"}));
    // A greeting with commas before a colon is no office: the turn goes on.
    EXPECT_EQ(turn_speakers("Speech",
                            "Ilham Aliyev: Thank you.\n\nDear Mr President, Ladies and "
                            "Gentlemen: It is an honour.\n"),
              (std::vector<std::string>{"Ilham Aliyev", "Ilham Aliyev"}));
}

TEST(TurnSpeakers, ASpokespersonOfABackgroundCallIsNoOne) {
    // Background press call on President Zelenskyy's visit, 1 September 2021 (White House).
    EXPECT_EQ(turn_speakers("Background Press Call by Senior Administration Officials",
                            "NSC SPOKESPERSON: Hey, everyone. Thanks for joining us.\n\n"
                            "SENIOR ADMINISTRATION OFFICIAL: Thanks.\n"),
              (std::vector<std::string>{"-", "-"}));
}

TEST(TurnSpeakers, ALabelMisspeltOnceIsTheSpeakerItMisses) {
    // Remarks by Vice President Harris and President Zelenskyy in Joint Press Conference,
    // Munich, 17 February 2024 (White House): one `ZELENSKKY` among `ZELENSKYY` labels.
    EXPECT_EQ(turn_speakers("Remarks by Vice President Harris and President Zelenskyy of Ukraine",
                            "PRESIDENT ZELENSKYY: Thank you so much.\n\n"
                            "VICE PRESIDENT HARRIS: President Zelenskyy.\n\n"
                            "PRESIDENT ZELENSKKY: Thank you so much. (As interpreted.) Thank you "
                            "for this question.\n"),
              (std::vector<std::string>{"Volodymyr Zelensky", "Harris", "Volodymyr Zelensky"}));
    // Two different people whose surnames are one letter apart stay two.
    EXPECT_EQ(turn_speakers("Talks", "MR. HANSEN: Hello.\n\nMR. HANSON: Hello.\n"),
              (std::vector<std::string>{"Hansen", "Hanson"}));
}

TEST(TurnSpeakers, AnInitialBeforeTheSurname) {
    // Presentation of state decorations, 10 March 2016, and Direct Line with Vladimir Putin,
    // 14 April 2016 (en.kremlin.ru, CC BY 4.0).
    EXPECT_EQ(turn_speakers_with("- name: Vladimir Putin\n", "Presentation of state decorations",
                                 "V.Putin: Friends, allow me to congratulate you once again on "
                                 "your awards.\n\n"
                                 "A. Repik: Good afternoon, Mr President. I believe that Eldar "
                                 "has proposed a good idea.\n"),
              (std::vector<std::string>{"Vladimir Putin", "A. Repik"}));
    // An initial that is not the first name's is someone else.
    EXPECT_EQ(turn_speakers_with("- name: Vladimir Putin\n", "Talks", "D.Putin: Thank you.\n"),
              (std::vector<std::string>{"D.Putin"}));
}

TEST(TurnSpeakers, TheNameFirstItsOfficeAfterAComma) {
    // Meeting on rocket and space sector development, 10 April 2020 (en.kremlin.ru, CC BY 4.0).
    EXPECT_EQ(turn_speakers("Meeting on rocket and space sector development",
                            "Vladimir Putin: Mr Okhlopkov, please, general director of TsENKI.\n\n"
                            "Andrei Okhlopkov, General Director of the Centre for Operation of "
                            "Space Ground-Based Infrastructure (TsENKI): Mr President,\n\n"
                            "We continue working, the company has not suspended its "
                            "operations.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Andrei Okhlopkov", "Andrei Okhlopkov"}));
}

TEST(TurnSpeakers, ADiscourseWordBeforeAColonContinuesTheTurn) {
    // Remarks by Vice President Harris at National Space Council Meeting, 9 September 2022,
    // and on funding for high-speed internet, 21 March 2022; Remarks by President Biden on
    // supporting veterans, 8 March 2022 (White House): `First:`, `Consider:` and `Two:` open
    // points of the speaker's own speech.
    EXPECT_EQ(turn_speakers_with("- name: Kamala Harris\n",
                                 "Remarks by Vice President Harris at National Space Council "
                                 "Meeting",
                                 "THE VICE PRESIDENT: Good afternoon, everyone.\n\n"
                                 "First: Building our skilled technical workforce. So, last "
                                 "week, with many of you, I had the honor to visit the Kennedy "
                                 "Space Center.\n\n"
                                 "Consider: Most of the households in our nation that have "
                                 "high-speed internet.\n\n"
                                 "Two: mental health for our children in the wake of all "
                                 "that’s happened because of COVID.\n"),
              (std::vector<std::string>{"Kamala Harris", "Kamala Harris", "Kamala Harris",
                                        "Kamala Harris"}));
}

TEST(TurnSpeakers, AQuoteTheTurnsSpeakerGivesAsTheirOwn) {
    // Direct Line with Vladimir Putin, 7 June 2018 (en.kremlin.ru, CC BY 4.0).
    Article a;
    a.id = "t";
    a.kind = "transcript";
    a.title = "Direct Line with Vladimir Putin";
    a.body =
        "Vladimir Putin: What did we do? We increased authorised capital for "
        "Vnesheconombank with a special law and took over their loans when many were "
        "ready to sell their companies for nothing. Prime Minister at the time, I said: "
        "“No, we will help you on certain terms. We will take over your loans and you "
        "will be able to pay them off later.” And that happened.\n";
    AnalysisTables tables{SpeakerTable::parse(kTable, "t.yaml"), TopicTagger()};
    std::vector<std::string> quotes;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::quote) quotes.push_back(p.speaker.value_or("-"));
    EXPECT_EQ(quotes, (std::vector<std::string>{"Vladimir Putin"}));
}

TEST(TurnSpeakers, AnOrganisationsOfficeAloneIsTheHolderTheTextNames) {
    // Conflict Zone with NATO Secretary General Jens Stoltenberg by Deutsche Welle journalist
    // Sarah Kelly, 18 October 2022 (nato.int).
    EXPECT_EQ(turn_speakers_with("- name: Jens Stoltenberg\n",
                                 "Conflict Zone with NATO Secretary General Jens Stoltenberg by "
                                 "Deutsche Welle journalist Sarah Kelly",
                                 "Sarah Kelly (Deutsche Welle): Thank you so much. Secretary "
                                 "General Stoltenberg, welcome to Conflict Zone.\n\n"
                                 "NATO Secretary General: Thank you so much for having me, "
                                 "Sarah.\n"),
              (std::vector<std::string>{"Sarah Kelly", "Jens Stoltenberg"}));
}

// Two people of the table share a surname (`MS. SANDERS:`): the label names the one whose
// dated office covers the text's day, and no one on a day neither held office; a
// generational suffix is no surname (`SECRETARY KENNEDY:` is Robert F. Kennedy Jr.).
TEST(TurnSpeakers, ASurnameTwoTablePeopleShareIsTheOneInOfficeThatDay) {
    const char* table = R"(
- name: Sarah Sanders
  roles:
    - {from: 2017-07-21, to: 2019-07-01, role: [White House Press Secretary]}
- name: Symone Sanders
  roles:
    - {from: 2021-01-20, to: 2021-12-31, role: [Chief Spokesperson for the Vice President]}
- name: Charles Kennedy
  roles: [Liberal Democrat leader]
- name: Robert F. Kennedy Jr.
  roles:
    - {from: 2025-02-13, role: [Secretary of Health and Human Services]}
)";
    auto speakers_on = [&](const std::string& date, const std::string& body) {
        Article a;
        a.id = "t";
        a.kind = "transcript";
        a.title = "Remarks in Press Conference";
        a.date = date;
        a.body = body;
        AnalysisTables tables{SpeakerTable::parse(table, "t.yaml"), TopicTagger()};
        std::vector<std::string> out;
        for (const auto& p : build_passages(a, tables))
            if (p.kind == PassageKind::turn) out.push_back(p.speaker.value_or("-"));
        return out;
    };
    const std::string hanoi =
        "MS. SANDERS: Our first question will come from Nguyen Khanh from Tuoi Tre.\n\n"
        "Q (As interpreted.) Could you please share with us what you mean by that?";
    EXPECT_EQ(speakers_on("2021-08-26", hanoi)[0], "Symone Sanders");
    EXPECT_EQ(speakers_on("2018-04-05", hanoi)[0], "Sarah Sanders");
    EXPECT_EQ(speakers_on("2015-04-05", hanoi)[0], "Sanders");
    EXPECT_EQ(speakers_on("2025-02-26",
                          "SECRETARY KENNEDY: We are following the measles epidemic every "
                          "day.")[0],
              "Robert F. Kennedy Jr.");
}

// A surname label the text gives no first name for (`MS. SHARMA:`) takes the one the next
// labelled speaker thanks its holder by (`MR. KIRBY: Thanks, Saloni.`); an asker's thanks,
// as often meant for the one who answers, names no one.
TEST(TurnSpeakers, ASurnameLabelsFirstNameFromTheNextSpeakersThanks) {
    EXPECT_EQ(turn_speakers("On-the-Record Press Gaggle",
                            "MS. SHARMA: Hey, everyone. Thanks for joining us.\n\n"
                            "So, Kirby, over to you.\n\n"
                            "MR. KIRBY: Thanks, Saloni. I think as you guys have all been "
                            "aware, we’ve been warning since July.\n\n"
                            "MS. SHARMA: Great. Let’s go to Aamer Madhani from AP.\n\n"
                            "Q Hi. Thanks, Saloni. Hi, John. How many personnel are in "
                            "Crimea?")[0],
              "Saloni Sharma");
    EXPECT_EQ(turn_speakers("Press Briefing",
                            "MS. DALTON: Go ahead.\n\n"
                            "Q Thanks, Jake. Is the President going to Kyiv?\n\n"
                            "MR. SULLIVAN: I won’t get ahead of the President’s schedule.")[0],
              "Dalton");
}

// A label that is a full name of three words the table does not know keeps all three; one
// with an office and its connector before the name keeps the name only.
TEST(TurnSpeakers, AThreeWordNameLabelStaysWhole) {
    EXPECT_EQ(turn_speakers_with(kTable, "Ilham Aliyev received a delegation",
                                 "Ilham Aliyev: Welcome.\n\n"
                                 "Akif Cagatay Kilic: Good to see you, Mr. President.\n\n"
                                 "Thank you very much for receiving us.\n\n"
                                 "Minister of Economic Development Maxim Reshetnikov: Mr "
                                 "President, colleagues.\n"),
              (std::vector<std::string>{"Ilham Aliyev", "Akif Cagatay Kilic", "Akif Cagatay Kilic",
                                        "Maxim Reshetnikov"}));
}

}  // namespace turn_speakers_test
