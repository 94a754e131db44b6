// Forms of the Kremlin's older and ceremonial pages and of interviews of the region's
// leaders: a news report of a news conference that gives a leader's views as `In President
// Putin’s view, …` beside `he said`; one leader's press statement saved on its own, opening
// with his office's label and carried on over unlabelled paragraphs; a given name
// transliterated without one of its vowels (`Alexandr Lukashenko:`); and an interview that
// goes on from its two people's named turns to `Question:` and `Answer:` — through
// build_passages, on snippets of en.kremlin.ru pages (CC BY 4.0) and of the Heydar Aliyev
// Heritage library's interview (tests/data/transcripts/SOURCES.md, batch 8).

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace kremlin_statement_forms_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Vladimir Putin
  roles: [President of Russia]
- name: Heydar Aliyev
  aliases: [Heidar Aliyev]
  roles: [President of Azerbaijan]
- name: Alexander Lukashenko
  aliases: [Lukashenko]
  roles: [President of Belarus]
)";

std::vector<Passage> passages(const std::string& body, const std::string& kind) {
    Article a;
    a.kind = kind;
    a.title = "CIS leaders held a news conference after their anniversary summit";
    a.body = body;
    return test::built_passages(kTable, a);
}

}  // namespace

TEST(KremlinStatementForms, AViewTheSentenceOpensWithIsTheHolders) {
    const auto ps = passages(
        "President Emomali Rakhmonov of Tajikistan stressed that his country’s position on the "
        "struggle against terrorism fully coincided with that of Russia.\n\n"
        "In President Putin’s view, the CIS already had well-oiled mechanisms for resolving "
        "conflicts between Commonwealth countries. One such occasion, he said, was provided by "
        "a Tajik-to-Tajik conflict. Mr Putin emphasised that credit for resolving it must go "
        "to all the CIS heads of state.\n\n"
        "President Heidar Aliyev of Azerbaijan recalled that as early as 1993 Azerbaijan "
        "proposed holding a meeting between CIS leaders dedicated to ways of resolving "
        "inter-ethnic conflicts. In his opinion, it was still a topical issue.",
        "news");
    EXPECT_EQ(test::paragraph_speaker(ps, "well-oiled mechanisms"), "Vladimir Putin");
    EXPECT_EQ(test::paragraph_speaker(ps, "as early as 1993"), "Heydar Aliyev");
    // `In Putin’s Russia, …` gives nobody's view.
    const auto place = passages(
        "In Mr Putin’s Russia, the CIS already had well-oiled mechanisms for resolving "
        "conflicts between Commonwealth countries.",
        "news");
    EXPECT_EQ(test::paragraph_speaker(place, "well-oiled mechanisms"), "-");
}

TEST(KremlinStatementForms, AStatementOpeningWithAnOfficesLabelIsATranscript) {
    const std::string body =
        "President of Armenia Robert Kocharian: Dear Vladimir Vladimirovich [Putin], ladies "
        "and gentlemen.\n\n"
        "It gives me genuine pleasure to receive the Russian President and his delegation and "
        "to have this opportunity to discuss once again the state of our bilateral "
        "relations.\n\n"
        "One big event that a lot of preparation has gone into is the Year of Russia in "
        "Armenia.";
    // Without a kind, as a page saved from the site arrives.
    for (const std::string kind : {"transcript", ""}) {
        const auto ps = passages(body, kind);
        EXPECT_EQ(test::paragraph_speaker(ps, "genuine pleasure to receive"), "Robert Kocharian")
            << kind;
        EXPECT_EQ(test::paragraph_speaker(ps, "the Year of Russia in Armenia"), "Robert Kocharian")
            << kind;
    }
}

TEST(KremlinStatementForms, AGivenNameTransliteratedWithoutAVowelIsTheTablesPerson) {
    const auto ps = passages(
        "Vladimir Putin: I’m very pleased to welcome you to Moscow. Thank you for accepting my "
        "invitation.\n\n"
        "Alexandr Lukashenko: Thank you for the opportunity to discuss the acute problems that "
        "have arisen recently. They need to be addressed.",
        "transcript");
    EXPECT_EQ(test::paragraph_speaker(ps, "the acute problems"), "Alexander Lukashenko");
}

TEST(KremlinStatementForms, QuestionsAndAnswersOfATwoPersonInterviewAreItsPeoples) {
    const std::string body =
        "Andrey Karaulov: your Excellency, thank you for this honor which you rendered today to "
        "channel TVS. And today what divides Russia and Azerbaijan? Which type of problems was "
        "not solved?\n\n"
        "Heydar Aliyev: First of all, I am glad to meet with you. Yes, we know each other for a "
        "long time - more than 10 years.\n\n"
        "Andrey Karaulov: Nights in Nakhchivan were nice.\n\n"
        "Heydar Aliyev: You know what is the main point, naturally, we were living in one "
        "state, in one country.\n\n"
        "Question: And today Azerbaijan is closer to the NATO than to Moscow?\n\n"
        "Answer: You are not right. It is necessary to give the explanation to this.";
    const auto ps = passages(body, "transcript");
    EXPECT_EQ(test::paragraph_speaker(ps, "closer to the NATO"), "Andrey Karaulov");
    EXPECT_EQ(test::paragraph_speaker(ps, "You are not right"), "Heydar Aliyev");
    // Where both named people ask, neither is taken for the asker.
    const auto both = passages(
        "Andrey Karaulov: Nights in Nakhchivan were nice, were they not?\n\n"
        "Heydar Aliyev: Do you remember them?\n\n"
        "Question: And today Azerbaijan is closer to the NATO than to Moscow?\n\n"
        "Answer: You are not right.",
        "transcript");
    EXPECT_EQ(test::paragraph_speaker(both, "closer to the NATO"), "-");
    // Two leaders at a joint press conference, one of whom asks once (`Josh?`), with `Q` and
    // `MODERATOR:` turns: the reporters' questions are no leader's, nor the moderator's words.
    const auto joint = passages(
        "PRIME MINISTER TRUDEAU: Good afternoon, everyone.\n\n"
        "PRESIDENT BIDEN: All right. I guess the first person I'm calling on is Josh. Josh?\n\n"
        "Q Thank you, Mr. President. Why do you think China did this?\n\n"
        "PRESIDENT BIDEN: Well, first of all, look, in 10 years they have had 40 meetings.\n\n"
        "MODERATOR: We'll now go to a Canadian question.\n\n"
        "PRIME MINISTER TRUDEAU: On TikTok, we made a similar decision.",
        "transcript");
    EXPECT_NE(test::paragraph_speaker(joint, "Why do you think China"), "Joe Biden");
    EXPECT_EQ(test::paragraph_speaker(joint, "go to a Canadian question"), "-");
}

}  // namespace kremlin_statement_forms_test
