// End to end: newsdex-search run again and again while an update commits after every
// article. Each search answers (exit 0, or 1 for no match): never an abort, never a
// database reported corrupt because a commit landed under it.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <string>
#include <vector>

#include "index_contents.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using namespace newsdex::test;
using newsdex::test::kIndex;
using newsdex::test::kSearch;

namespace {

constexpr int kCommittedFiles = 80;
constexpr int kMaxSearches = 400;

}  // namespace

TEST(SearchDuringUpdate, EverySearchAnswers) {
    TempDir dir;
    make_versioned_corpus(dir / "in", kCommittedFiles);
    const auto db = dir / "db";
    ASSERT_EQ(run({kIndex, "--db", db, "--threads", "1", dir / "in"}).exit_code, 0);
    make_versioned_corpus(dir / "in", kCommittedFiles, 1);

    const std::vector<std::vector<std::string>> searches = {
        {kSearch, "--db", db, "energy trade"},
        {kSearch, "--db", db, "--per-article", "2", "-n", "50", "minister"},
        {kSearch, "--db", db, "word1003", "--facets", "speaker"},
        {kSearch, "--db", db, "--format", "json", "\"energy and trade\""},
    };
    const int indexer = start({kIndex, "--db", db, "--commit-every", "1", dir / "in"});
    int status = 0, searched = 0;
    bool done = false;
    while (searched < kMaxSearches) {
        if (!done && waitpid(indexer, &status, WNOHANG) == indexer) done = true;
        const auto& argv = searches[searched % searches.size()];
        const auto r = run(argv);
        ++searched;
        EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1)
            << "exit " << r.exit_code << " from search " << searched << ": " << r.err;
        EXPECT_EQ(r.err.find("corrupt"), std::string::npos) << r.err;
        if (done && searched >= static_cast<int>(searches.size())) break;
    }
    if (!done) {
        kill(indexer, SIGKILL);  // bounded: the update took longer than the searches
        waitpid(indexer, &status, 0);
        GTEST_SKIP() << "the update outlasted " << kMaxSearches << " searches";
    }
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_EQ(run({kIndex, "--db", dir / "clean", dir / "in"}).exit_code, 0);
    EXPECT_EQ(passage_records(db), passage_records(dir / "clean"));
}
