// Who said what in wire stories about the region's politics: capitals and news agencies that
// stand where a speaker goes, verbs that only look like speech, and the ways wire copy gives
// a speaker (`quoted X as saying`, `asked …, X declined`, `according to him`, roles
// resolved through earlier mentions). One test per pattern, each on a short snippet of a
// real story (tests/data/fresh_news, sources in its SOURCES.md), through build_passages.

#include <gtest/gtest.h>

#include "passage_builder.hpp"
#include "snippet_passages.hpp"

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
    Article a;
    a.id = "t";
    a.kind = "news";
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse(kTable, "t.yaml"), TopicTagger()};
    return build_passages(a, tables);
}

// The speaker of the smallest passage holding `snippet` (a quote rather than its paragraph),
// `-` for none.
std::string speaker_of(const std::string& body, const std::string& snippet) {
    return test::speaker_shown(test::passage_with(passages(body), test::squeezed(snippet)));
}

}  // namespace

// A capital written for its government, or a news agency, is no speaker.
TEST(WireStories, CapitalsAndAgenciesAreNoSpeakers) {
    const std::string body =
        "Moscow has repeatedly said that it was ready to return to the deal \"immediately\" "
        "once an accompanying agreement concerning Russia was implemented.";
    EXPECT_EQ(speaker_of(body, "Moscow has repeatedly said"), "-");
    const std::string agency =
        "Ukrainian President Volodymyr Zelensky stated this in his nightly video address, "
        "according to Ukrinform.";
    EXPECT_NE(speaker_of(agency, "nightly video address"), "Ukrinform");
}

// `continues to`, `is continuing its`: going on with something, not speaking.
TEST(WireStories, ContinuingIsNotSpeaking) {
    const std::string body =
        "Washington continues to support the efforts of Armenia and Azerbaijan to reach a "
        "durable and dignified peace agreement, Spokesperson for the U.S. Department of "
        "State, Matthew Miller told a briefing on Monday, September 16.";
    EXPECT_EQ(speaker_of(body, "Washington continues"), "Matthew Miller");
    const std::string quote =
        "Meanwhile, Russia is continuing its \"special military operation\" in Ukraine \"to "
        "achieve the aims that it had from the start,\" Peskov added.";
    EXPECT_EQ(speaker_of(quote, "to achieve the aims"), "Dmitry Peskov");
}

// `AFP quoted … Maria Zakharova as saying`: the one quoted is the speaker (VOA News).
TEST(WireStories, QuotedAsSayingGivesTheOneQuoted) {
    const std::string body =
        "\"Baku and Yerevan have confirmed their participation,\" AFP quoted Russian ministry "
        "spokeswoman Maria Zakharova as saying. The preparations were underway, she said.";
    EXPECT_EQ(speaker_of(body, "confirmed their participation"), "Maria Zakharova");
    EXPECT_EQ(speaker_of(body, "The preparations were underway"), "Maria Zakharova");
    const std::string narration =
        "The Russian RIA Novosti news agency quoted Aliyev as saying in Davos earlier on "
        "Tuesday that his previous conversations with Pashinian were \"useful.\"";
    EXPECT_EQ(speaker_of(narration, "news agency quoted"), "Aliyev");
}

// `voiced concerns`, `expressed his alignment`: reported speech like `said`.
TEST(WireStories, VoicingAConcernIsReportedSpeech) {
    const std::string body =
        "Turkish President Recep Tayyip Erdogan has repeatedly voiced concerns over Sweden's "
        "entry into NATO.";
    EXPECT_EQ(speaker_of(body, "voiced concerns"), "Recep Tayyip Erdoğan");
}

// `According to him, …` is the words of the person `him` stands for; `according to` an
// agency leaves the sentence to the person it names.
TEST(WireStories, AccordingToAPronounOrAnAgency) {
    const std::string body =
        "Earlier, Armenian Prime Minister Nikol Pashinyan said his country was ready for "
        "peace talks.\n\nAccording to him, the people of Nagorno-Karabakh are \"on the brink "
        "of a humanitarian catastrophe\" - Yerevan accuses Baku of continuous shelling.";
    EXPECT_EQ(speaker_of(body, "According to him"), "Nikol Pashinyan");
    const std::string agency =
        "Ukrainian President Volodymyr Zelensky stated this in his nightly video address, "
        "according to Ukrinform.";
    EXPECT_EQ(speaker_of(agency, "nightly video address"), "Volodymyr Zelensky");
}

