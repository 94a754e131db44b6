#include "yaml_input.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "newsdex/errors.hpp"
#include "process.hpp"
#include "synonyms.hpp"
#include "topic_tagger.hpp"

using namespace newsdex;

namespace {
std::string problem(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return std::string(e.what());
    }
    return "no error";
}
}  // namespace

TEST(YamlInput, SyntaxErrorsNameFileWhatAndLine) {
    const std::string broken = "a: 1\nb: [2\n";
    EXPECT_EQ(problem([&] { parse_yaml(broken, "t.yaml", "topic taxonomy"); }).rfind(
                  "t.yaml: malformed topic taxonomy at line 3: ", 0),
              0u);
    EXPECT_EQ(problem([&] { parse_yaml(broken, "a.md", "front matter", 2); }).rfind(
                  "a.md: malformed front matter at line 4: ", 0),
              0u);
    EXPECT_EQ(parse_yaml("a: 1\n", "t.yaml", "x")["a"].as<int>(), 1);
}

TEST(YamlInput, UnreadableFilesAreNamed) {
    EXPECT_EQ(problem([] { read_yaml_text("/nonexistent/s.yaml", "speaker table"); }),
              "/nonexistent/s.yaml: cannot read speaker table");
}

namespace {
// "<file>: <what> at line N: …", the one line the indexer prints after its own name.
bool names_line(const std::string& message, const std::string& start) {
    return message.rfind(start, 0) == 0;
}

std::string synonyms_problem(const std::string& yaml) {
    newsdex::test::TempDir dir;
    newsdex::test::write_file(dir / "synonyms.yaml", yaml);
    auto message = problem([&] { load_synonyms(dir / "synonyms.yaml"); });
    auto at = message.find("synonyms.yaml: ");
    return at == std::string::npos ? message : message.substr(at);
}

// An alias of an alias of …: nine lines that, followed, name 10^9 values.
std::string billion_laughs(const std::string& indent_key) {
    std::string yaml = indent_key + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        const auto prev = "*a" + std::to_string(i - 1);
        yaml += indent_key + "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k) yaml += (k ? ", " : "") + prev;
        yaml += "]\n";
    }
    return yaml;
}
}  // namespace

TEST(YamlInput, AliasesThatExpandBeyondTheTextAreRefused) {
    const auto laughs = billion_laughs("");
    EXPECT_TRUE(names_line(problem([&] { parse_yaml(laughs, "t.yaml", "topic taxonomy"); }),
                           "t.yaml: topic taxonomy at line "))
        << problem([&] { parse_yaml(laughs, "t.yaml", "topic taxonomy"); });
    EXPECT_TRUE(
        names_line(problem([] { parse_yaml("a: &x [1, *x]\n", "t.yaml", "topic taxonomy"); }),
                   "t.yaml: topic taxonomy at line "))
        << "an alias inside its own anchor";
    // A few aliases are fine.
    auto node = parse_yaml("base: &b [x, y]\nmore: *b\n", "t.yaml", "x");
    EXPECT_EQ(node["more"].size(), 2u);
}

TEST(YamlInput, DeepNestingIsASyntaxError) {
    const std::string deep = "a: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
    EXPECT_TRUE(names_line(problem([&] { parse_yaml(deep, "t.yaml", "topic taxonomy"); }),
                           "t.yaml: malformed topic taxonomy at line 1: "));
}

TEST(YamlInput, ScalarsNameTheirShapeAndLine) {
    const YamlSource source{"a.md", "front matter", 2};
    const auto root = parse_yaml("title: x\nlist: [a]\nmap: {a: b}\nnone:\n", source);
    EXPECT_EQ(yaml_scalar(source, root["title"], "'title'"), "x");
    EXPECT_EQ(problem([&] { yaml_scalar(source, root["list"], "'list'"); }),
              "a.md: front matter at line 3: 'list' must be a single value, not a list");
    EXPECT_EQ(problem([&] { yaml_scalar(source, root["map"], "'map'"); }),
              "a.md: front matter at line 4: 'map' must be a single value, not a map");
    EXPECT_EQ(
        problem([&] { yaml_scalar(source, root["none"], "'none'"); })
            .rfind(
                "a.md: front matter at or before line 6: 'none' must be a single value, not empty",
                0),
        0u)
        << "an empty value has no place of its own: yaml-cpp gives the next token's";
    EXPECT_EQ(problem([&] { yaml_scalar(source, root["absent"], "'absent'"); }),
              "a.md: front matter: 'absent' must be a single value, not empty");
}

