// End to end: an indexer killed with SIGKILL, two indexers at once, and a reader holding the
// database open while commits land — the index always converges to a clean build's.

#include <gtest/gtest.h>
#include <signal.h>
#include <xapian.h>

#include <chrono>
#include <set>
#include <thread>

#include "newsdex/database.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::finish;
using newsdex::test::kIndex;
using newsdex::test::run;
using newsdex::test::start;
using newsdex::test::TempDir;
using newsdex::test::write_file;

namespace {

// Enough files that a run is still going when it is killed.
void make_corpus(const std::string& dir, int files) {
    for (int i = 0; i < files; ++i) {
        std::string body = "---\ntitle: Item " + std::to_string(i) + "\n---\n\n";
        for (int p = 0; p < 6; ++p)
            body += "“Paragraph " + std::to_string(p) + " of item " + std::to_string(i) +
                    " on energy and trade,” Ilse Maren said. The minister added more words.\n\n";
        write_file(dir + "/f" + std::to_string(i) + ".md", body);
    }
}

// Everything a search can see: each passage's id and stored record.
std::set<std::string> contents(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::set<std::string> out;
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
        auto doc = db.get_document(*p);
        out.insert(doc.get_data());
    }
    return out;
}

std::set<std::string> clean_build(const TempDir& dir, const std::string& corpus) {
    EXPECT_EQ(run({kIndex, "--db", dir / "clean", corpus}).exit_code, 0);
    return contents(dir / "clean");
}

}  // namespace

TEST(IndexerSafety, KilledRunConvergesToACleanBuild) {
    TempDir dir;
    make_corpus(dir / "in", 800);
    auto pid = start({kIndex, "--db", dir / "db", "--commit-every", "20", dir / "in"});
    // Kill it once some batches are committed but (very likely) before the end.
    for (int i = 0; i < 2000; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        try {
            if (Xapian::Database(dir / "db").get_doccount() > 0) break;
        } catch (const Xapian::Error&) {
        }
    }
    kill(pid, SIGKILL);
    int code = finish(pid);
    auto partial = Xapian::Database(dir / "db").get_doccount();
    if (code != 128 + SIGKILL) GTEST_SKIP() << "the indexer finished before it could be killed";
    EXPECT_GT(partial, 0u);
    // The last commit is intact: every article in it has all of its passages.
    auto clean = clean_build(dir, dir / "in");
    Xapian::Database killed(dir / "db"), reference(dir / "clean");
    std::size_t articles = 0;
    for (auto t = killed.allterms_begin("XA"); t != killed.allterms_end("XA"); ++t, ++articles)
        EXPECT_EQ(t.get_termfreq(), reference.get_termfreq(*t)) << *t;
    EXPECT_GT(articles, 0u);
    auto resumed = run({kIndex, "--db", dir / "db", dir / "in"});
    ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
    EXPECT_EQ(contents(dir / "db"), clean);
}

TEST(IndexerSafety, TwoIndexersAtOnce) {
    TempDir dir;
    make_corpus(dir / "in", 200);
    auto a = start({kIndex, "--db", dir / "db", dir / "in"});
    auto b = start({kIndex, "--db", dir / "db", dir / "in"});
    int ca = finish(a), cb = finish(b);
    EXPECT_TRUE((ca == 0 || ca == 75) && (cb == 0 || cb == 75)) << ca << " " << cb;
    EXPECT_TRUE(ca == 0 || cb == 0);
    EXPECT_EQ(contents(dir / "db"), clean_build(dir, dir / "in"));
}

TEST(IndexerSafety, ReaderKeepsAnsweringAcrossCommits) {
    TempDir dir;
    make_corpus(dir / "in", 20);
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    auto reader = newsdex::open_for_reading(dir / "db");
    auto before = reader.get_doccount();
    for (int round = 0; round < 3; ++round) {
        write_file(dir / "in/extra" + std::to_string(round) + ".md",
                   "---\ntitle: Extra\n---\n\nMore text " + std::to_string(round) + ".\n");
        ASSERT_EQ(run({kIndex, "--db", dir / "db", "--full", dir / "in"}).exit_code, 0);
    }
    auto count = newsdex::with_reopen(reader, [](Xapian::Database& db) {
        std::size_t n = 0;
        for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p)
            n += db.get_document(*p).get_data().empty() ? 0 : 1;
        return n;
    });
    EXPECT_EQ(count, before + 3);
}
