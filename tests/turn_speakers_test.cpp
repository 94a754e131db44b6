// Transcript turns as governments publish them: labels with offices and countries
// (`President of Russia Vladimir Putin:`), surnames (`PRESIDENT BIDEN:`, `MR. KIRBY:`), an
// office alone (`THE PRESIDENT:`), and labels that name no one (`MODERATOR:`), through
// build_passages on short transcripts written in those shapes.

#include <gtest/gtest.h>

#include "passage_builder.hpp"

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
std::vector<std::string> turn_speakers(const std::string& title, const std::string& body) {
    Article a;
    a.id = "t";
    a.kind = "transcript";
    a.title = title;
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse(kTable, "t.yaml"), TopicTagger()};
    std::vector<std::string> out;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::turn) out.push_back(p.speaker.value_or("-"));
    return out;
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
