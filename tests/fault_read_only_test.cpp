// End to end: a database on a read-only file system (a read-only bind mount; as root, chmod
// does not stop writes) is an error of its own, exit 2, not "being updated by another
// indexer" (exit 75, which cron would take for busy for ever). Nothing is changed, and it
// can still be searched.

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <string>

#include "fault_fs.hpp"
#include "index_contents.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using namespace newsdex::test;
using newsdex::test::kIndex;
using newsdex::test::kSearch;

namespace {

void expect_read_only(const RunResult& r, const std::string& db) {
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("database " + db + " is read-only: cannot write"), std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("another indexer"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

}  // namespace

TEST(ReadOnlyDatabase, IsRefusedWithItsOwnMessageAndLeftAsItWas) {
    if (auto why = private_mounts(); !why.empty())
        GTEST_SKIP() << "cannot mount read-only here (" << why << ")";
    TempDir dir;
    make_versioned_corpus(dir / "in", 5);
    const auto db = dir / "ro/db";
    ASSERT_EQ(run({kIndex, "--db", db, dir / "in"}).exit_code, 0);
    const auto before = passage_records(db);
    const auto revision = Xapian::Database(db).get_revision();
    Mount ro;
    if (auto why = ro.read_only(dir / "ro"); !why.empty())
        GTEST_SKIP() << "cannot mount read-only here (" << why << ")";

    make_versioned_corpus(dir / "in", 8, 1);  // something to write
    expect_read_only(run({kIndex, "--db", db, dir / "in"}), db);
    expect_read_only(run({kIndex, "--db", db, "--full", dir / "in"}), db);
    EXPECT_EQ(passage_records(db), before);
    EXPECT_EQ(Xapian::Database(db).get_revision(), revision);

    // A new database in a read-only folder cannot be made either.
    expect_read_only(run({kIndex, "--db", dir / "ro/new", dir / "in"}), dir / "ro/new");

    // Reading needs no write: searching and a dry run still work.
    const auto found = run({kSearch, "--db", db, "energy"});
    EXPECT_EQ(found.exit_code, 0) << found.err;
    const auto dry = run({kIndex, "--db", db, "--dry-run", dir / "in"});
    EXPECT_EQ(dry.exit_code, 0) << dry.err;
}

TEST(ReadOnlyDatabase, AHeldLockIsStillBusy) {
    TempDir dir;
    make_versioned_corpus(dir / "in", 3);
    const auto db = dir / "db";
    ASSERT_EQ(run({kIndex, "--db", db, dir / "in"}).exit_code, 0);
    Xapian::WritableDatabase holder(db, Xapian::DB_OPEN | Xapian::DB_BACKEND_GLASS);
    const auto r = run({kIndex, "--db", db, dir / "in"});
    EXPECT_EQ(r.exit_code, 75) << r.err;
    EXPECT_NE(r.err.find("is being updated by another indexer"), std::string::npos) << r.err;
}
