// Who said what in wire stories about the region's politics: capitals and news agencies that
// stand where a speaker goes, verbs that only look like speech, and the ways wire copy gives
// a speaker (`quoted X as saying`, `asked …, X declined`, `according to him`, roles
// resolved through earlier mentions). One row per case, each on a short snippet of a real
// story (tests/data/fresh_news, sources in its SOURCES.md), through build_passages.

#include <gtest/gtest.h>

#include <ostream>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace wire_story_attribution_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Dmitry Peskov
  aliases: [Peskov]
  roles: [Kremlin spokesman]
- name: Matthew Miller
  aliases: []
  roles: []
- name: Antony Blinken
  aliases: [Blinken]
  roles: []
- name: Recep Tayyip Erdoğan
  aliases: [Erdogan, Tayyip Erdogan]
  roles: [Turkish President, Turkey's President]
- name: Gordon Brown
  aliases: [Brown]
  roles: [Chancellor]
- name: Maia Sandu
  aliases: [Sandu]
  roles: [President of Moldova]
)";

std::vector<Passage> passages(const std::string& body) {
    return test::news_passages(kTable, body);
}

// The speaker of the smallest passage holding `snippet` (a quote rather than its paragraph),
// `-` for none.
std::string speaker_of(const std::string& body, const std::string& snippet) {
    return test::snippet_speaker(passages(body), snippet);
}

// One case: in `body`, the passage holding `snippet` is `speaker`'s (`-`: no one's), or, with
// `not_speaker`, anyone's but `speaker`'s.
struct Case {
    const char* name;  // the pattern, then which of its cases; the test's name
    const char* body;
    const char* snippet;
    const char* speaker;
    bool not_speaker = false;
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.name << " (\"" << c.snippet << "\")"; }

constexpr const char* kZelenskyAccordingToUkrinform =
    "Ukrainian President Volodymyr Zelensky stated this in his nightly video address, "
    "according to Ukrinform.";
constexpr const char* kZakharovaQuotedAsSaying =
    "\"Baku and Yerevan have confirmed their participation,\" AFP quoted Russian ministry "
    "spokeswoman Maria Zakharova as saying. The preparations were underway, she said.";
constexpr const char* kHajiyevJustQuoted =
    "Pashinian said later on Friday that they agreed to stop ceasefire violations.\n\n"
    "Aliyev's top foreign policy aide, Hikmet Hajiyev, said nothing about these "
    "understandings when he commented on the Dushanbe contact on Monday, repeating the "
    "official line that the continuing Armenian \"occupation of Azerbaijani lands\" is "
    "the main cause of recurrent armed incidents.\n\n"
    "In an interview with the Trend news agency, Hajiyev also said the conversation "
    "showed that Azerbaijan and Armenia remain the main negotiating parties.\n\n"
    "\"We assess that positively,\" added the Azerbaijani official.";
constexpr const char* kZakharovaForTheMinistry =
    "Russian Foreign Minister Sergey Lavrov is intensively conducting the talks to induce "
    "all parties to cease fire, Spokesperson for the Russian Foreign Ministry Maria "
    "Zakharova told TASS.\n\n"
    "\"In connection with the aggravation of the situation, Lavrov is intensively "
    "conducting the talks to induce the parties to cease fire,\" she added.";

