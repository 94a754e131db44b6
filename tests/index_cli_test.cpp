// End to end: the real newsdex-index binary on temporary folders.

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>

#include "newsdex/schema.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kCorpora;
using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
namespace fs = std::filesystem;

namespace {

size_t count_articles(const std::string& folder) {
    size_t n = 0;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.is_regular_file() && e.path().extension() == ".md" &&
            e.path().filename() != "README.md")
            ++n;
    return n;
}

Xapian::doccount passages_in(const std::string& db) { return Xapian::Database(db).get_doccount(); }

}  // namespace

TEST(IndexCli, IndexesTheCorporaAndSaysSo) {
    TempDir dir;
    auto r = run({kIndex, "--db", dir / "db", kCorpora});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    auto expected = "indexed " + std::to_string(count_articles(kCorpora)) + " articles, ";
    EXPECT_EQ(r.out.rfind(expected, 0), 0u) << r.out;
    EXPECT_GT(passages_in(dir / "db"), count_articles(kCorpora));
    EXPECT_EQ(Xapian::Database(dir / "db").get_metadata("newsdex.schema_version"),
              std::to_string(newsdex::schema::kVersion));
}

TEST(IndexCli, AFirstBuildIsCompactedLaterRunsAreNot) {
    TempDir dir;
    fs::create_directories(dir / "in");
    fs::copy(kCorpora + "/samples", dir / "in", fs::copy_options::recursive);
    auto first = run({kIndex, "--db", dir / "db", "--commit-every", "2", dir / "in"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    // Compaction writes the whole database afresh, as one revision.
    EXPECT_EQ(Xapian::Database(dir / "db").get_revision(), 1u);
    EXPECT_FALSE(fs::exists(dir / "db.compacting"));
    EXPECT_FALSE(fs::exists(dir / "db.replaced"));
    const auto passages = passages_in(dir / "db");
    write_file(dir / "in/extra.md", "---\ntitle: Extra\n---\n\nOne more paragraph.\n");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    EXPECT_GT(Xapian::Database(dir / "db").get_revision(), 1u);
    EXPECT_EQ(passages_in(dir / "db"), passages + 1);
}

TEST(IndexCli, ReindexingReplacesInsteadOfDuplicating) {
    TempDir dir;
    ASSERT_EQ(run({kIndex, "--db", dir / "db", kCorpora}).exit_code, 0);
    auto first = passages_in(dir / "db");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", "--commit-every", "3", kCorpora}).exit_code, 0);
    EXPECT_EQ(passages_in(dir / "db"), first);
}

TEST(IndexCli, EditedArticleReplacesItsPassages) {
    TempDir dir;
    write_file(dir / "in/a.txt", "Title\n\nalpha one\n\nalpha two\n\nalpha three\n");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    EXPECT_EQ(passages_in(dir / "db"), 3u);
    write_file(dir / "in/a.txt", "Title\n\nbeta only\n");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    EXPECT_EQ(passages_in(dir / "db"), 1u);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "alpha"}).exit_code, 1);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "beta"}).exit_code, 0);
}

