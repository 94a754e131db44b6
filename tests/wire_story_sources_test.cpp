// Which source a wire story names, where the words around the name mislead: a place after
// `officials in` or `the official in` (no speaker), `This was announced by X` after the news
// it announces, `X mentioned that …` and `In a speech …, X highlighted …` as speech, a body's
// acronym before a person's name (`the Russian MFA Maria Zakharova`), `X, who …, also did not
// say …`, `The latter` for the person named last, a three-word name after its office, a
// person's words quoted inside a ministry's attribution (`X "stressed …", the ministry
// added`), `X's office said` (the office's, not X's), `As he noted` after `…, X said.` and
// `His comments came after …` (narration), and in one table (`FormsOfAttribution`) more
// forms: manner adverbs, `blasted`, `cited … as`, `did not rule out`, `This
// was stated by` an office ending in a name, `- added X.` on its own line, a journalist asking,
// `When asked …`, `Question - `/`Answer - ` lines. Each on a short snippet of a real story
// (tests/data/fresh_news, sources in its SOURCES.md), through build_passages.

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace wire_story_sources_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Recep Tayyip Erdoğan
  aliases: [Erdogan, Erdoğan, Tayyip Erdogan]
  roles: [Turkish President]
- name: Volodymyr Zelensky
  aliases: [Zelensky, Zelenskyy, Zelenskiy, Volodymyr Zelenskyy, Volodymyr Zelenskiy]
  roles: [Ukrainian President]
- name: Serhii Nykyforov
  aliases: [Nykyforov, Serhiy Nykyforov]
  roles: []
- name: Andriy Yermak
  aliases: [Yermak]
  roles: []
- name: Maria Zakharova
  aliases: [Zakharova]
  roles: []
- name: Jeyhun Bayramov
  aliases: [Bayramov]
  roles: [Azerbaijani Foreign Minister]
- name: Dmitry Peskov
  aliases: [Peskov]
  roles: [Kremlin spokesman]
- name: Ararat Mirzoyan
  aliases: [Mirzoyan]
  roles: [Armenian Foreign Minister]
- name: Shalva Papuashvili
  aliases: [Papuashvili]
  roles: []
- name: Mykhailo Podolyak
  aliases: [Podolyak, Mykhaylo Podolyak]
  roles: []
- name: Andrii Sybiha
  aliases: [Sybiha, Andriy Sybiha]
  roles: [Ukrainian Foreign Minister]
- name: Hakan Fidan
  aliases: [Fidan]
  roles: [Turkish Foreign Minister]
- name: Nikol Pashinyan
  aliases: [Pashinyan]
  roles: [Armenian Prime Minister]
- name: Ilham Aliyev
  aliases: [Aliyev]
  roles: [Azerbaijani President]
)";

std::vector<Passage> passages(const std::string& body) {
    return test::news_passages(kTable, body);
}

// The speaker of the smallest passage holding `snippet`, `-` for none.
std::string speaker_of(const std::string& body, const std::string& snippet) {
    return test::snippet_speaker(passages(body), snippet);
}

}  // namespace

// `the top Russia-installed official in Russian-controlled Zaporizhzhia said`: the place the
// official is in names no one; the official is never named.
TEST(WireStorySources, OfficialInAPlaceIsNotThePlace) {
    const std::string body =
        "In southern Ukraine, the top Russia-installed official in Russian-controlled "
        "Zaporizhzhia said Thursday that a Ukrainian drone attack killed two people in a "
        "village southeast of Zaporizhzhia.";
    EXPECT_EQ(speaker_of(body, "a Ukrainian drone attack killed two people"), "-");
}

// `Regional officials in Kharkiv say …`: officials of a place speak, not the place.
TEST(WireStorySources, OfficialsInAPlaceAreNoPerson) {
    const std::string body =
        "Regional officials in Kharkiv say a Russian guided aerial bomb struck a 12-story "
        "residential building in the early morning hours Friday. They said the bomb struck the "
        "first three floors.";
    EXPECT_EQ(speaker_of(body, "guided aerial bomb struck"), "-");
}