const Case kCases[] = {
    // A capital written for its government, or a news agency, is no speaker.
    {"CapitalsAndAgenciesAreNoSpeakers_Capital",
     "Moscow has repeatedly said that it was ready to return to the deal \"immediately\" "
     "once an accompanying agreement concerning Russia was implemented.",
     "Moscow has repeatedly said", "-"},
    {"CapitalsAndAgenciesAreNoSpeakers_Agency", kZelenskyAccordingToUkrinform,
     "nightly video address", "Ukrinform", true},
    // `continues to`, `is continuing its`: going on with something, not speaking.
    {"ContinuingIsNotSpeaking_ContinuesTo",
     "Washington continues to support the efforts of Armenia and Azerbaijan to reach a "
     "durable and dignified peace agreement, Spokesperson for the U.S. Department of "
     "State, Matthew Miller told a briefing on Monday, September 16.",
     "Washington continues", "Matthew Miller"},
    {"ContinuingIsNotSpeaking_IsContinuingIts",
     "Meanwhile, Russia is continuing its \"special military operation\" in Ukraine \"to "
     "achieve the aims that it had from the start,\" Peskov added.",
     "to achieve the aims", "Dmitry Peskov"},
    // `AFP quoted … Maria Zakharova as saying`: the one quoted is the speaker (VOA News).
    {"QuotedAsSayingGivesTheOneQuoted_Quote", kZakharovaQuotedAsSaying,
     "confirmed their participation", "Maria Zakharova"},
    {"QuotedAsSayingGivesTheOneQuoted_PronounAfter", kZakharovaQuotedAsSaying,
     "The preparations were underway", "Maria Zakharova"},
    {"QuotedAsSayingGivesTheOneQuoted_Narration",
     "The Russian RIA Novosti news agency quoted Aliyev as saying in Davos earlier on "
     "Tuesday that his previous conversations with Pashinian were \"useful.\"",
     "news agency quoted", "Aliyev"},
    // `voiced concerns`, `expressed his alignment`: reported speech like `said`.
    {"VoicingAConcernIsReportedSpeech",
     "Turkish President Recep Tayyip Erdogan has repeatedly voiced concerns over Sweden's "
     "entry into NATO.",
     "voiced concerns", "Recep Tayyip Erdoğan"},
    // `According to him, …` is the words of the person `him` stands for; `according to` an
    // agency leaves the sentence to the person it names.
    {"AccordingToAPronounOrAnAgency_Pronoun",
     "Earlier, Armenian Prime Minister Nikol Pashinyan said his country was ready for "
     "peace talks.\n\nAccording to him, the people of Nagorno-Karabakh are \"on the brink "
     "of a humanitarian catastrophe\" - Yerevan accuses Baku of continuous shelling.",
     "According to him", "Nikol Pashinyan"},
    {"AccordingToAPronounOrAnAgency_Agency", kZelenskyAccordingToUkrinform,
     "nightly video address", "Volodymyr Zelensky"},
    // `Blinken Wednesday announced …`: the day is no part of the name (VOA News).
    {"ADayBeforeTheVerbIsNoPartOfTheName",
     "U.S. Secretary of State Antony Blinken visited a Ukrainian border guard site on the "
     "outskirts of Kyiv Thursday.\n\nBlinken Wednesday announced $1 billion in new U.S. aid "
     "for Ukraine, with $175 million in security aid.",
     "announced $1 billion", "Antony Blinken"},
    // `Asked …, Peskov declined to comment.`: the answer is the one asked's (VOA News; The
    // Moscow Times).
    {"AnAskedOpeningGivesTheAnswerToTheOneAsked_Optimistic",
     "U.S. Secretary of State Antony Blinken visited a Ukrainian border guard site on the "
     "outskirts of Kyiv Thursday.\n\nAsked whether he is concerned about sustaining support "
     "for that level of U.S. aid among American citizens and lawmakers, Blinken was "
     "optimistic.",
     "Asked whether he is concerned", "Antony Blinken"},
    {"AnAskedOpeningGivesTheAnswerToTheOneAsked_Declined",
     "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday.\n\nAsked if Russia "
     "was ready to compromise on any of its own proposals for an end to the war in "
     "Ukraine, Peskov declined to comment.",
     "Asked if Russia was ready", "Dmitry Peskov"},
    // `Hikmet Hajiyev said nothing … when he commented …`: a sentence that has a named person
    // speak is about them for its later pronouns; `added the Azerbaijani official` is the
    // official just quoted (RFE/RL). An official the story has not quoted stays unnamed.
    {"TheOfficialJustQuoted_Named", kHajiyevJustQuoted,
     "said nothing about these understandings", "Hikmet Hajiyev"},
    {"TheOfficialJustQuoted_TheOfficial", kHajiyevJustQuoted, "We assess that positively",
     "Hikmet Hajiyev"},
    {"TheOfficialJustQuoted_NotQuotedBefore",
     "\"We assess that positively,\" said an Azerbaijani official.", "We assess", "-"},
    // `Turkey's president Tuesday told …`: a country's possessive before an office names the
    // office, resolved through the speaker table's roles (Rudaw).
    {"ACountrysOfficeIsItsHolder",
     "ISTANBUL, Turkey - Turkey's president Tuesday told his Russian counterpart he was "
     "\"confident\" the issue of grain exports from Ukraine could be resolved.",
     "told his Russian counterpart", "Recep Tayyip Erdoğan"},
    // `Erdoğan on Aug. 4 expressed …`, `Peskov on Monday told …`: a date between the subject
    // and its verb (Hürriyet Daily News).
    {"ADateBetweenTheSubjectAndTheVerb_Date",
     "In the meantime, Erdoğan on Aug. 4 expressed his alignment with Russia regarding its "
     "offer to provide free grain to African countries.",
     "expressed his alignment", "Recep Tayyip Erdoğan"},
    {"ADateBetweenTheSubjectAndTheVerb_Weekday",
     "Kremlin spokesman Dmitry Peskov on Monday told reporters that no date had been set.",
     "no date had been set", "Dmitry Peskov"},
    // `America's top diplomat told …`: the one foreign minister or secretary of state the
    // story names (Turan).
    {"TheTopDiplomatIsTheForeignMinisterNamed",
     "State Department's spokesperson Matthew Miller told a daily briefing about Secretary "
     "of State Antony Blinken's meeting with Azerbaijani and Armenian counterparts.\n\n"
     "America's top diplomat told ministers Jeyhun Bayramov and Ararat Mirzoyan that he "
     "wanted to see \"what more the United States can do to be helpful in helping you "
     "reach an agreement.\"",
     "what more the United States", "Antony Blinken"},
    // `The Head of State stressed`, capitalised: the office of the president named before,
    // not someone called State (News-Pravda).
    {"TheCapitalisedHeadOfStateIsThePresident",
     "Russian President Vladimir Putin said that Moscow has never refused peace talks with "
     "Ukraine. The Head of State stressed that military actions are always a tragedy.",
     "never refused peace talks", "Vladimir Putin"},
    // `According to him, … - Yerevan accuses Baku … Azerbaijan has claimed …`: the countries
    // that speak in the paragraph leave it to the person who does (Novinite).
    {"ACountrySpeakingLeavesTheParagraphToThePerson",
     "Earlier, Armenian Prime Minister Nikol Pashinyan said his country was ready for "
     "peace talks.\n\nAccording to him, the people of Nagorno-Karabakh are \"on the brink "
     "of a humanitarian catastrophe\" - Yerevan accuses Baku of continuous shelling of the "
     "capital, Stepanakert. Azerbaijan has claimed that Armenian attacks hit major cities "
     "in the country.",
     "According to him", "Nikol Pashinyan"},
    // `…," the minister of the occupying country said.`: the office before `of` speaks,
    // resolved through the earlier mention (Censor.NET).
    {"AnOfficeOfSomewhereIsTheOfficeHolder",
     "Russian Foreign Minister Sergey Lavrov insists that Ukraine should not join NATO.\n\n"
     "\"The task will be fulfilled. We insist on what is our legitimate demand,\" the "
     "minister of the occupying country said.",
     "The task will be fulfilled", "Sergey Lavrov"},
    // `this was said by Vedant Patel`, `This was stated by the Kremlin spokesman`: the
    // passive's agent is the speaker (Axar.az; Public Radio of Armenia).
    {"APassiveSaidByGivesItsAgent_Name",
     "Axar.az reports that this was said by Vedant Patel, the first deputy press secretary "
     "of the US State Department.",
     "reports that this was said", "Vedant Patel"},
    {"APassiveSaidByGivesItsAgent_Role",
     "Armenia remains Russia's ally, a close state. This was stated by the Kremlin "
     "spokesman, stressing that there are more Armenians living in Russia than in Armenia.",
     "Armenia remains Russia's ally", "Dmitry Peskov"},
    // `Spokesperson for the Russian Foreign Ministry Maria Zakharova told TASS`: the body's
    // name is her office, not part of her name; and `she` is her, not the minister the
    // sentence opened with (AzVision.az).
    {"ABodysNameBeforeAPersonIsTheirOffice_Name", kZakharovaForTheMinistry,
     "Lavrov is intensively conducting the talks to induce all", "Maria Zakharova"},
    {"ABodysNameBeforeAPersonIsTheirOffice_She", kZakharovaForTheMinistry,
     "In connection with the aggravation", "Maria Zakharova"},
    // `The Special Medical Battalion said:`: a military unit is a body, no speaker.
    {"AMilitaryUnitIsNoSpeaker",
     "The Special Medical Battalion said: \"We evacuated 40 people.\"",
     "We evacuated 40 people", "-"},
    // `said Deputy Minister of Foreign Affairs Elvira Stanek`: the office and what it is of
    // come before the name after the verb.
    {"AnOfficeOfABodyBeforeTheNameAfterTheVerb",
     "\"The deal is good for Europe,\" said Deputy Minister of Foreign Affairs Elvira "
     "Stanek.",
     "The deal is good", "Elvira Stanek"},
    // `YEREVAN, April 13. /TASS/. …, Mirzoyan announced …`: the dateline is not the opening
    // sentence that makes a first paragraph narration (TASS).
    {"ADatelineIsNotTheOpeningSentence",
     "YEREVAN, April 13. /TASS/. Armenian Foreign Minister Ararat Mirzoyan and Foreign "
     "Minister of Azerbaijan Jeyhun Bayramov discussed a potential peace treaty during a "
     "phone call Wednesday, Mirzoyan announced in the Parliament Wednesday.",
     "discussed a potential peace treaty", "Ararat Mirzoyan"},
    // `He went on to say …`: the one who went on speaks (Anadolu Agency).
    {"WentOnToSayIsSpeech",
     "New NATO Secretary General Mark Rutte on Thursday visited Kyiv.\n\n"
     "He went on to say they know this support is urgently needed by Ukraine.",
     "He went on to say", "Mark Rutte"},
    // `The Chancellor of Germany posed …` (Putin at a Kremlin news conference): an office of
    // a place is that place's, not whoever the table makes `Chancellor`; `The President of
    // Azerbaijan … appreciated` (president.az, here of Moldova) is the table's holder of it.
    {"AnOfficeOfAPlaceIsThatPlacesOffice_AfterAPhrase",
     "At one time, the Chancellor of Germany posed the following question. She said, "
     "\"Are you really ready to help us with this?\"",
     "Are you really ready", "Gordon Brown", true},
    {"AnOfficeOfAPlaceIsThatPlacesOffice_Opening",
     "The Chancellor of Germany posed the following question. She said, "
     "\"Are you really ready to help us with this?\"",
     "Are you really ready", "Gordon Brown", true},
    {"AnOfficeOfAPlaceIsThatPlacesOffice_TheTablesHolder",
     "The President of Moldova once again appreciated the strong moral "
     "and political support of the European Union.",
     "once again appreciated", "Maia Sandu"},
};

}  // namespace