// `Blinken Wednesday announced …`: the day is no part of the name (VOA News).
TEST(WireStories, ADayBeforeTheVerbIsNoPartOfTheName) {
    const std::string body =
        "U.S. Secretary of State Antony Blinken visited a Ukrainian border guard site on the "
        "outskirts of Kyiv Thursday.\n\nBlinken Wednesday announced $1 billion in new U.S. aid for Ukraine, with $175 "
        "million in security aid.";
    EXPECT_EQ(speaker_of(body, "announced $1 billion"), "Antony Blinken");
}

// `Asked …, Peskov declined to comment.`: the answer is the one asked's (VOA News; The
// Moscow Times).
TEST(WireStories, AnAskedOpeningGivesTheAnswerToTheOneAsked) {
    const std::string body =
        "U.S. Secretary of State Antony Blinken visited a Ukrainian border guard site on the "
        "outskirts of Kyiv Thursday.\n\nAsked whether he is concerned about sustaining support for that level of U.S. aid "
        "among American citizens and lawmakers, Blinken was optimistic.";
    EXPECT_EQ(speaker_of(body, "Asked whether he is concerned"), "Antony Blinken");
    const std::string declined =
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday.\n\nAsked if Russia "
        "was ready to compromise on any of its own proposals for an end to the war in "
        "Ukraine, Peskov declined to comment.";
    EXPECT_EQ(speaker_of(declined, "Asked if Russia was ready"), "Dmitry Peskov");
}

// `Hikmet Hajiyev said nothing … when he commented …`: a sentence that has a named person
// speak is about them for its later pronouns; `added the Azerbaijani official` is the
// official just quoted (RFE/RL).
TEST(WireStories, TheOfficialJustQuoted) {
    const std::string body =
        "Pashinian said later on Friday that they agreed to stop ceasefire violations.\n\n"
        "Aliyev's top foreign policy aide, Hikmet Hajiyev, said nothing about these "
        "understandings when he commented on the Dushanbe contact on Monday, repeating the "
        "official line that the continuing Armenian \"occupation of Azerbaijani lands\" is "
        "the main cause of recurrent armed incidents.\n\n"
        "In an interview with the Trend news agency, Hajiyev also said the conversation "
        "showed that Azerbaijan and Armenia remain the main negotiating parties.\n\n"
        "\"We assess that positively,\" added the Azerbaijani official.";
    EXPECT_EQ(speaker_of(body, "said nothing about these understandings"), "Hikmet Hajiyev");
    EXPECT_EQ(speaker_of(body, "We assess that positively"), "Hikmet Hajiyev");
    // An official the story has not quoted stays unnamed.
    EXPECT_EQ(speaker_of("\"We assess that positively,\" said an Azerbaijani official.",
                         "We assess"),
              "-");
}

// `Turkey's president Tuesday told …`: a country's possessive before an office names the
// office, resolved through the speaker table's roles (Rudaw).
TEST(WireStories, ACountrysOfficeIsItsHolder) {
    const std::string body =
        "ISTANBUL, Turkey - Turkey's president Tuesday told his Russian counterpart he was "
        "\"confident\" the issue of grain exports from Ukraine could be resolved.";
    EXPECT_EQ(speaker_of(body, "told his Russian counterpart"), "Recep Tayyip Erdoğan");
}