// `This was announced by President X in his evening address.`: the news the sentence before
// gives is X's announcement.
TEST(WireStorySources, ThisWasAnnouncedByAPerson) {
    const std::string body =
        "The head of the presidential office, Andriy Yermak, who was subjected to NABU and SAP "
        "searches earlier this morning, submitted his resignation. This was announced by "
        "President Volodymyr Zelensky in his evening address.";
    EXPECT_EQ(speaker_of(body, "submitted his resignation"), "Volodymyr Zelensky");
}

// `X mentioned that …`: a point put in a clause is said.
TEST(WireStorySources, MentionedThatIsSpeech) {
    const std::string body =
        "Zakharova mentioned that if the Armenian side had not obstructed the process, the "
        "CSTO mission could have effectively operated on the ground in Armenia.";
    EXPECT_EQ(speaker_of(body, "had not obstructed the process"), "Maria Zakharova");
}

// `In a speech late Tuesday, X highlighted …`: what a speech highlighted is said.
TEST(WireStorySources, HighlightedInASpeechIsSpeech) {
    const std::string body =
        "In a speech late Tuesday, Zelenskyy highlighted Russia’s attacks Monday that utilized "
        "40 missiles and struck a children’s hospital in Kyiv.";
    EXPECT_EQ(speaker_of(body, "utilized 40 missiles"), "Volodymyr Zelensky");
}

// `official representative of the Russian MFA Maria Zakharova said`: a body's acronym (and
// its nationality) before a name is the person's office, so the name is a person's, a woman's
// by her first name, whom `She added` after her quote means.
TEST(WireStorySources, BodyAcronymBeforeANameIsAnOffice) {
    const std::string body =
        "YEREVAN, JUNE 17, ARMENPRESS. The Russian Foreign Ministry thinks it’s not the right "
        "thing to relate issues connected with Nagorno Karabakh with the relations of Armenia "
        "or Azerbaijan with third countries, ARMENPRESS reports official representative of the "
        "Russian MFA Maria Zakharova said in a briefing, referring to the declarations signed "
        "in Shushi between Azerbaijan and Turkey.\n\n"
        "‘’We believe the bilateral relations in the region, including in the direction of "
        "military cooperation, should not be directed against other countries’’, Zakharova "
        "said.\n\n"
        "She added that Russia confidently supports the steps aimed at the restoration of "
        "dialogue between Yerevan – Baku and Yerevan-Ankara.";
    EXPECT_EQ(speaker_of(body, "should not be directed against"), "Maria Zakharova");
    EXPECT_EQ(speaker_of(body, "She added that Russia"), "Maria Zakharova");
}

// `Peskov, who was speaking to reporters, also did not say where …`: a relative clause
// between the subject and a negated verb of speech; the answer is still his.
TEST(WireStorySources, RelativeClauseBeforeANegatedVerb) {
    const std::string body =
        "Kremlin spokesman Dmitry Peskov said on Friday that there was “an understanding” that "
        "the presidents of Turkiye and Russia would meet soon.\n\n"
        "Turkiye President Tayyip Erdogan has invited Russia’s President Vladimir Putin to "
        "visit.\n\n"
        "Peskov, who was speaking to reporters, also did not say where the leaders were "
        "expected to meet.";
    EXPECT_EQ(speaker_of(body, "also did not say where"), "Dmitry Peskov");
}

// `… the resignation of Prime Minister Nikol Pashinyan.` then `The latter also indicated last
// week that …`: the person named last, not the story's last speaker.
TEST(WireStorySources, TheLatterIsThePersonNamedLast) {
    const std::string body =
        "“We are close to the finish line,” said US Secretary of State Antony Blinken.\n\n"
        "A series of protests followed in the affected Armenian region and also in Yerevan. The "
        "participants demanded, so far in vain, the resignation of Prime Minister Nikol "
        "Pashinyan.\n\n"
        "The latter also indicated last week that Armenia “needed a new Constitution” because "
        "the fundamental law “does not reflect the vision of citizens on relations between the "
        "two countries.”";
    EXPECT_EQ(speaker_of(body, "The latter also indicated"), "Nikol Pashinyan");
    EXPECT_EQ(speaker_of(body, "does not reflect the vision of citizens"), "Nikol Pashinyan");
}

