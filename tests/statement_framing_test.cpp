// The lines that frame an official statement: a heading naming its speaker with or without a
// colon (`Statement by President Ilham Aliyev`, `Remarks by President Charles Michel at the
// press conference …:` over a dateline), a republished headline ending with its author (`… by
// U.S. Secretary of State Antony J. Blinken`), a state's name that is no one's (`the Republic
// of Poland`, `the Autonomous Republic of Crimea`), a republisher's or an agency's credit
// (`Source: UN News`, `…, according to Trend.`), a reporter's lead-in (`The statement said, in
// part:`) and an office of a place standing for the one the lead named with it (`the President
// of the Czech Republic`). Each test runs a short snippet of a real text
// (tests/data/fresh_statements/SOURCES.md) through build_passages.

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace statement_framing_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: António Guterres
  aliases: [Guterres]
  roles:
    - {from: 2017-01-01, role: [Secretary-General of the United Nations]}
- name: Ilham Aliyev
- name: Charles Michel
- name: Vladimir Putin
- name: Volodymyr Zelensky
  aliases: [Zelensky, Zelenskyy, Volodymyr Zelenskyy]
- name: Andrzej Duda
- name: Antony Blinken
  aliases: [Blinken, Antony J. Blinken]
- name: Dmytro Kuleba
  aliases: [Kuleba]
- name: Joe Biden
  aliases: [Biden, Joseph R. Biden, Joseph R. Biden Jr., President Biden]
  roles:
    - {from: 2021-01-20, to: 2025-01-20, role: [President of the United States, US President]}
- name: Donald Trump
  aliases: [Trump, Donald J. Trump]
  roles:
    - {from: 2025-01-20, role: [President of the United States, US President]}
- name: Recep Tayyip Erdogan
  aliases: [Erdogan]
- name: Lloyd Austin
- name: Oleksii Reznikov
  aliases: [Reznikov]
)";

// Each paragraph's speaker, `-` for none, of a text of that kind, title, body, date and
// source.
std::vector<std::string> speakers(const std::string& kind, const std::string& title,
                                  const std::string& body, const std::string& date = "",
                                  const std::string& source = "") {
    Article a;
    a.kind = kind;
    a.title = title;
    a.body = body;
    a.date = date;
    a.source = source;
    return test::paragraph_speakers(test::built_passages(kTable, a));
}

using V = std::vector<std::string>;

}  // namespace

// president.az, 27 February 2013: the heading has no colon, the speech opens with a dash.
TEST(StatementFraming, AStatementByHeadingWithoutAColonLeadsIntoTheSpeech) {
    EXPECT_EQ(speakers("transcript",
                       "Ilham Aliyev and President of Georgia Mikheil Saakashvili made statements "
                       "for the press",
                       "After the meeting in an expanded format, President of the Republic of "
                       "Azerbaijan Ilham Aliyev and President of Georgia Mikheil Saakashvili made "
                       "statements for the press.\n\nStatement by President Ilham Aliyev\n\n- "
                       "Dear Mr. President, distinguished guests!\n\nI would like to welcome you "
                       "to Azerbaijan again. I say to you \u2013 welcome to Azerbaijan.\n"),
              (V{"-", "-", "Ilham Aliyev", "Ilham Aliyev"}));
    EXPECT_EQ(attribution::speech_heading_speaker("Statement of President Ilham Aliyev"),
              "Ilham Aliyev");
    EXPECT_EQ(attribution::speech_heading_speaker("Statement by the Ministry of Foreign Affairs"),
              std::nullopt);
}

// The European Council's remarks of 20 April 2022 as republished under a headline naming both
// presidents: the heading in the text, ending in a colon, names the one who speaks.
TEST(StatementFraming, ARemarksHeadingEndingInAColonNamesTheSpeakerOverADateline) {
    EXPECT_EQ(speakers("declaration",
                       "Remarks by EU Council President and President Zelenskyy after today's "
                       "meeting",
                       "Remarks by President Charles Michel at the press conference following his "
                       "meeting with President Volodymyr Zelenskyy in Kyiv:\n\nKyiv, 20 April "
                       "2022\n\nLast year, I had the occasion to come to Ukraine three times.\n\n"
                       "This morning, I went to Borodyanka to witness with my own eyes the "
                       "situation on the ground.\n",
                       "2022-04-20"),
              (V{"-", "-", "Charles Michel", "Charles Michel"}));
}

