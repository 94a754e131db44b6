#include "attribution.hpp"

#include <gtest/gtest.h>

#include "newsdex/errors.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace speaker_table_test {

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
         "s.yaml: speaker table at line 3: a dated role has only 'role', 'from' and 'to', not 'x'"},
        {"- name: A\n  roles:\n    - x\n    -\n",
         "s.yaml: speaker table at or before line 5: each of 'roles' must be a name or {role, "
         "from, to}, not empty"},
        {"- name: A\n  roles:\n    - {from: 2021-01-20}\n",
         "s.yaml: speaker table at line 3: a dated role needs 'role'"},
        {"- name: A\n  roles:\n    - x\n    - {role: P, from: 2021-02-30}\n",
         "s.yaml: speaker table at line 4: 'from' must be a day YYYY-MM-DD, not '2021-02-30'"},
        {"- name: A\n  roles:\n    - {role: P, to: 20 January 2025}\n",
         "s.yaml: speaker table at line 3: 'to' must be a day YYYY-MM-DD, not '20 January 2025'"},
        {"- name: A\n  roles:\n    - {role: P, to: [2025-01-20]}\n",
         "s.yaml: speaker table at line 3: 'to' must be a day YYYY-MM-DD, not a list"},
        {"- name: A\n  roles:\n    - {role: P, from: 2025-01-20, to: 2021-01-20}\n",
         "s.yaml: speaker table at line 3: 'from' 2025-01-20 is after 'to' 2021-01-20"},
        {"- name: A\n  roles:\n    - {role: [P, [Q]], from: 2021-01-20}\n",
         "s.yaml: speaker table at line 3: each of 'role' must be a name, not a list"},
        {"- name: A\n  roles:\n    - {role: \"--\", from: 2021-01-20}\n",
         "s.yaml: speaker table at line 3: 'role' must have a word in it"},
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

namespace {
// Offices held for a time beside roles held always, as corpora/speakers.yaml writes them.
const char* kDated = R"(
- name: Barack Obama
  roles:
    - {from: 2009-01-20, to: 2017-01-20, role: [President of the United States, US President]}
- name: Donald Trump
  roles:
    - {from: 2017-01-20, to: 2021-01-20, role: [President of the United States, US President]}
    - {from: 2025-01-20, role: [President of the United States, US President]}
- name: Joe Biden
  roles:
    - role: [President of the United States, US President]
      from: 2021-01-20
      to: 2025-01-20
- name: Ilham Aliyev
  roles: [Azerbaijani leader]
)";
}  // namespace

TEST(SpeakerTable, DatedAndUndatedRolesLoadTogether) {
    auto t = SpeakerTable::parse(kDated, "speakers.yaml");
    EXPECT_EQ(t.by_role("the Azerbaijani leader", "2022-03-02"), "Ilham Aliyev")
        << "a plain role is held always";
    EXPECT_EQ(t.by_role("Azerbaijani leader"), "Ilham Aliyev");
    EXPECT_TRUE(t.knows_role("US President"));
    EXPECT_FALSE(t.knows_role("president"));
    EXPECT_EQ(t.roles_of("Donald Trump"),
              (std::vector<std::string>{"President of the United States", "US President",
                                        "President of the United States", "US President"}));
}

TEST(SpeakerTable, AnOfficeIsItsHolderOnTheDay) {
    auto t = SpeakerTable::parse(kDated, "speakers.yaml");
    EXPECT_EQ(t.by_role("the President of the United States", "2022-03-02"), "Joe Biden");
    EXPECT_EQ(t.by_role("US President", "2018-06-01"), "Donald Trump");
    EXPECT_EQ(t.by_role("US President", "2026-01-01"), "Donald Trump") << "a second term";
    EXPECT_EQ(t.by_role("US President", "2010-01-01"), "Barack Obama");
    EXPECT_EQ(t.by_role("US President", "2008-12-31"), std::nullopt)
        << "before anyone the table dates: no one";
    // Both ends of a term are days of it; a handover day has two holders, so no one.
    EXPECT_EQ(t.by_role("US President", "2009-01-20"), "Barack Obama");
    EXPECT_EQ(t.by_role("US President", "2021-01-19"), "Donald Trump");
    EXPECT_EQ(t.by_role("US President", "2021-01-20"), std::nullopt);
    EXPECT_EQ(t.by_role("US President", "2021-01-21"), "Joe Biden");
    EXPECT_EQ(t.by_role("US President", "2025-01-19"), "Joe Biden");
    // Without a date: roles held always only.
    EXPECT_EQ(t.by_role("US President"), std::nullopt);
    const auto h = t.holder("President of the United States", "2022-03-02");
    ASSERT_TRUE(h);
    EXPECT_EQ(h->office.role, "President of the United States");
    EXPECT_EQ(h->office.from, "2021-01-20");
    EXPECT_EQ(h->office.to, "2025-01-20");
}

TEST(SpeakerTable, APlainRoleHoldsOnDaysNoTermCovers) {
    auto t = SpeakerTable::parse(R"(
- name: Vladimir Putin
  roles: [Russian President]
- name: Dmitry Medvedev
  roles:
    - {from: 2008-05-07, to: 2012-05-07, role: Russian President}
)",
                                 "speakers.yaml");
    EXPECT_EQ(t.by_role("Russian President", "2010-01-01"), "Dmitry Medvedev");
    EXPECT_EQ(t.by_role("Russian President", "2016-01-01"), "Vladimir Putin");
    EXPECT_EQ(t.by_role("Russian President"), "Vladimir Putin");
    const auto h = t.holder("the Russian President", "2016-01-01");
    ASSERT_TRUE(h);
    EXPECT_FALSE(h->office.dated());
}

TEST(SpeakerTable, AFinishedTermNamesNoOneInAnUndatedText) {
    auto t = SpeakerTable::parse(R"(
- name: Tony Blair
  roles:
    - {from: 1997-05-02, to: 2007-06-27, role: [UK Prime Minister]}
)",
                                 "speakers.yaml");
    EXPECT_EQ(t.by_role("UK Prime Minister", "2005-02-01"), "Tony Blair");
    EXPECT_EQ(t.by_role("UK Prime Minister", "2024-02-01"), std::nullopt);
    EXPECT_EQ(t.by_role("UK Prime Minister"), std::nullopt);
}

}  // namespace speaker_table_test