// `said Icelandic Foreign Minister Thordis Kolbrun Gylfadottir`, `Turkish Deputy Foreign
// Minister Akif Cagatay Kilic said`: a three-word name right after its office is kept whole;
// with no office before it, it still loses its first word (a place or a body, more often).
TEST(WireStorySources, ThreeWordNameAfterItsOfficeIsWhole) {
    EXPECT_EQ(speaker_of("“Today I am here, you are not alone and you have our respect,” said "
                         "Icelandic Foreign Minister Thordis Kolbrun Gylfadottir.",
                         "you have our respect"),
              "Thordis Kolbrun Gylfadottir");
    EXPECT_EQ(speaker_of("Turkish Deputy Foreign Minister Akif Cagatay Kilic said that Ankara "
                         "supports the talks.",
                         "Ankara supports the talks"),
              "Akif Cagatay Kilic");
}

// `Mirzoyan "stressed …" and called on …, the ministry added.`, `He also "noted …," Baku
// said`: a quotation opening with its subject's verb of speech is the subject's words, not
// the ministry's that reports them; `the ministry said X demanded "…"`: the demand is X's.
TEST(WireStorySources, PersonQuotedInsideAMinistrysAttribution) {
    const std::string body =
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun "
        "Bayramov \"discussed a wide range of issues related to normalizing relations between "
        "the two countries,\" the Armenian Foreign Ministry said in a statement.\n\n"
        "Mirzoyan \"stressed the importance of the Karabakh conflict's political resolution for "
        "building a lasting peace in the (Caucasus) region\" and called on Baku to release "
        "Armenian prisoners of war, the ministry added.\n\n"
        "The Azerbaijani Foreign Ministry, for its part, said Bayramov demanded \"the withdrawal "
        "of the Armenian armed forces from the territory of Azerbaijan,\" referring to the parts "
        "of Karabakh still under Armenian separatists' control.\n\n"
        "He also \"noted the importance of clarifying the fates of nearly 4,000 missing "
        "Azerbaijanis,\" Baku said, adding, \"The ministers pledged to continue the direct "
        "dialogue between Azerbaijan and Armenia.\"";
    EXPECT_EQ(speaker_of(body, "discussed a wide range of issues"), "-");
    EXPECT_EQ(speaker_of(body, "stressed the importance of the Karabakh"), "Ararat Mirzoyan");
    EXPECT_EQ(speaker_of(body, "the withdrawal of the Armenian armed forces"), "Jeyhun Bayramov");
    EXPECT_EQ(speaker_of(body, "noted the importance of clarifying"), "Jeyhun Bayramov");
    EXPECT_EQ(speaker_of(body, "The ministers pledged to continue"), "-");
}

// `The statement came a day after Recep Tayyip Erdoğan’s office said …`: an office's
// statement is its staff's, not the president's words; the later `Erdoğan himself earlier
// said` is his.
TEST(WireStorySources, APresidentsOfficeIsNotThePresident) {
    const std::string body =
        "The time, place and date of the upcoming meeting between the Turkish and Russian "
        "presidents will be coordinated via diplomatic channels, the Kremlin said Thursday.\n\n"
        "The statement came a day after Recep Tayyip Erdoğan’s office said the two leaders had "
        "agreed that Russian leader Vladimir Putin would visit Türkiye.\n\n"
        "Erdoğan himself earlier said the trip could occur as soon as this month.";
    EXPECT_EQ(speaker_of(body, "the two leaders had agreed"), "-");
    EXPECT_EQ(speaker_of(body, "the trip could occur"), "Recep Tayyip Erdoğan");
}

// `Zelensky communicates more with Western journalists …, presidential spokesperson Serhiy
// Nykyforov said.` then `As he noted, …`: the pronoun after unquoted words closed by a named
// source is that source, not the one the words were about.
TEST(WireStorySources, PronounAfterAClosingAttributionIsItsSource) {
    const std::string body =
        "President of Ukraine Volodymyr Zelensky communicates more with Western journalists "
        "than with journalists from other regions of the world, since Ukraine is dependent on "
        "arms supplies from partner countries, presidential spokesperson Serhiy Nykyforov "
        "said.\n\n"
        "As he noted, the main guarantee of a successful fight against Russian aggression is the "
        "courage and dedication of the Ukrainian military, but they must have the tools.";
    EXPECT_EQ(speaker_of(body, "the main guarantee of a successful fight"), "Serhii Nykyforov");
}

