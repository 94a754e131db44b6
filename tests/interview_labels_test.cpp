// The labels of interviews and editors' round tables that name the one who speaks in other
// ways than `Name:`: a dash for the colon (`Petros Ghazaryan – …`, taken only where the
// whole text is laid out so), a name with its office after a comma (`Sergei Agafonov, Editor
// in Chief of Ogonyok magazine:`), the office `Editor in Chief` before a name, a name
// with the channel it comes from (`Mirshahin Aghayev from REAL Television:`), and a viewer's
// words the host reads out after their name or region and a colon — through
// find_turn_marker, find_dash_marker and build_passages, on snippets of public Kremlin,
// Armenian Government and Azerbaijani transcripts (tests/data/transcripts/SOURCES.md, batch
// 13).

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace interview_labels_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Vladimir Putin
  roles: [President of Russia]
- name: Nikol Pashinyan
  roles: [Prime Minister of Armenia]
- name: Ilham Aliyev
  roles: [President of Azerbaijan]
)";

std::vector<Passage> passages(const std::string& body, const std::string& kind = "transcript") {
    Article a;
    a.kind = kind;
    a.body = body;
    return test::built_passages(kTable, a);
}

}  // namespace

TEST(InterviewLabels, ADashForTheColonWhereEveryTurnIsSoLabelled) {
    const std::string body =
        "Prime Minister Nikol Pashinyan gave an interview to Public Television.\n\n"
        "Petros Ghazaryan – Good evening, dear viewers, we continue to follow the most "
        "important events.\n\n"
        "Prime Minister Nikol Pashinyan – I am grateful.\n\n"
        "Petros Ghazaryan – There will be no snap elections.\n\n"
        "Prime Minister Nikol Pashinyan – We are not planning to hold snap elections.\n";
    for (const std::string kind : {"transcript", ""}) {
        const auto ps = passages(body, kind);
        EXPECT_EQ(test::snippet_speaker(ps, "Good evening, dear viewers"), "Petros Ghazaryan")
            << kind;
        EXPECT_EQ(test::snippet_speaker(ps, "I am grateful."), "Nikol Pashinyan") << kind;
        EXPECT_EQ(test::snippet_speaker(ps, "There will be no snap elections."),
                  "Petros Ghazaryan") << kind;
        EXPECT_EQ(test::snippet_speaker(ps, "We are not planning to hold"), "Nikol Pashinyan")
            << kind;
    }
    // The hyphen typed for the dash, and an office before the name.
    const auto marker = attribution::find_dash_marker(
        "Spokesperson for the Prime Minister Mane Gevorgyan - Good afternoon, dear colleagues.");
    ASSERT_TRUE(marker);
    EXPECT_EQ(attribution::speaker_from_marker(*marker, {}), "Mane Gevorgyan");
}

TEST(InterviewLabels, ADashAfterAPlaceOrInASentenceIsNoLabel) {
    EXPECT_FALSE(attribution::find_dash_marker(
        "The border situation is tense – Azerbaijan has a certain concentration of troops."));
    EXPECT_FALSE(attribution::find_dash_marker("Armenia – Azerbaijan talks went on."));
    EXPECT_FALSE(attribution::find_dash_marker(
        "Prime Minister Nikol Pashinyan – who spoke yesterday – said so."));
    EXPECT_FALSE(attribution::find_dash_marker("Deputy Prime Minister – Minister of Finance"));
    // A text with colon labels keeps its dashes as words: `Nagorno Karabakh – The …` opens
    // no turn inside the speaker's.
    const auto ps = passages(
        "Vladimir Putin: We discussed the region.\n\n"
        "Nagorno Karabakh – The situation there is calm now.\n\n"
        "Nikol Pashinyan: Thank you.\n\n"
        "Southern Armenia – The roads are open again.\n");
    EXPECT_EQ(test::snippet_speaker(ps, "The situation there is calm now."), "Vladimir Putin");
    EXPECT_EQ(test::snippet_speaker(ps, "The roads are open again."), "Nikol Pashinyan");
}

TEST(InterviewLabels, EditorsNamedWithTheirOffices) {
    const auto ps = passages(
        "Vladimir Putin: Thank you for your question.\n\n"
        "Komsomolskaya Pravda Editor in Chief Vladimir Sungorkin: Mr President, you have "
        "compared the Avangard system with the first near-Earth satellite today.\n\n"
        "Vladimir Putin: I see, thank you for your question.\n\n"
        "Sergei Agafonov, Editor in Chief of Ogonyok magazine: Mr President, following this "
        "logic, trying to project a move from the other side.\n\n"
        "Vladimir Putin: Well, make your calculations.\n\n"
        "Vladimir Todorov, Editor in Chief of Lenta.ru: Mr President, you have devoted a lot "
        "of time and attention to the development of the digital economy.\n");
    EXPECT_EQ(test::snippet_speaker(ps, "compared the Avangard system"), "Vladimir Sungorkin");
    EXPECT_EQ(test::snippet_speaker(ps, "following this logic"), "Sergei Agafonov");
    EXPECT_EQ(test::snippet_speaker(ps, "devoted a lot of time"), "Vladimir Todorov");
    // A greeting before a comma is no name with its office.
    EXPECT_FALSE(attribution::find_turn_marker("Dear friends, President of Russia: welcome.",
                                               attribution::MarkerStyle::transcript));
}

TEST(InterviewLabels, AnAskerNamedWithTheChannelTheyComeFrom) {
    const auto ps = passages(
        "Mirshahin Aghayev from REAL Television: Good morning, Mr. President. We would like "
        "to thank you for the meeting today.\n\n"
        "President Ilham Aliyev: Thank you!\n\n"
        "Mirshahin Aghayev: We do believe that, as always, the ideas you voice will create a "
        "strategic agenda.\n");
    EXPECT_EQ(test::snippet_speaker(ps, "Good morning, Mr. President."), "Mirshahin Aghayev");
    EXPECT_EQ(test::snippet_speaker(ps, "We do believe that"), "Mirshahin Aghayev");
    // A viewer's words read out by the host, after the viewer's name and region, stay the
    // host's turn.
    const auto read_out = passages(
        "Tatyana Remezova: Thank you, colleagues. This year trash-related issues have "
        "literally skyrocketed.\n\n"
        "Alexander Repin from the Nizhny Novgorod Region: “The trash reform has been going "
        "on for over five months.”\n");
    EXPECT_EQ(test::paragraph_speaker(read_out, "The trash reform has been going"),
              "Tatyana Remezova");
    EXPECT_EQ(test::snippet_speaker(read_out, "The trash reform has been going"),
              "Tatyana Remezova");
    // The region before the words read out is a place, no speaker of them: the host reads
    // them out.
    const auto region = passages(
        "Tatyana Remezova: Thank you, colleagues.\n\n"
        "Verkhnyaya Salda, Sverdlovsk Region: “The trash reform is not working. This is what "
        "a clean city district has turned into in six months.” It is clear from the "
        "questionaries that all these photos were sent by young people under 35.\n");
    EXPECT_EQ(test::snippet_speaker(region, "The trash reform is not working."),
              "Tatyana Remezova");
}

}  // namespace interview_labels_test
