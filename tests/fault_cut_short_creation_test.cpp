// A first build killed while Xapian was creating the database leaves the lock file, empty
// table files and perhaps the version file's draft (`v.tmp`), without the version file
// (iamglass); Xapian will neither open nor create that folder again. The next run starts the creation over; a folder holding anything more is
// refused as before, and nothing in it is touched.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "index_contents.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using namespace newsdex::test;
using newsdex::test::kIndex;
using newsdex::test::kSearch;
namespace fs = std::filesystem;

namespace {

// What a writer killed inside Xapian's creation of `db` leaves behind; killed a moment
// later, the version file written but not yet renamed (its first bytes as glass writes them).
void cut_short_creation(const std::string& db, bool version_draft = false) {
    fs::create_directories(db);
    for (const char* name : {"flintlock", "postlist.glass", "termlist.glass"})
        write_file(db + "/" + name, "");
    if (version_draft) write_file(db + "/v.tmp", std::string("\x0f\x0dXapian Glass\x04nw)", 18));
}

}  // namespace

TEST(CutShortCreation, TheNextRunBuildsTheDatabase) {
    TempDir dir;
    make_versioned_corpus(dir / "in", 3);
    cut_short_creation(dir / "db");
    cut_short_creation(dir / "drafted", true);
    for (const auto& db : {dir / "db", dir / "drafted"}) {
        const auto r = run({kIndex, "--db", db, dir / "in"});
        ASSERT_EQ(r.exit_code, 0) << db << ": " << r.err;
        EXPECT_TRUE(fs::exists(db + "/iamglass"));
        EXPECT_FALSE(fs::exists(db + "/v.tmp"));
        const auto stats = run({kSearch, "--db", db, "--stats", "--format", "json"});
        ASSERT_EQ(stats.exit_code, 0) << stats.err;
        EXPECT_NE(stats.out.find("\"articles\": 3"), std::string::npos) << stats.out;
    }
}

TEST(CutShortCreation, AFolderHoldingMoreIsLeftAsItIs) {
    TempDir dir;
    make_versioned_corpus(dir / "in", 3);
    // A file of the user's beside the empty tables; a table that holds data.
    cut_short_creation(dir / "users");
    write_file(dir / "users/notes.txt", "mine");
    cut_short_creation(dir / "data");
    write_file(dir / "data/postlist.glass", "not empty");
    // A `v.tmp` that is no glass version file is no draft of newsdex's.
    cut_short_creation(dir / "other");
    write_file(dir / "other/v.tmp", "someone else's");
    for (const auto& db : {dir / "users", dir / "data", dir / "other"}) {
        const auto r = run({kIndex, "--db", db, dir / "in"});
        EXPECT_EQ(r.exit_code, 2) << db << ": " << r.err;
        EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
        EXPECT_TRUE(fs::exists(db + "/postlist.glass")) << db;
        EXPECT_TRUE(fs::exists(db + "/termlist.glass")) << db;
        EXPECT_FALSE(fs::exists(db + "/iamglass")) << db;
    }
    EXPECT_TRUE(fs::exists(dir / "users/notes.txt"));
    EXPECT_EQ(fs::file_size(dir / "data/postlist.glass"), 9u);
    EXPECT_TRUE(fs::exists(dir / "other/v.tmp"));
}
