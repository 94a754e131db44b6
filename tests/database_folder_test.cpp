// End to end: where newsdex-index may put its database, and that it never deletes or
// replaces what it did not write (a folder of the user's, the folder being indexed, a
// symlink, scratch folders that happen to bear its names).

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::read_file;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
namespace fs = std::filesystem;

namespace {

// Every entry under `dir`, relative, with each file's content.
std::map<std::string, std::string> snapshot(const std::string& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        out[fs::relative(e.path(), dir).string()] =
            e.is_regular_file() ? read_file(e.path().string()) : std::string("<dir>");
    return out;
}

void make_articles(const std::string& dir, int count) {
    for (int i = 0; i < count; ++i)
        write_file(dir + "/a" + std::to_string(i) + ".md",
                   "---\ntitle: Item " + std::to_string(i) + "\n---\n\nGrid word" +
                       std::to_string(i) + " paragraph.\n");
}

}  // namespace

TEST(DatabaseFolder, AFolderOfTheUsersIsRefusedAndLeftAsItWas) {
    TempDir dir;
    make_articles(dir / "in", 3);
    write_file(dir / "u/thesis.txt", "x");
    write_file(dir / "u/sub/photo.jpg", "y");
    const auto before = snapshot(dir / "u");
    auto r = run({kIndex, "--db", dir / "u", dir / "in"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("thesis.txt"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(snapshot(dir / "u"), before);
}

// A first build killed while Xapian wrote its version file leaves only that file's
// temporary name behind; the next run takes the folder as its own and builds.
TEST(DatabaseFolder, AFirstBuildKilledBeforeItsVersionFileIsResumed) {
    TempDir dir;
    make_articles(dir / "in", 2);
    write_file(dir / "db/v.tmp", "half-written");
    write_file(dir / "db/postlist.tmp", "");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir / "db/iamglass"));
    auto s = run({kSearch, "--db", dir / "db", "word1"});
    EXPECT_EQ(s.exit_code, 0) << s.err;
    EXPECT_NE(s.out.find("Item 1"), std::string::npos) << s.out;
}

TEST(DatabaseFolder, TheIndexedFolderItselfOrOneHoldingItIsRefused) {
    TempDir dir;
    make_articles(dir / "c", 19);
    const auto before = snapshot(dir / "c");
    for (const auto& db : {dir / "c", dir / "c/", dir / "."}) {
        auto r = run({kIndex, "--db", db, dir / "c"});
        EXPECT_EQ(r.exit_code, 2) << db << ": " << r.err;
        EXPECT_NE(r.err.find("indexed"), std::string::npos) << r.err;
        EXPECT_EQ(snapshot(dir / "c"), before) << db;
    }
}

TEST(DatabaseFolder, ADatabaseInsideTheIndexedFolderIsNotIndexed) {
    TempDir dir;
    make_articles(dir / "c", 3);
    // A database folder whose files look like articles must still not be walked into.
    auto r = run({kIndex, "--db", dir / "c/db", dir / "c"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    write_file(dir / "c/db/notes.md", "---\ntitle: Kept notes\n---\n\nZyzzyva.\n");
    r = run({kIndex, "--db", dir / "c/db", "--format", "json", dir / "c"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\"added\":0"), std::string::npos) << r.out;
    EXPECT_EQ(run({kSearch, "--db", dir / "c/db", "zyzzyva"}).exit_code, 1);
    EXPECT_EQ(run({kSearch, "--db", dir / "c/db", "word2"}).exit_code, 0);
}

TEST(DatabaseFolder, FilesBesideTheDatabaseSurviveItsCompaction) {
    TempDir dir;
    make_articles(dir / "in", 3);
    // An empty database that already holds a user's file: the first build's compaction
    // rewrites the folder, and the file must come through it.
    {
        Xapian::WritableDatabase empty(dir / "db", Xapian::DB_CREATE_OR_OPEN);
        empty.commit();
    }
    write_file(dir / "db/README.txt", "mine");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_file(dir / "db/README.txt"), "mine");
    EXPECT_FALSE(fs::exists(dir / "db.replaced"));
    EXPECT_FALSE(fs::exists(dir / "db.compacting"));
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "word1"}).exit_code, 0);
}

TEST(DatabaseFolder, ScratchNamesHoldingOtherFilesAreNeverRemoved) {
    TempDir dir;
    make_articles(dir / "in", 3);
    write_file(dir / "db.replaced/keep.txt", "keep");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("db.replaced"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(dir / "db.replaced/keep.txt"), "keep");
    // What the run wrote is complete, only not compacted: it still answers.
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "word1"}).exit_code, 0);
}

TEST(DatabaseFolder, ShardsAKilledBuildLeftAreClearedByTheNextRun) {
    TempDir dir;
    make_articles(dir / "in", 3);
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    // What a first build killed after its shards were merged leaves: shard folders of
    // database files. A folder of that name holding anything else is not newsdex's.
    write_file(dir / "db.shard0/iamglass", "");
    write_file(dir / "db.shard0/postlist.glass", "");
    write_file(dir / "db.shard1/keep.txt", "keep");
    write_file(dir / "db.shardx/postlist.glass", "");
    auto r = run({kIndex, "--db", dir / "db/", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(fs::exists(dir / "db.shard0"));
    EXPECT_EQ(read_file(dir / "db.shard1/keep.txt"), "keep");
    EXPECT_TRUE(fs::exists(dir / "db.shardx/postlist.glass"));
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "word1"}).exit_code, 0);
}

TEST(DatabaseFolder, AShardNameHoldingOtherFilesIsRefusedNotOverwritten) {
    TempDir dir;
    make_articles(dir / "in", 70);  // enough for a first build in two shards
    write_file(dir / "db.shard1/keep.txt", "keep");
    auto r = run({kIndex, "--db", dir / "db", "--threads", "2", dir / "in"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("db.shard1"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("keep.txt"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(dir / "db.shard1/keep.txt"), "keep");
    EXPECT_FALSE(fs::exists(dir / "db.shard0"));
}

TEST(DatabaseFolder, ASymlinkedDatabaseStaysASymlink) {
    TempDir dir;
    make_articles(dir / "in", 3);
    fs::create_directories(dir / "real");
    fs::create_directory_symlink(dir / "real", dir / "link");
    auto r = run({kIndex, "--db", dir / "link", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::is_symlink(dir / "link"));
    EXPECT_TRUE(fs::exists(dir / "real/iamglass"));
    EXPECT_EQ(run({kSearch, "--db", dir / "link", "word1"}).exit_code, 0);
}

TEST(DatabaseFolder, ATrailingSlashOnTheDatabaseIsTheSameFolder) {
    TempDir dir;
    make_articles(dir / "in", 3);
    auto r = run({kIndex, "--db", dir / "db/", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(fs::exists(dir / "db/.compacting"));
    EXPECT_FALSE(fs::exists(dir / "db/.replaced"));
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.path())) names.insert(e.path().filename());
    EXPECT_EQ(names, (std::set<std::string>{"db", "in"}));
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "word1"}).exit_code, 0);
}
