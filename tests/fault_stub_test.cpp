// A Xapian stub file where a database is expected (DIR/XAPIANDB, or the path itself) can
// name a "remote" database reached by running a program. newsdex opens glass databases
// only: the stub is refused with one line, exit 2, and its program never runs.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "index_contents.hpp"
#include "newsdex/database.hpp"
#include "newsdex/errors.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using namespace newsdex::test;
using newsdex::test::kIndex;
using newsdex::test::kSearch;
namespace fs = std::filesystem;

namespace {

// A stub that, were it opened, would create `marker`.
std::string remote_stub(const std::string& marker) {
    return "remote :/usr/bin/touch " + marker + "\n";
}

void expect_refused(const RunResult& r, const std::string& marker) {
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(fs::exists(marker)) << "the stub's program ran";
}

class StubDatabase : public ::testing::Test {
protected:
    void SetUp() override {
        make_versioned_corpus(dir / "in", 3);
        fs::create_directories(dir / "stubdir");
        write_file(dir / "stubdir/XAPIANDB", remote_stub(marker));
        write_file(dir / "stubfile", remote_stub(marker));
    }
    TempDir dir;
    std::string marker = dir / "marker";
};

}  // namespace

TEST_F(StubDatabase, IndexerRefusesIt) {
    expect_refused(run({kIndex, "--db", dir / "stubdir", dir / "in"}), marker);
    expect_refused(run({kIndex, "--db", dir / "stubfile", dir / "in"}), marker);
    expect_refused(run({kIndex, "--db", dir / "stubdir", "--dry-run", dir / "in"}), marker);
}

TEST_F(StubDatabase, SearcherRefusesIt) {
    expect_refused(run({kSearch, "--db", dir / "stubdir", "energy"}), marker);
    expect_refused(run({kSearch, "--db", dir / "stubfile", "energy"}), marker);
    expect_refused(run({kSearch, "--db", dir / "stubdir", "--stats"}), marker);
}

TEST_F(StubDatabase, LibraryRefusesIt) {
    for (const auto& path : {dir / "stubdir", dir / "stubfile"}) {
        EXPECT_THROW(newsdex::open_for_reading(path), newsdex::DatabaseError) << path;
        EXPECT_THROW(newsdex::open_for_writing(path), newsdex::DatabaseError) << path;
    }
    EXPECT_FALSE(fs::exists(marker)) << "the stub's program ran";
    // And the folder was not turned into a database beside the stub.
    EXPECT_FALSE(fs::exists(dir / "stubdir/iamglass"));
}
