#include "attribution.hpp"

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

TEST(SpeakerTable, MalformedShapesNameTheFileAndLine) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"- name: A\n- ? [a, b]\n  : x\n",
         "s.yaml: speaker table at line 2: every speaker entry needs a name"},
        {"- name: A\n- name: [B, C]\n",
         "s.yaml: speaker table at line 2: 'name' must be a name, not a list"},
        {"- name: {B: C}\n", "s.yaml: speaker table at line 1: 'name' must be a name, not a map"},
        {"- name:\n  aliases: [x]\n", "s.yaml: speaker table at line 1: 'name' is empty"},
        {"- name: \"...\"\n", "s.yaml: speaker table at line 1: 'name' must have a word in it"},
        {"- name: A\n  aliases: {x: y}\n",
         "s.yaml: speaker table at line 2: 'aliases' must be a list, not a map"},
        {"- name: A\n  aliases: x\n",
         "s.yaml: speaker table at line 2: 'aliases' must be a list, not a value"},
        {"- name: A\n  aliases: [x, [y, z]]\n",
         "s.yaml: speaker table at line 2: each of 'aliases' must be a name, not a list"},
        {"- name: A\n  roles:\n    - {x: y}\n",
         "s.yaml: speaker table at line 3: each of 'roles' must be a name, not a map"},
        {"- name: A\n  roles:\n    - x\n    -\n",
         "s.yaml: speaker table at or before line 5: each of 'roles' must be a name, not empty"},
        {"name: A\n",
         "s.yaml: speaker table at line 1: must be a list of entries with name, aliases, roles, "
         "not a map"},
        {"- name: A\n  aliases: [x\n", "s.yaml: malformed speaker table at line 3: "},
        {"- &e {name: A, aliases: [x, *e]}\n", "s.yaml: speaker table at line 1: "},
    };
    for (const auto& [yaml, start] : cases) {
        std::string message = "no error";
        try {
            SpeakerTable::parse(yaml, "s.yaml");
        } catch (const InputError& e) {
            message = e.what();
        }
        EXPECT_EQ(message.rfind(start, 0), 0u) << yaml << "\n→ " << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
}

TEST(SpeakerTable, ThousandsOfAliasesForOnePersonAreRefused) {
    std::string yaml = "- name: A\n  aliases: [";
    for (int i = 0; i < 1001; ++i) yaml += (i ? ", x" : "x") + std::to_string(i);
    yaml += "]\n";
    EXPECT_THROW(SpeakerTable::parse(yaml, "s.yaml"), InputError);
}