// president.gov.ua, 12 October 2020: a joint statement names two states, one of them after an
// `Autonomous Republic` the reader must not take for a person.
TEST(StatementFraming, AStatesNameIsNoPersons) {
    EXPECT_EQ(speakers("declaration",
                       "Joint statement by President of Ukraine Volodymyr Zelenskyy and President "
                       "of the Republic of Poland Andrzej Duda",
                       "We underscore the respect of Ukraine and the Republic of Poland for "
                       "international law, while calling for an end to the illegal occupation of "
                       "the Autonomous Republic of Crimea and the ongoing aggression in Donbas. "
                       "The Republic of Poland expresses interest in cooperating with Ukraine.\n\n"
                       "Ukraine and the Republic of Poland emphasize the right of citizens of all "
                       "countries to determine their future as a result of democratic "
                       "elections.\n\nThe Republic of Poland reaffirms its support for the "
                       "sovereignty and territorial integrity of Ukraine.\n",
                       "2020-10-12"),
              (V{"-", "-", "-"}));
}

// UN News's text of the Secretary-General's statement of 24 February 2022 as republished,
// and a Kremlin report of 13 November 2001 quoting a statement of Vladimir Putin's.
TEST(StatementFraming, ACreditLineAndAReportersLeadInAreNotTheSpeakers) {
    EXPECT_EQ(speakers("declaration", "Statement by the Secretary-General \u2013 on Ukraine",
                       "Day after day, I have been clear that such unilateral measures conflict "
                       "directly with the United Nations Charter.\n\nSource: UN News\n",
                       "2022-02-24", "United Nations (UN News)"),
              (V{"Ant\u00f3nio Guterres", "-"}));
    EXPECT_EQ(speakers("declaration",
                       "President Vladimir Putin's statement on the destruction of the last "
                       "nuclear missile removed from Ukraine has been published",
                       "The statement said, in part:\n\n\u201cThe last nuclear weapon removed "
                       "from Ukraine on the resolution of the Russian, US and Ukrainian presidents "
                       "of January 14, 1994, was destroyed late in October 2001.\n",
                       "2001-11-13"),
              (V{"-", "Vladimir Putin"}));
    EXPECT_TRUE(attribution::credit_line("Source - NATO"));
    EXPECT_FALSE(attribution::credit_line("Sources say the talks will resume."));
    EXPECT_FALSE(attribution::reported_lead_in("I would like to say the following:"));
    EXPECT_FALSE(attribution::reported_lead_in("Dear friends:"));
    EXPECT_TRUE(attribution::reported_lead_in("The message reads:"));
}

// The State Department's press statement of 4 May 2023 as republished, its headline ending
// with the author over a text in the first person; a news headline ending `by <office>
// <name>` over a story in the third person names no author.
TEST(StatementFraming, AHeadlineEndingWithItsAuthorOverATextAsINamesTheSpeaker) {
    EXPECT_EQ(speakers("declaration",
                       "Armenia-Azerbaijan Peace Negotiations by U.S. Secretary of State Antony J. "
                       "Blinken",
                       "WASHINGTON, D.C. \u2013 May 4, 2023 \u2014 This week I hosted Azerbaijan "
                       "Foreign Minister Jeyhun Bayramov and Armenia Foreign Minister Ararat "
                       "Mirzoyan for bilateral peace negotiations.\n\nBoth Armenia and Azerbaijan "
                       "agreed in principle to certain terms.\n",
                       "2023-05-04"),
              (V{"Antony Blinken", "Antony Blinken"}));
    EXPECT_EQ(speakers("news", "Strikes on Kyiv condemned by Foreign Minister Dmytro Kuleba",
                       "Russian missiles hit the capital overnight, officials said.\n\n\u201cI "
                       "condemn this barbaric attack,\u201d Kuleba wrote.\n\nRescue teams "
                       "worked through the night.\n"),
              (V{"-", "Dmytro Kuleba", "-"}));
}

