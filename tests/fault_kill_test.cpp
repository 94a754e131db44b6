// End to end: an indexer killed with SIGKILL at random moments (seeded, so a failure can be
// replayed) of a first build and of an update. While it runs, a reader sees every article
// whole or not at all; after each kill a rerun converges to a clean build, passage record
// by passage record.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <thread>

#include "index_contents.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using namespace newsdex::test;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using newsdex::test::kIndex;

namespace {

constexpr int kKilledRunFiles = 120;  // enough for a sharded first build with two threads
constexpr int kKillsEach = 3;

// One look at the database as a searcher would have it: every article in it must be one of
// the versions given, whole. Returns false when there was nothing to look at (not created
// yet, or being put in place by a compaction).
bool check_snapshot(const std::string& db_path, const ArticlePassages& old_versions,
                    const ArticlePassages& new_versions) {
    std::string corrupt;  // the last read that found a block looking corrupt
    for (int attempt = 0; attempt < 20; ++attempt) {
        try {
            Xapian::Database db(db_path, Xapian::DB_BACKEND_GLASS);
            for (const auto& [id, records] : article_passages(db)) {
                auto old_one = old_versions.find(id);
                auto new_one = new_versions.find(id);
                const bool whole = (old_one != old_versions.end() && old_one->second == records) ||
                                   (new_one != new_versions.end() && new_one->second == records);
                EXPECT_TRUE(whole) << id << " seen with " << records.size() << " passages";
                if (!whole) return true;
            }
            return true;
        } catch (const Xapian::DatabaseModifiedError&) {
            // a commit landed while reading: look again
        } catch (const Xapian::DatabaseOpeningError&) {
            return false;
        } catch (const Xapian::DatabaseCorruptError& e) {
            // Xapian 1.4 can report a block a newer commit reused as corrupt; searches retry
            // such reads (read_database), and so does this look. Real damage stays.
            corrupt = e.get_msg();
            std::this_thread::sleep_for(std::chrono::milliseconds(attempt + 1));
            continue;
        } catch (const Xapian::Error& e) {
            // Anything else a searcher would meet is a fault; name it (gtest cannot).
            ADD_FAILURE() << db_path << ": " << e.get_type() << ": " << e.get_msg();
            return false;
        }
        corrupt.clear();
    }
    if (!corrupt.empty()) ADD_FAILURE() << db_path << ": corrupt on every look: " << corrupt;
    return false;
}

// Starts `argv`, looks at the database until `delay` has passed, then kills it; returns its
// exit code (128 + SIGKILL when it was killed).
int kill_after(const std::vector<std::string>& argv, Clock::duration delay,
               const std::string& db_path, const ArticlePassages& old_versions,
               const ArticlePassages& new_versions) {
    const auto deadline = Clock::now() + delay;
    const int pid = start(argv);
    int status = 0;
    while (Clock::now() < deadline) {
        if (waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        check_snapshot(db_path, old_versions, new_versions);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    kill(pid, SIGKILL);
    return finish(pid);
}

Clock::duration timed_run(const std::vector<std::string>& argv) {
    const auto began = Clock::now();
    EXPECT_EQ(run(argv).exit_code, 0);
    return Clock::now() - began;
}

}  // namespace

TEST(KilledIndexer, FirstBuildKilledAnywhereConverges) {
    TempDir dir;
    make_versioned_corpus(dir / "in", kKilledRunFiles);
    const auto took = timed_run({kIndex, "--db", dir / "clean", dir / "in"});
    const auto clean = passage_records(dir / "clean");
    const auto articles = article_passages(dir / "clean");
    std::mt19937 random(20240611);
    int killed = 0;
    for (const std::string threads : {"1", "2"}) {  // one writer; shards
        for (int k = 0; k < kKillsEach; ++k) {
            const auto db = dir / ("db" + threads + "_" + std::to_string(k));
            std::uniform_real_distribution<double> when(0.0, 1.0);
            const auto delay = std::chrono::duration_cast<Clock::duration>(took * when(random));
            const int code = kill_after(
                {kIndex, "--db", db, "--threads", threads, "--commit-every", "5", dir / "in"},
                delay, db, {}, articles);
            killed += code == 128 + SIGKILL;
            EXPECT_TRUE(code == 0 || code == 128 + SIGKILL) << code;
            check_snapshot(db, {}, articles);
            const auto rerun = run({kIndex, "--db", db, "--threads", threads, dir / "in"});
            ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
            EXPECT_EQ(passage_records(db), clean) << "threads " << threads << ", kill " << k;
            EXPECT_FALSE(fs::exists(db + ".shard0"));
        }
    }
    RecordProperty("killed", killed);
}

TEST(KilledIndexer, UpdateKilledAnywhereConverges) {
    TempDir dir;
    make_versioned_corpus(dir / "in", kKilledRunFiles);
    ASSERT_EQ(run({kIndex, "--db", dir / "base", dir / "in"}).exit_code, 0);
    const auto old_articles = article_passages(dir / "base");
    // The update: most articles change, some files go.
    make_versioned_corpus(dir / "in", kKilledRunFiles - 20, 1);
    for (int i = kKilledRunFiles - 20; i < kKilledRunFiles; ++i) fs::remove(dir / ("in/f" + std::to_string(i) + ".md"));
    ASSERT_EQ(run({kIndex, "--db", dir / "clean", dir / "in"}).exit_code, 0);
    const auto clean = passage_records(dir / "clean");
    const auto new_articles = article_passages(dir / "clean");

    fs::copy(dir / "base", dir / "timed", fs::copy_options::recursive);
    const auto took = timed_run({kIndex, "--db", dir / "timed", "--commit-every", "3", dir / "in"});
    ASSERT_EQ(passage_records(dir / "timed"), clean);
    std::mt19937 random(20240612);
    for (int k = 0; k < 2 * kKillsEach; ++k) {
        const auto db = dir / ("db" + std::to_string(k));
        fs::copy(dir / "base", db, fs::copy_options::recursive);
        std::uniform_real_distribution<double> when(0.0, 1.0);
        const auto delay = std::chrono::duration_cast<Clock::duration>(took * when(random));
        const int code = kill_after({kIndex, "--db", db, "--commit-every", "3", dir / "in"},
                                    delay, db, old_articles, new_articles);
        EXPECT_TRUE(code == 0 || code == 128 + SIGKILL) << code;
        check_snapshot(db, old_articles, new_articles);
        const auto rerun = run({kIndex, "--db", db, dir / "in"});
        ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
        EXPECT_EQ(passage_records(db), clean) << "kill " << k;
    }
}