// `His comments came after Ukraine's European allies held emergency talks …, where Zelensky
// said …`: a sentence placing the speaker's comments in time is narration, whatever speech
// its background clause reports.
TEST(WireStorySources, CommentsCameAfterIsNarration) {
    const std::string body =
        "\"He doesn't want peace,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n"
        "His comments came after Ukraine's European allies held emergency talks over the weekend "
        "in London, where Zelensky said he would work with Europe to set terms for a possible "
        "peace deal.";
    EXPECT_EQ(speaker_of(body, "held emergency talks over the weekend"), "-");
}

// `He referenced Ukrainian President Volodymyr Zelenskyy's Christmas message`: a name's
// possessive before a capitalised noun ends the name (`Christmas` is no surname), and the
// pronoun is the spokesman who spoke before.
TEST(WireStorySources, PossessiveNameBeforeACapitalisedNoun) {
    const std::string body =
        "Addressing reporters in Moscow, Peskov characterized the incident as a \"terrorist "
        "act aimed at derailing the negotiation process.\"\n\n"
        "He referenced Ukrainian President Volodymyr Zelenskyy's Christmas message, in which "
        "the leader wished death upon an unnamed individual, claiming the target was Putin.";
    EXPECT_EQ(speaker_of(body, "He referenced Ukrainian President"), "Dmitry Peskov");
}

// `Peskov characterized the incident as a "…"`: what a thing is called is said.
TEST(WireStorySources, CharacterizedAsIsSpeech) {
    const std::string body =
        "Addressing reporters in Moscow, Peskov characterized the incident as a \"terrorist act "
        "aimed at derailing the negotiation process.\"";
    EXPECT_EQ(speaker_of(body, "terrorist act aimed at derailing"), "Dmitry Peskov");
}

// `"Mammadyarov said at the meeting that …," the press service said.`: a quoted readout that
// opens with a person's speech gives that person's words.
TEST(WireStorySources, ReadoutQuoteOpeningWithAPersonsSpeech) {
    const std::string body =
        "Armenia continues to stage provocations for disrupting the settlement talks, "
        "Azerbaijani Foreign Minister Jeyhun Bayramov said.\n\n"
        "He met with OSCE Secretary General Lamberto Zannier in New York, the Azerbaijani "
        "Foreign Ministry's press service said.\n\n"
        "\"Bayramov said at the meeting that Azerbaijan was prepared to hold substantive "
        "negotiations. However, Armenia carries on its destructive policy,\" the press service "
        "said.";
    EXPECT_EQ(speaker_of(body, "Azerbaijan was prepared to hold"), "Jeyhun Bayramov");
}

// `"…," Azerbaijan’s Foreign Ministry spokesperson added.` after `…, Azerbaijan’s Foreign
// Ministry spokesperson X told Trend`: the office the story gave the named person, with a
// typographic possessive.
TEST(WireStorySources, OfficeWithATypographicPossessiveAfterItsHolder) {
    const std::string body =
        "Yerevan’s reaction to the interview is extremely strange, Azerbaijan’s Foreign "
        "Ministry spokesperson Leyla Abdullayeva told Trend on Dec. 13.\n\n"
        "“It turns out that they come to meetings to drink tea,” Abdullayeva said.\n\n"
        "“This is at least not serious,” Azerbaijan’s Foreign Ministry spokesperson added.";
    EXPECT_EQ(speaker_of(body, "This is at least not serious"), "Leyla Abdullayeva");
}

// `The spokesman condemned …` after `Peskov replied: "…"` in a story that names him by his
// surname alone: the running speaker, a spokesman by the speaker table.
TEST(WireStorySources, TheSpokesmanIsTheRunningSpeakerTheTableMakesOne) {
    const std::string body =
        "When pressed on specific measures Moscow would adopt, Peskov replied: \"Naturally, as "
        "with our negotiating position before, we do not intend to do this publicly.\"\n\n"
        "The spokesman condemned Zelenskyy and Western outlets for attempting to rationalize "
        "the strike, calling such efforts \"insane.\"";
    EXPECT_EQ(speaker_of(body, "The spokesman condemned"), "Dmitry Peskov");
}

