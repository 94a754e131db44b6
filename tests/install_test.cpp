// The installed tree (cmake --install --prefix P): P/bin/newsdex-{index,search,serve} work on
// their own, with the speaker table, taxonomy and synonyms installed under P/share/newsdex.

#include <gtest/gtest.h>

#include <filesystem>

#include "process.hpp"

using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
namespace fs = std::filesystem;

namespace {
const std::string kPrefix = NEWSDEX_TEST_PREFIX;
}

TEST(Install, BinariesAndDataAreInPlace) {
    for (const char* f : {"bin/newsdex-index", "bin/newsdex-search", "bin/newsdex-serve",
                          "share/newsdex/speakers.yaml",
                          "share/newsdex/topics.yaml", "share/newsdex/synonyms.yaml"})
        EXPECT_TRUE(fs::exists(kPrefix + "/" + f)) << f;
}

TEST(Install, InstalledBinariesIndexAndSearch) {
    TempDir dir;
    write_file(dir / "in/a.md",
               "---\ntitle: Grid\n---\n\n“The interconnector is live,” Zelenskyy said.\n");
    auto index = run({kPrefix + "/bin/newsdex-index", "--db", dir / "db", dir / "in"});
    ASSERT_EQ(index.exit_code, 0) << index.err;
    // The installed taxonomy tags the passage and the installed table canonicalises the name.
    auto r = run({kPrefix + "/bin/newsdex-search", "--db", dir / "db", "--format", "jsonl",
                  "topic:energy", "speaker:zelensky"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\"speaker\":\"Volodymyr Zelensky\""), std::string::npos) << r.out;
}

TEST(Install, InstalledServerRuns) {
    auto r = run({kPrefix + "/bin/newsdex-serve", "--version"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("newsdex-serve ", 0), 0u) << r.out;
}
