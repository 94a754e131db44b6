// Forms of the Kremlin's older and ceremonial pages: a news report of a news conference
// that gives a leader's views as `In President Putin’s view, …` beside `he said`, and one
// leader's press statement saved on its own, opening with his office's label and carried
// on over unlabelled paragraphs — through build_passages, on snippets of en.kremlin.ru
// pages (CC BY 4.0; tests/data/transcripts/SOURCES.md, batch 8).

#include <gtest/gtest.h>

#include "built_passages.hpp"

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Vladimir Putin
  roles: [President of Russia]
- name: Heydar Aliyev
  aliases: [Heidar Aliyev]
  roles: [President of Azerbaijan]
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