// The Office of the President of Ukraine's release of 28 April 2023 as republished: the lead
// names each guest after the office of their country, and the report then calls one of them
// by that office alone (`For his part, the President of the Czech Republic …`).
TEST(StatementFraming, AnOfficeOfAPlaceIsTheOneTheLeadNamedWithIt) {
    EXPECT_EQ(
        speakers("news", "Presidents of Ukraine, the Czech Republic and Slovakia meet in Kyiv",
                 "President of Ukraine Volodymyr Zelenskyy held meetings with President of "
                 "the Czech Republic Petr Pavel and President of the Slovak Republic Zuzana "
                 "\u010caputov\u00e1 in Kyiv on April 28.\n\nFor his part, the President of "
                 "the Czech Republic expressed support for Ukraine and admiration for the "
                 "resolve and grit of the Ukrainian people fighting for their "
                 "independence.\n",
                 "2023-04-28"),
        (V{"-", "Petr Pavel"}));
}

// News.Az's report of 19 February 2019: the agency the lead credits (`…, according to
// Trend.`) is no one who speaks.
TEST(StatementFraming, AnAgencyTheLeadCreditsIsNoSpeaker) {
    EXPECT_EQ(speakers("news", "Ilham Aliyev receives delegation",
                       "President of the Republic of Azerbaijan Ilham Aliyev has received a "
                       "delegation led by the member of the Grand National Assembly of Turkey, "
                       "head of the Turkey-Azerbaijan inter-parliamentary friendship group Samil "
                       "Ayrim, according to Trend.\n",
                       "2019-02-19"),
              (V{"-"}));
}

// whitehouse.gov, 24 April 2025: `Presidential Message on …` names the office by its adjective;
// the President on the text's date (the White House says which country's) wrote it.
TEST(StatementFraming, APresidentialMessageIsThePresidentsOnItsDate) {
    EXPECT_EQ(speakers("declaration", "Presidential Message on Armenian Remembrance Day, 2025",
                       "Today we commemorate the Meds Yeghern, and honor the memories of those "
                       "wonderful souls who suffered in one of the worst disasters of the 20th "
                       "Century.\n\nAs we honor the memory of those lost, my Administration "
                       "remains committed to safeguarding religious freedom and protecting "
                       "vulnerable minorities.\n",
                       "2025-04-24", "The White House"),
              (V{"Donald Trump", "Donald Trump"}));
    // With no publisher to say which country's president, nobody.
    EXPECT_EQ(speakers("declaration", "Presidential Message on Armenian Remembrance Day, 2025",
                       "Today we commemorate the Meds Yeghern.\n", "2025-04-24"),
              (V{"-"}));
}

// Two White House readouts: the President named first with his middle initial, before a
// participle (`…, conveying his interest in …`), and first of three officials who met with
// two ministers, `The President` then carrying the report.
TEST(StatementFraming, AReadoutsOpeningSentenceNamesWhoseCallItReports) {
    EXPECT_EQ(speakers("declaration",
                       "Readout of President Joseph R. Biden, Jr. Call with President Recep "
                       "Tayyip Erdogan of Turkey",
                       "President Joseph R. Biden spoke today with Turkish President Recep Tayyip "
                       "Erdogan, conveying his interest in a constructive bilateral relationship "
                       "with expanded areas of cooperation and effective management of "
                       "disagreements. The leaders agreed to hold a bilateral meeting on the "
                       "margins of the NATO Summit in June to discuss the full range of bilateral "
                       "and regional issues.\n",
                       "2021-04-23", "The White House"),
              (V{"Joe Biden"}));
    EXPECT_EQ(speakers("declaration",
                       "Readout of President Biden\u2019s Meeting with Foreign Minister Kuleba and "
                       "Defense Minister Reznikov of Ukraine",
                       "President Joseph R. Biden, Jr., Secretary of State Antony Blinken, and "
                       "Secretary of Defense Lloyd Austin met with Ukraine\u2019s Foreign Minister "
                       "Dmytro Kuleba and Minister of Defense Oleksii Reznikov for an update on "
                       "Ukraine\u2019s military, diplomatic, and humanitarian situation. The "
                       "President updated the Ministers on U.S. efforts to rally the world in "
                       "support of Ukraine\u2019s fight against Russian aggression. They discussed "
                       "further efforts to help Ukraine defend its territory.\n",
                       "2022-03-26", "The White House"),
              (V{"Joe Biden"}));
    // Outside a readout, a meeting narrated is no one's words.
    EXPECT_EQ(speakers("news", "Leaders meet in Brussels",
                       "President Joseph R. Biden, Jr. met with President Recep Tayyip Erdogan "
                       "on the margins of the summit.\n",
                       "2022-03-24"),
              (V{"-"}));
}

}  // namespace statement_framing_test
