#include "yaml_input.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "newsdex/errors.hpp"

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
