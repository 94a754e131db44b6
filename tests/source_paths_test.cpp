// End to end: which files a run takes and under what identity — article ids claimed twice,
// folders named with a trailing slash, symlinks out of the indexed folders, file names that
// are not UTF-8.

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string article(const std::string& title, const std::string& body,
                    const std::string& id = {}) {
    return "---\ntitle: " + title + "\n" + (id.empty() ? "" : "id: " + id + "\n") +
           "---\n\n" + body + "\n";
}

json results(const std::string& db, const std::string& query) {
    auto r = run({kSearch, "--db", db, "--format", "json", "-n", "50", query});
    return json::parse(r.out)["results"];
}

Xapian::doccount passages(const std::string& db) { return Xapian::Database(db).get_doccount(); }

}  // namespace

TEST(SourcePaths, AnIdClaimedByTwoFilesStaysWithTheFirst) {
    TempDir dir;
    write_file(dir / "in/a.md", article("First", "Alpha words here.", "shared"));
    write_file(dir / "in/b.md", article("Second", "Beta words here.", "shared"));
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("b.md"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("a.md"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("shared"), std::string::npos) << r.err;
    EXPECT_EQ(results(dir / "db", "alpha").size(), 1u);
    EXPECT_TRUE(results(dir / "db", "beta").empty());
    // The refused file going away must not take the first one's passages with it.
    fs::remove(dir / "in/b.md");
    r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(results(dir / "db", "alpha").size(), 1u);
}

TEST(SourcePaths, ANewFileCannotTakeAnIndexedArticlesId) {
    TempDir dir;
    write_file(dir / "in/a.md", article("First", "Alpha words here.", "shared"));
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    write_file(dir / "in/0.md", article("Intruder", "Gamma words here.", "shared"));
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("0.md"), std::string::npos) << r.err;
    EXPECT_EQ(results(dir / "db", "alpha").size(), 1u);
    EXPECT_TRUE(results(dir / "db", "gamma").empty());
    // Once the first file gives the id up, the other may have it: the refused file is read
    // again when it changes, or when asked.
    write_file(dir / "in/a.md", article("First", "Alpha words here.", "own"));
    r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(results(dir / "db", "gamma").empty());
    r = run({kIndex, "--db", dir / "db", "--retry-failed", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(results(dir / "db", "gamma").size(), 1u);
    EXPECT_EQ(results(dir / "db", "alpha").size(), 1u);
}

TEST(SourcePaths, AFolderWithATrailingSlashIsTheSameFolder) {
    TempDir dir;
    write_file(dir / "ts/a.md", article("A", "Alpha words."));
    write_file(dir / "ts/b.md", article("B", "Beta words."));
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "ts/"}).exit_code, 0);
    const auto built = passages(dir / "db");
    // A moved file is re-filed, not duplicated; a deleted one goes.
    fs::create_directories(dir / "ts/sub");
    fs::rename(dir / "ts/a.md", dir / "ts/sub/a.md");
    auto r = run({kIndex, "--db", dir / "db", "--format", "json", dir / "ts/"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(passages(dir / "db"), built);
    EXPECT_EQ(results(dir / "db", "alpha").size(), 1u);
    fs::remove(dir / "ts/b.md");
    r = run({kIndex, "--db", dir / "db", "--format", "json", dir / "ts//"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["deleted"], 1) << r.out;
    EXPECT_TRUE(results(dir / "db", "beta").empty());
}

TEST(SourcePaths, AFileSymlinkOutOfTheFolderIsSkippedWithAMessage) {
    TempDir dir;
    write_file(dir / "secret/shadow.txt", "root:x:0:0\n\nhunter2secret:19000:0:99999\n");
    write_file(dir / "in/a.md", article("A", "Alpha words."));
    write_file(dir / "in/inner.md", article("Inner", "Innerword text."));
    fs::create_symlink(dir / "secret/shadow.txt", dir / "in/shadow.md");
    fs::create_symlink(dir / "in/inner.md", dir / "in/alias.md");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("shadow.md"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--follow-symlinks"), std::string::npos) << r.err;
    EXPECT_TRUE(results(dir / "db", "hunter2secret").empty());
    EXPECT_EQ(results(dir / "db", "innerword").size(), 2u) << "a link inside the folder is taken";
    r = run({kIndex, "--db", dir / "db2", "--follow-symlinks", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(results(dir / "db2", "hunter2secret").size(), 1u);
}

TEST(SourcePaths, AFileNameThatIsNotUtf8IsIndexedAndKeptExactly) {
    TempDir dir;
    write_file(dir / "in/bad\xff.md", article("Odd name", "Oddname words."));
    write_file(dir / "in/good.md", article("Good", "Goodname words."));
    for (int round = 0; round < 2; ++round) {
        auto r = run({kIndex, "--db", dir / "db", "--format", "json", dir / "in"});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        auto summary = json::parse(r.out);
        EXPECT_EQ(summary["added"], round == 0 ? 2 : 0) << r.out;
        EXPECT_EQ(summary["unchanged"], round == 0 ? 0 : 2) << r.out;
    }
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "oddname"}).exit_code, 0);
    fs::remove(dir / "in/bad\xff.md");
    auto r = run({kIndex, "--db", dir / "db", "--format", "json", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["deleted"], 1) << r.out;
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "oddname"}).exit_code, 1);
}
