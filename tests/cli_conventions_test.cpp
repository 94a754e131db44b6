// End to end: the conventions every newsdex tool keeps (--version, `-` for standard input,
// colour rules, exit codes), so scripts can treat the three alike.

#include <gtest/gtest.h>
#include <xapian.h>

#include <cctype>
#include <string>

#include "newsdex/schema.hpp"
#include "process.hpp"

using newsdex::test::run;

TEST(CliConventions, EveryToolPrintsItsVersion) {
    const std::string expected = std::string(" (schema ") +
                                 std::to_string(newsdex::schema::kVersion) + ", Xapian " +
                                 Xapian::version_string() + ")\n";
    for (const std::string tool : {NEWSDEX_INDEX_BIN, NEWSDEX_SEARCH_BIN, NEWSDEX_EVAL_BIN}) {
        auto r = run({tool, "--version"});
        EXPECT_EQ(r.exit_code, 0) << tool << ": " << r.err;
        const auto name = tool.substr(tool.rfind('/') + 1);
        EXPECT_EQ(r.out.rfind(name + " ", 0), 0u) << r.out;
        ASSERT_GT(r.out.size(), expected.size()) << r.out;
        EXPECT_EQ(r.out.substr(r.out.size() - expected.size()), expected) << r.out;
        ASSERT_GT(r.out.size(), name.size() + 1);
        EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(r.out[name.size() + 1])))
            << "the project's version after the name: " << r.out;
    }
}