// `Erdoğan on Aug. 4 expressed …`, `Peskov on Monday told …`: a date between the subject and
// its verb (Hürriyet Daily News).
TEST(WireStories, ADateBetweenTheSubjectAndTheVerb) {
    const std::string body =
        "In the meantime, Erdoğan on Aug. 4 expressed his alignment with Russia regarding its "
        "offer to provide free grain to African countries.";
    EXPECT_EQ(speaker_of(body, "expressed his alignment"), "Recep Tayyip Erdoğan");
    const std::string weekday =
        "Kremlin spokesman Dmitry Peskov on Monday told reporters that no date had been set.";
    EXPECT_EQ(speaker_of(weekday, "no date had been set"), "Dmitry Peskov");
}

// `America's top diplomat told …`: the one foreign minister or secretary of state the story
// names (Turan).
TEST(WireStories, TheTopDiplomatIsTheForeignMinisterNamed) {
    const std::string body =
        "State Department's spokesperson Matthew Miller told a daily briefing about Secretary "
        "of State Antony Blinken's meeting with Azerbaijani and Armenian counterparts.\n\n"
        "America's top diplomat told ministers Jeyhun Bayramov and Ararat Mirzoyan that he "
        "wanted to see \"what more the United States can do to be helpful in helping you "
        "reach an agreement.\"";
    EXPECT_EQ(speaker_of(body, "what more the United States"), "Antony Blinken");
}

// `The Head of State stressed`, capitalised: the office of the president named before, not
// someone called State (News-Pravda).
TEST(WireStories, TheCapitalisedHeadOfStateIsThePresident) {
    const std::string body =
        "Russian President Vladimir Putin said that Moscow has never refused peace talks with "
        "Ukraine. The Head of State stressed that military actions are always a tragedy.";
    EXPECT_EQ(speaker_of(body, "never refused peace talks"), "Vladimir Putin");
}

// `According to him, … - Yerevan accuses Baku … Azerbaijan has claimed …`: the countries
// that speak in the paragraph leave it to the person who does (Novinite).
TEST(WireStories, ACountrySpeakingLeavesTheParagraphToThePerson) {
    const std::string body =
        "Earlier, Armenian Prime Minister Nikol Pashinyan said his country was ready for "
        "peace talks.\n\nAccording to him, the people of Nagorno-Karabakh are \"on the brink "
        "of a humanitarian catastrophe\" - Yerevan accuses Baku of continuous shelling of the "
        "capital, Stepanakert. Azerbaijan has claimed that Armenian attacks hit major cities "
        "in the country.";
    EXPECT_EQ(speaker_of(body, "According to him"), "Nikol Pashinyan");
}

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

// `Pashinian’s office said`: a typographic apostrophe's possessive is cut whole, not in the
// middle of its character (RFE/RL).
TEST(WireStories, ATypographicPossessiveIsCutWhole) {
    const std::string body =
        "A short statement by Pashinian\u2019s office said they \u201cexchanged views\u201d on the "
        "current state of the Karabakh negotiation process.";
    std::size_t quotes = 0;
    for (const auto& p : passages(body)) {
        if (p.kind != PassageKind::quote) continue;
        ++quotes;
        EXPECT_EQ(p.evidence, "the name 'Pashinian' before the quote");
    }
    EXPECT_EQ(quotes, 1u);
}

// `…," the minister of the occupying country said.`: the office before `of` speaks, resolved
// through the earlier mention (Censor.NET).
TEST(WireStories, AnOfficeOfSomewhereIsTheOfficeHolder) {
    const std::string body =
        "Russian Foreign Minister Sergey Lavrov insists that Ukraine should not join NATO.\n\n"
        "\"The task will be fulfilled. We insist on what is our legitimate demand,\" the "
        "minister of the occupying country said.";
    EXPECT_EQ(speaker_of(body, "The task will be fulfilled"), "Sergey Lavrov");
}

// `this was said by Vedant Patel`, `This was stated by the Kremlin spokesman`: the passive's
// agent is the speaker (Axar.az; Public Radio of Armenia).
TEST(WireStories, APassiveSaidByGivesItsAgent) {
    const std::string body =
        "Axar.az reports that this was said by Vedant Patel, the first deputy press secretary "
        "of the US State Department.";
    EXPECT_EQ(speaker_of(body, "reports that this was said"), "Vedant Patel");
    const std::string role =
        "Armenia remains Russia's ally, a close state. This was stated by the Kremlin "
        "spokesman, stressing that there are more Armenians living in Russia than in Armenia.";
    EXPECT_EQ(speaker_of(role, "Armenia remains Russia's ally"), "Dmitry Peskov");
}