TEST(IndexCli, BadFilesAreReportedAndTheRestIndexed) {
    TempDir dir;
    write_file(dir / "in/good.txt", "Good title\n\nInterconnector news.\n");
    write_file(dir / "in/latin1.txt", "Title\n\nCaf\xE9\n");
    write_file(dir / "in/binary.txt", std::string("\x7f" "ELF\0\0\1", 7));
    write_file(dir / "in/empty.md", "");
    write_file(dir / "in/frontmatter.md", "---\ntitle: [unclosed\n---\nBody\n");
    write_file(dir / "in/baddate.md", "---\ntitle: Dated\ndate: 2024-02-30\n---\n\nBody words.\n");
    write_file(dir / "in/ignored.jpg", "not text");
    write_file(dir / "in/.hidden/secret.txt", "Hidden\n\nnever indexed\n");

    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    // Latin-1 text is converted, not refused; a photo is counted, not read.
    EXPECT_NE(r.out.find("indexed 3 articles"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("3 files failed"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("skipped: 1 (.jpg 1)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("converted to UTF-8: 1 (windows-1252 1)"), std::string::npos) << r.out;
    for (const char* expect :
         {"binary.txt: binary file", "empty.md: empty file",
          "frontmatter.md: malformed front matter at line",
          "baddate.md: warning: front matter: date '2024-02-30'"})
        EXPECT_NE(r.err.find(expect), std::string::npos) << expect << "\n" << r.err;
    // One line per failure or warning, each naming its file.
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 4);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "caf\xC3\xA9"}).exit_code, 0);
    // An unreadable date costs the article its date, not its place.
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "body"}).exit_code, 0);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "interconnector"}).exit_code, 0);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "never"}).exit_code, 1);
}

TEST(IndexCli, FailedRunLeavesTheExistingIndexSearchable) {
    TempDir dir;
    ASSERT_EQ(run({kIndex, "--db", dir / "db", kCorpora}).exit_code, 0);
    auto before = passages_in(dir / "db");
    write_file(dir / "bad/x.txt", std::string("Title\n\n\0\x01\x02\n", 11));
    EXPECT_EQ(run({kIndex, "--db", dir / "db", dir / "bad"}).exit_code, 3);
    EXPECT_EQ(passages_in(dir / "db"), before);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "territorial integrity"}).exit_code, 0);
}

TEST(IndexCli, FrontMatterIdNamesTheArticle) {
    TempDir dir;
    write_file(dir / "in/x.md", "---\ntitle: T\nid: my-article\n---\nWords here.\n");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    auto r = run({kSearch, "--db", dir / "db", "--format", "json", "words"});
    EXPECT_NE(r.out.find("\"passage_id\": \"my-article#0\""), std::string::npos) << r.out;
}

TEST(IndexCli, LockedDatabaseExits75WithoutWaiting) {
    TempDir dir;
    ASSERT_EQ(run({kIndex, "--db", dir / "db", kCorpora}).exit_code, 0);
    Xapian::WritableDatabase holder(dir / "db", Xapian::DB_OPEN);
    auto r = run({kIndex, "--db", dir / "db", kCorpora});
    EXPECT_EQ(r.exit_code, 75);
    EXPECT_NE(r.err.find("is being updated by another indexer"), std::string::npos) << r.err;
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "territorial"}).exit_code, 0)
        << "searchers are not blocked by a writer";
}

TEST(IndexCli, CorruptDatabaseIsAFatalError) {
    TempDir dir;
    write_file(dir / "db/iamglass", "garbage");
    write_file(dir / "db/postlist.glass", "garbage");
    auto r = run({kIndex, "--db", dir / "db", kCorpora});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("newsdex-index: database"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST(IndexCli, UsageErrorsExit2) {
    EXPECT_EQ(run({kIndex}).exit_code, 2);
    EXPECT_EQ(run({kIndex, "--commit-every", "0", "x"}).exit_code, 2);
    auto help = run({kIndex, "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("75"), std::string::npos) << "exit codes are documented";
}

TEST(IndexCli, DatabaseLocationFromEnvironment) {
    TempDir dir;
    write_file(dir / "in/a.txt", "T\n\nenvironment words\n");
    ASSERT_EQ(run({kIndex, dir / "in"}, {{"NEWSDEX_DB", dir / "envdb"}}).exit_code, 0);
    EXPECT_TRUE(fs::exists(dir / "envdb"));
    ASSERT_EQ(run({kIndex, dir / "in"}, {{"NEWSDEX_DB", ""}, {"XDG_DATA_HOME", dir / "xdg"}})
                  .exit_code,
              0);
    EXPECT_TRUE(fs::exists(dir / "xdg/newsdex/db"));
}
