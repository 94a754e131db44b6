// A first build killed while Xapian was creating the database leaves the lock file and empty
// table files without the version file (iamglass); Xapian will neither open nor create that
// folder again. The next run starts the creation over; a folder holding anything more is
// refused as before, and nothing in it is touched.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "index_contents.hpp"
#include "process.hpp"

using namespace newsdex::test;
namespace fs = std::filesystem;

namespace {

const std::string kIndex = NEWSDEX_INDEX_BIN;
const std::string kSearch = NEWSDEX_SEARCH_BIN;

// What a writer killed inside Xapian's creation of `db` leaves behind.
void cut_short_creation(const std::string& db) {
    fs::create_directories(db);
    for (const char* name : {"flintlock", "postlist.glass", "termlist.glass"})
        write_file(db + "/" + name, "");
}

}  // namespace

TEST(CutShortCreation, TheNextRunBuildsTheDatabase) {
    TempDir dir;
    make_versioned_corpus(dir / "in", 3);
    cut_short_creation(dir / "db");
    const auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir / "db/iamglass"));
    const auto stats = run({kSearch, "--db", dir / "db", "--stats", "--format", "json"});
    ASSERT_EQ(stats.exit_code, 0) << stats.err;
    EXPECT_NE(stats.out.find("\"articles\": 3"), std::string::npos) << stats.out;
}

TEST(CutShortCreation, AFolderHoldingMoreIsLeftAsItIs) {
    TempDir dir;
    make_versioned_corpus(dir / "in", 3);
    // A file of the user's beside the empty tables; a table that holds data.
    cut_short_creation(dir / "users");
    write_file(dir / "users/notes.txt", "mine");
    cut_short_creation(dir / "data");
    write_file(dir / "data/postlist.glass", "not empty");
    for (const auto& db : {dir / "users", dir / "data"}) {
        const auto r = run({kIndex, "--db", db, dir / "in"});
        EXPECT_EQ(r.exit_code, 2) << db << ": " << r.err;
        EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
        EXPECT_TRUE(fs::exists(db + "/postlist.glass")) << db;
        EXPECT_TRUE(fs::exists(db + "/termlist.glass")) << db;
        EXPECT_FALSE(fs::exists(db + "/iamglass")) << db;
    }
    EXPECT_TRUE(fs::exists(dir / "users/notes.txt"));
    EXPECT_EQ(fs::file_size(dir / "data/postlist.glass"), 9u);
}