// `Erdogan "underlined the importance of …," Erdogan's office said`: a quotation opening
// with a reporting verb is its subject's words, whoever reports them.
TEST(WireStorySources, QuoteOpeningWithAReportingVerbIsItsSubjects) {
    const std::string body =
        "Erdogan \"underlined the importance of acting with common sense,\" Erdogan's office "
        "said in a statement.";
    EXPECT_EQ(speaker_of(body, "the importance of acting with common sense"),
              "Recep Tayyip Erdoğan");
}

// `Papuashvili wrote that such remarks reflect "…"`: `remarks` after a determiner is a noun;
// the quote is the writer's.
TEST(WireStorySources, RemarksAfterADeterminerIsANoun) {
    const std::string body =
        "In a Facebook post, Shalva Papuashvili wrote that such remarks reflect \"at best, "
        "hypocrisy, and at worst, the annulment of the state.\"";
    EXPECT_EQ(speaker_of(body, "hypocrisy, and at worst"), "Shalva Papuashvili");
}

namespace {
// One source a story names and the speaker a reader gives the words in `snippet`.
struct SourceCase {
    const char* form;  // the form of words the case is about
    const char* body;
    const char* snippet;
    const char* speaker;
};
}  // namespace

// Forms of a wire story's attribution, each on a short snippet of a real story.
TEST(WireStorySources, FormsOfAttribution) {
    const SourceCase cases[] = {
        // A manner adverb between the subject and its verb of speech.
        {"X cynically said that",
         "Putin's press secretary Dmitry Peskov cynically said that Russia is focused on peace "
         "and that Zelensky is allegedly hindering the negotiation process.",
         "Russia is focused on peace", "Dmitry Peskov"},
        // A verb of criticism is speech.
        {"X has blasted",
         "Mykhaylo Podolyak, an aide to Ukraine\u2019s president and envoy to previous peace "
         "talks in the ongoing three-month-long war with Russia, has blasted Moscow\u2019s "
         "credibility in the context of any potential deal.",
         "blasted Moscow", "Mykhailo Podolyak"},
        // `cited … as`: a point named in an interview.
        {"X also cited … as",
         "Mirzoyan also cited the unblocking of regional transport links based on each "
         "other\u2019s sovereignty as another stumbling block to a peace deal.",
         "the unblocking of regional transport links", "Ararat Mirzoyan"},
        // `did not rule out`: a possibility allowed in words; `According to him` then goes
        // back to its speaker.
        {"X did not rule out",
         "\"We presented our observations,\" Erdogan was quoted as saying by RIA Novosti.\n\n"
         "Earlier, Turkish Foreign Minister Hakan Fidan did not rule out the risk of an "
         "expansion of the conflict in Ukraine.\n\nAccording to him, in 2025, Turkey will "
         "continue its efforts to peacefully resolve the conflict in Ukraine.",
         "Turkey will continue its efforts", "Hakan Fidan"},
        // `This was stated by X during a visit …`: the news the sentence before gives.
        {"This was stated by X",
         "Ukraine is interested in a direct meeting between President Volodymyr Zelenskyy and "
         "Russian dictator Vladimir Putin to accelerate peace efforts. This was stated by the "
         "Minister of Foreign Affairs of Ukraine Andriy Sybiha during a visit to Brussels for "
         "a meeting of the Council of Ministers of Foreign Affairs of the European Union, "
         "reports UNN.",
         "to accelerate peace efforts", "Andrii Sybiha"},
        // `- added X.` on a line of its own closes the unquoted words before it.
        {"- added X. on its own line",
         "He noted that Ukraine is ready for any format of meeting to accelerate peace "
         "efforts.\n\nWe are also ready to consider potential venues for such a meeting. "
         "Proposals for organizing possible contacts, including at the level of leaders, have "
         "been made by the Vatican\n\n- added Sybiha.",
         "potential venues for such a meeting", "Andrii Sybiha"},
        // `articulated in his social media post`: a verb of speech.
        {"X, Title, articulated",
         "\u201cThe European diplomats have refrained from explicitly denouncing the campaign "
         "of violence and disdain carried out by EU-funded NGOs. This contributed to the "
         "recent incident,\u201d Shalva Papuashvili, Chairman of the Parliament of Georgia, "
         "articulated in his social media post.",
         "refrained from explicitly denouncing", "Shalva Papuashvili"},
        // A journalist from a named channel asks: the channel is no speaker.
        {"a journalist from the channel Y asked",
         "However, one of the most anticipated conversations took place on the sidelines of "
         "the summit, when a journalist from the Russian Telegram channel Shot asked Pashinyan "
         "and Aliyev about the status of the peace talks between Armenia and Azerbaijan.",
         "one of the most anticipated conversations", "-"},
        // `When asked for his thoughts …, X said that`: the pronoun is X.
        {"When asked for his thoughts, X said that",
         "The journalist first asked President Aliyev when the two nations might reach an "
         "agreement. Aliyev, keeping his answer brief, responded, \"When everything is agreed "
         "upon.\" When asked if that agreement might come this year, Aliyev shrugged, offering "
         "no clear timeline.\n\nThe focus then shifted to Prime Minister Pashinyan. When asked for his thoughts on "
         "the matter, Pashinyan said that he had already presented his proposal for a peace "
         "agreement. He added that the current terms, as they stand, are sufficient for the "
         "treaty to be signed immediately.",
         "he had already presented his proposal", "Nikol Pashinyan"},
        // The unnamed journalist asking, after two leaders answered: no one's words.
        {"The journalist pressed further, asking",
         "The journalist first asked President Aliyev when the two nations might reach an "
         "agreement. Aliyev, keeping his answer brief, responded, \"When everything is agreed "
         "upon.\"\n\nThe journalist pressed further, asking if the peace deal would have "
         "Moscow's support and if that was the subject of their discussions during the summit.",
         "The journalist pressed further", "-"},
        // `When asked whether …, X replied:` leading into the answer: the exchange is his
        // (a given name spelt with `iy`, one letter more than the table's).
        {"When asked whether …, X replied:",
         "When asked whether a Turkish-mediated meeting is planned between Putin and "
         "Ukrainian President Volodymyr Zelensky, Kremlin Spokesman Dmitriy Peskov "
         "replied:\n\n\u201cDespite Turkey\u2019s intense efforts to achieve peace, the "
         "Ukrainian side did not do its homework in the previous negotiations.\u201d",
         "a Turkish-mediated meeting is planned", "Dmitry Peskov"},
        // `X has spoken by phone with Y and expressed …`: the one who spoke expressed it.
        {"X has spoken by phone … and expressed",
         "Turkish President Recep Tayyip Erdo\u011fan has spoken by phone with Kremlin leader "
         "Vladimir Putin and expressed Ankara\u2019s readiness to host negotiations on the war "
         "in Ukraine.",
         "expressed Ankara", "Recep Tayyip Erdo\u011fan"},
        // An interview written as `Question - …` and `Answer - …` lines after the one
        // answering is named.
        {"Question - / Answer - lines",
         "The Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan responded "
         "to the statements of the President of Azerbaijan Ilham Aliyev that Armenia is not "
         "sincere in the process of achieving peace. The questions of Armenpress and FM "
         "Mirzoyan\u2019s answers on the issue are presented below.\n\nQuestion - The President "
         "of Azerbaijan Ilham Aliyev stated in his speech yesterday that Armenia is not "
         "sincere in the process of achieving peace. How would you comment on that?\n\nAnswer "
         "- The Government of the Republic of Armenia has repeatedly proved its readiness to "
         "make efforts for the establishment of long-term stability and peace.",
         "has repeatedly proved its readiness", "Ararat Mirzoyan"},
        {"Question - line",
         "The questions of Armenpress and FM Mirzoyan\u2019s answers on the issue are presented "
         "below.\n\nQuestion - The President of Azerbaijan Ilham Aliyev stated in his speech "
         "yesterday that Armenia is not sincere in the process of achieving peace. How would "
         "you comment on that?\n\nAnswer - The Government of the Republic of Armenia has "
         "repeatedly proved its readiness.",
         "How would you comment on that", "-"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.form);
        EXPECT_EQ(speaker_of(c.body, c.snippet), c.speaker);
    }
}

}  // namespace wire_story_sources_test