class WireStorySpeaker : public testing::TestWithParam<Case> {};

TEST_P(WireStorySpeaker, IsTheOneExpected) {
    const auto& c = GetParam();
    const auto speaker = speaker_of(c.body, c.snippet);
    if (c.not_speaker)
        EXPECT_NE(speaker, c.speaker) << "in: " << c.body;
    else
        EXPECT_EQ(speaker, c.speaker) << "in: " << c.body;
}

INSTANTIATE_TEST_SUITE_P(WireStories, WireStorySpeaker, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) {
                             return std::string(info.param.name);
                         });

// A quotation running over two paragraphs, attributed before them: the paragraph it fills is
// the speaker's too (PanARMENIAN.Net).
TEST(WireStories, AParagraphAQuotationFillsIsItsSpeakers) {
    const std::string body =
        "\"Obviously we always look for opportunities to convene the foreign ministers,\" "
        "Miller said when asked about a meeting.\n\n"
        "\"We continue to support the efforts of both countries to reach a durable and "
        "dignified peace agreement.\n\n"
        "\"They have made significant progress towards finalizing a peace agreement.\"";
    const auto all = passages(body);
    bool found = false;
    for (const auto& p : all)
        if (p.kind == PassageKind::paragraph && p.text.starts_with("\"We continue")) {
            found = true;
            EXPECT_EQ(p.speaker.value_or("-"), "Matthew Miller");
        }
    EXPECT_TRUE(found);
}

// `Pashinian’s statement said`: a typographic apostrophe's possessive is cut whole, not in
// the middle of its character (after RFE/RL's `A short statement by Pashinian’s office said`;
// an office's words are its staff's, so the person's own statement shows the cut).
TEST(WireStories, ATypographicPossessiveIsCutWhole) {
    const std::string body =
        "Pashinian\u2019s statement said they \u201cexchanged views\u201d on the "
        "current state of the Karabakh negotiation process.";
    std::size_t quotes = 0;
    for (const auto& p : passages(body)) {
        if (p.kind != PassageKind::quote) continue;
        ++quotes;
        EXPECT_EQ(p.evidence, "the name 'Pashinian' before the quote");
    }
    EXPECT_EQ(quotes, 1u);
}

}  // namespace wire_story_attribution_test