TEST(TopicTable, MalformedShapesNameTheFileAndLine) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"energy: [gas]\n? [a, b]\n: [x]\n",
         "t.yaml: topic taxonomy at line 2: a topic must be a name, not a list"},
        {"energy: [gas]\n? {a: b}\n: [x]\n",
         "t.yaml: topic taxonomy at line 2: a topic must be a name, not a map"},
        {"energy: [gas]\n~: [x]\n",
         "t.yaml: topic taxonomy at or before line 2: a topic must be a name, not empty"},
        {"energy: [gas, [oil, coal]]\n",
         "t.yaml: topic taxonomy at line 1: each of topic 'energy' must be a word or phrase, not a "
         "list"},
        {"energy: [gas, {oil: coal}]\n",
         "t.yaml: topic taxonomy at line 1: each of topic 'energy' must be a word or phrase, not a "
         "map"},
        {"energy:\n  - gas\n  -\n  - oil\n",
         "t.yaml: topic taxonomy at or before line 4: each of topic 'energy' must be a word or "
         "phrase, not empty"},
        {"energy: {gas: oil}\n",
         "t.yaml: topic taxonomy at line 1: topic 'energy' must list words and phrases, not a map"},
        {"energy:\n", "t.yaml: topic taxonomy"},
        {"- energy\n",
         "t.yaml: topic taxonomy at line 1: must map each topic to a list, not a list"},
        {"energy: [gas\n", "t.yaml: malformed topic taxonomy at line 2: "},
        {billion_laughs(""), "t.yaml: topic taxonomy at line "},
    };
    for (const auto& [yaml, start] : cases) {
        auto message = problem([&] { TopicTagger::parse(yaml, "t.yaml"); });
        EXPECT_TRUE(names_line(message, start)) << yaml << "\n→ " << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
}

TEST(SynonymTable, MalformedShapesNameTheFileAndLine) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"- [ceasefire, truce]\n- ? [a, b]\n  : x\n",
         "synonyms.yaml: synonym list at line 2: each synonym group must be a list, not a map"},
        {"- [ceasefire, [truce, armistice]]\n",
         "synonyms.yaml: synonym list at line 1: each synonym must be a word or phrase, not a "
         "list"},
        {"- [ceasefire, {truce: armistice}]\n",
         "synonyms.yaml: synonym list at line 1: each synonym must be a word or phrase, not a map"},
        {"- - ceasefire\n  -\n", "synonym.yaml"},
        {"- ceasefire\n",
         "synonyms.yaml: synonym list at line 1: each synonym group must be a list, not a value"},
        {"a: [b]\n", "synonyms.yaml: synonym list at line 1: must be a list of lists, not a map"},
        {"- [a, b\n", "synonyms.yaml: malformed synonym list at line 2: "},
        {"- &g [" + std::string(200, 'a') + "]\n- [" +
             [] {
                 std::string many;
                 for (int i = 0; i < 1001; ++i) many += (i ? ", w" : "w") + std::to_string(i);
                 return many;
             }() +
             "]\n",
         "synonyms.yaml: synonym list at line 2: a synonym group has more than 1000 words"},
    };
    for (const auto& [yaml, start] : cases) {
        auto message = synonyms_problem(yaml);
        if (start == "synonym.yaml") {  // an empty member: yaml-cpp gives the next token's line
            EXPECT_TRUE(names_line(message, "synonyms.yaml: synonym list at or before line 3: "))
                << message;
            EXPECT_NE(message.find("each synonym must be a word or phrase, not empty"),
                      std::string::npos)
                << message;
            continue;
        }
        EXPECT_TRUE(names_line(message, start)) << yaml << "\n→ " << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
    newsdex::test::TempDir dir;
    newsdex::test::write_file(dir / "synonyms.yaml", "- [ceasefire, truce]\n");
    EXPECT_EQ(load_synonyms(dir / "synonyms.yaml").size(), 1u);
}