// `Spokesperson for the Russian Foreign Ministry Maria Zakharova told TASS`: the body's name
// is her office, not part of her name; and `she` is her, not the minister the sentence
// opened with (AzVision.az).
TEST(WireStories, ABodysNameBeforeAPersonIsTheirOffice) {
    const std::string body =
        "Russian Foreign Minister Sergey Lavrov is intensively conducting the talks to induce "
        "all parties to cease fire, Spokesperson for the Russian Foreign Ministry Maria "
        "Zakharova told TASS.\n\n"
        "\"In connection with the aggravation of the situation, Lavrov is intensively "
        "conducting the talks to induce the parties to cease fire,\" she added.";
    EXPECT_EQ(speaker_of(body, "Lavrov is intensively conducting the talks to induce all"),
              "Maria Zakharova");
    EXPECT_EQ(speaker_of(body, "In connection with the aggravation"), "Maria Zakharova");
}

// `The Special Medical Battalion said:`: a military unit is a body, no speaker.
TEST(WireStories, AMilitaryUnitIsNoSpeaker) {
    const std::string body = "The Special Medical Battalion said: \"We evacuated 40 people.\"";
    EXPECT_EQ(speaker_of(body, "We evacuated 40 people"), "-");
}

// `said Deputy Minister of Foreign Affairs Elvira Stanek`: the office and what it is of come
// before the name after the verb.
TEST(WireStories, AnOfficeOfABodyBeforeTheNameAfterTheVerb) {
    const std::string body =
        "\"The deal is good for Europe,\" said Deputy Minister of Foreign Affairs Elvira "
        "Stanek.";
    EXPECT_EQ(speaker_of(body, "The deal is good"), "Elvira Stanek");
}

// `YEREVAN, April 13. /TASS/. …, Mirzoyan announced …`: the dateline is not the opening
// sentence that makes a first paragraph narration (TASS).
TEST(WireStories, ADatelineIsNotTheOpeningSentence) {
    const std::string body =
        "YEREVAN, April 13. /TASS/. Armenian Foreign Minister Ararat Mirzoyan and Foreign "
        "Minister of Azerbaijan Jeyhun Bayramov discussed a potential peace treaty during a "
        "phone call Wednesday, Mirzoyan announced in the Parliament Wednesday.";
    EXPECT_EQ(speaker_of(body, "discussed a potential peace treaty"), "Ararat Mirzoyan");
}

// `He went on to say …`: the one who went on speaks (Anadolu Agency).
TEST(WireStories, WentOnToSayIsSpeech) {
    const std::string body =
        "New NATO Secretary General Mark Rutte on Thursday visited Kyiv.\n\n"
        "He went on to say they know this support is urgently needed by Ukraine.";
    EXPECT_EQ(speaker_of(body, "He went on to say"), "Mark Rutte");
}

// `The Chancellor of Germany posed …` (Putin at a Kremlin news conference): an office of a
// place is that place's, not whoever the table makes `Chancellor`; `The President of
// Azerbaijan … appreciated` (president.az, here of Moldova) is the table's holder of it.
TEST(WireStories, AnOfficeOfAPlaceIsThatPlacesOffice) {
    const std::string body =
        "At one time, the Chancellor of Germany posed the following question. She said, "
        "\"Are you really ready to help us with this?\"";
    EXPECT_NE(speaker_of(body, "Are you really ready"), "Gordon Brown");
    EXPECT_NE(speaker_of("The Chancellor of Germany posed the following question. She said, "
                         "\"Are you really ready to help us with this?\"",
                         "Are you really ready"),
              "Gordon Brown");
    EXPECT_EQ(speaker_of("The President of Moldova once again appreciated the strong moral "
                         "and political support of the European Union.",
                         "once again appreciated"),
              "Maia Sandu");
}
