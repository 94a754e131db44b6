#include "speaker_table.hpp"

#include <gtest/gtest.h>

#include "newsdex/errors.hpp"

using namespace newsdex;

namespace {
const char* kYaml = R"(
- name: Volodymyr Zelensky
  aliases: [Zelenskyy, Zelenskiy]
  roles: [President of Ukraine, Ukrainian President]
- name: Ilham Aliyev
  aliases: [Aliev, Əliyev]
  roles: [Azerbaijani leader]
)";
}

TEST(SpeakerTable, CanonicalFromNameOrAliasAnyCaseOrAccent) {
    auto t = SpeakerTable::parse(kYaml, "speakers.yaml");
    EXPECT_EQ(t.canonical("ZELENSKYY"), "Volodymyr Zelensky");
    EXPECT_EQ(t.canonical("volodymyr zelensky"), "Volodymyr Zelensky");
    EXPECT_EQ(t.canonical("Aliyev"), "Ilham Aliyev") << "folds like the alias Əliyev";
    EXPECT_EQ(t.canonical("Ilham"), std::nullopt) << "only listed names and aliases";
    EXPECT_EQ(t.canonical("Əliyev"), "Ilham Aliyev");
    EXPECT_EQ(t.canonical("Jane Doe"), std::nullopt);
}

TEST(SpeakerTable, RolesWithOrWithoutTheArticle) {
    auto t = SpeakerTable::parse(kYaml, "speakers.yaml");
    EXPECT_EQ(t.by_role("the Azerbaijani leader"), "Ilham Aliyev");
    EXPECT_EQ(t.by_role("Ukrainian President"), "Volodymyr Zelensky");
    EXPECT_EQ(t.by_role("the minister"), std::nullopt);
}

TEST(SpeakerTable, NamesOfListsEveryAlias) {
    auto t = SpeakerTable::parse(kYaml, "speakers.yaml");
    EXPECT_EQ(t.names_of("Ilham Aliyev"), (std::vector<std::string>{"Ilham Aliyev", "Aliev", "Əliyev"}));
    EXPECT_EQ(t.names_of("Jane Doe"), std::vector<std::string>{"Jane Doe"});
}

TEST(SpeakerTable, BadFilesNameThemselves) {
    for (const char* bad : {"name: not a list", "- aliases: [x]", "- name: A\n  aliases: x",
                            "- [unclosed"}) {
        try {
            SpeakerTable::parse(bad, "corpora/speakers.yaml");
            FAIL() << bad;
        } catch (const InputError& e) {
            EXPECT_EQ(e.path(), "corpora/speakers.yaml");
        }
    }
    EXPECT_THROW(SpeakerTable::load("/nonexistent/speakers.yaml"), InputError);
}

TEST(SpeakerTable, TheShippedTableLoads) {
    auto t = SpeakerTable::load(std::string(NEWSDEX_SOURCE_DIR) + "/corpora/speakers.yaml");
    EXPECT_EQ(t.canonical("Zelenskiy"), "Volodymyr Zelensky");
    EXPECT_EQ(t.by_role("President of Azerbaijan"), "Ilham Aliyev");
}
