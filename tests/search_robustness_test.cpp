// newsdex-search and the search library under damage and load: a truncated table, a writer
// committing while searches run, and queries long enough to exhaust a recursive parser.

#include <gtest/gtest.h>
#include <pthread.h>
#include <sys/wait.h>

#include <filesystem>
#include <string>
#include <thread>

#include "newsdex/errors.hpp"
#include "newsdex/searcher.hpp"
#include "process.hpp"
#include "query_builder.hpp"
#include "test_paths.hpp"

using newsdex::test::kCorpora;
using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;
namespace fs = std::filesystem;

namespace {

std::size_t lines_in(const std::string& text) {
    std::size_t n = 0;
    for (char c : text) n += c == '\n';
    return n;
}

// An index of corpora/ whose `table`.glass is cut to half its size.
void build_and_truncate(const TempDir& dir, const std::string& table) {
    auto built = run({kIndex, "--db", dir / "db", kCorpora});
    ASSERT_EQ(built.exit_code, 0) << built.err;
    const auto file = dir / ("db/" + table + ".glass");
    fs::resize_file(file, fs::file_size(file) / 2);
}

void expect_one_line_database_error(const RunResult& r, const std::string& db) {
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_EQ(lines_in(r.err), 1u) << r.err;
    EXPECT_EQ(r.err.rfind("newsdex-search: database " + db + " ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("corrupt"), std::string::npos) << r.err;
}

}  // namespace

TEST(SearchRobustness, ATruncatedPostingTableIsAOneLineError) {
    TempDir dir;
    build_and_truncate(dir, "postlist");
    expect_one_line_database_error(run({kSearch, "--db", dir / "db", "energy"}), dir / "db");
    expect_one_line_database_error(run({kSearch, "--db", dir / "db", "--stats"}), dir / "db");
}

TEST(SearchRobustness, ATruncatedSpellingTableIsAOneLineError) {
    TempDir dir;
    build_and_truncate(dir, "spelling");
    // Few results: the spelling data is read for a correction.
    expect_one_line_database_error(run({kSearch, "--db", dir / "db", "enrgy"}), dir / "db");
}

TEST(SearchRobustness, ATruncatedTermTableIsAOneLineError) {
    TempDir dir;
    build_and_truncate(dir, "termlist");
    // --explain reads each result's terms.
    expect_one_line_database_error(run({kSearch, "--db", dir / "db", "--explain", "energy"}),
                                   dir / "db");
}

TEST(SearchRobustness, ATruncatedRecordTableIsAOneLineError) {
    TempDir dir;
    build_and_truncate(dir, "docdata");
    expect_one_line_database_error(run({kSearch, "--db", dir / "db", "energy"}), dir / "db");
}

TEST(SearchRobustness, TheLibraryThrowsDatabaseErrorNotXapianErrors) {
    TempDir dir;
    build_and_truncate(dir, "postlist");
    newsdex::SearchRequest request;
    request.query = "energy";
    EXPECT_THROW(newsdex::search(dir / "db", request), newsdex::DatabaseError);
    newsdex::Searcher searcher(dir / "db");
    try {
        searcher.search(request);
        ADD_FAILURE() << "a truncated table searched without an error";
    } catch (const newsdex::DatabaseError& e) {
        EXPECT_EQ(e.reason(), newsdex::DatabaseError::Reason::corrupt) << e.what();
    }
}

// An indexer committing after every article while searches run: each search sees some
// commit, whole; none aborts or calls the database corrupt.
TEST(SearchRobustness, SearchesDuringCommitsAfterEveryArticleSucceed) {
    TempDir dir;
    write_file(dir / "seed.txt", "Seed\n\nEnergy talks opened the week.\n");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "seed.txt"}).exit_code, 0);
    fs::create_directories(dir / "in");
    for (int i = 0; i < 300; ++i)
        write_file(dir / ("in/article" + std::to_string(i) + ".txt"),
                   "Article " + std::to_string(i) + "\n\nEnergy security talk number " +
                       std::to_string(i) + " about pipelines and gas.\n\nA second paragraph on "
                       "transport and trade.\n");
    const int indexer =
        newsdex::test::start({kIndex, "--db", dir / "db", "--commit-every", "1", dir / "in"});
    newsdex::Searcher searcher(dir / "db");
    newsdex::SearchRequest request;
    request.query = "energy pipelines gas";
    int status = 0;
    bool indexer_done = false;
    for (int i = 0; i < 300 && !indexer_done; ++i) {
        auto r = run({kSearch, "--db", dir / "db", "-n", "5", "energy pipelines gas"});
        EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.exit_code << ": " << r.err;
        EXPECT_EQ(r.err, "");
        EXPECT_NO_THROW(searcher.search(request));
        indexer_done = waitpid(indexer, &status, WNOHANG) == indexer;
    }
    if (!indexer_done) waitpid(indexer, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST(SearchRobustness, AQueryPastTheCapIsRefusedWithoutACrash) {
    TempDir dir;
    ASSERT_EQ(run({kIndex, "--db", dir / "db", kCorpora}).exit_code, 0);
    for (const auto& query : {std::string(30000, 'a'), std::string(29998, 'x') + ":y",
                              std::string(newsdex::kMaxQueryBytes + 1, 'e')}) {
        auto r = run({kSearch, "--db", dir / "db", query});
        EXPECT_EQ(r.exit_code, 2) << r.err.substr(0, 200);
        EXPECT_EQ(r.err, "newsdex-search: bad query: query is " + std::to_string(query.size()) +
                             " bytes long; at most 4096 are allowed\n");
    }
}

// Many fields, operators, wildcards and phrases, just under the cap.
TEST(SearchRobustness, AQueryJustUnderTheCapWorks) {
    TempDir dir;
    ASSERT_EQ(run({kIndex, "--db", dir / "db", kCorpora}).exit_code, 0);
    const std::string clause =
        "(speaker:zelensky OR topic:energy) AND (sovereign* OR \"territorial integrity\" OR "
        "energy NEAR/3 security) NOT kind:quote OR ";
    std::string query;
    while (query.size() + clause.size() + 6 <= newsdex::kMaxQueryBytes) query += clause;
    query += "energy";
    ASSERT_LE(query.size(), newsdex::kMaxQueryBytes);
    auto r = run({kSearch, "--db", dir / "db", query});
    EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 300);
    // One word as long as the cap allows.
    r = run({kSearch, "--db", dir / "db", std::string(newsdex::kMaxQueryBytes - 1, 'a') + "*"});
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err.substr(0, 300);
}

// Below the cap the query builder must not need a deep stack either: a search may run on a
// thread with a small one (a server's worker, a sanitizer build).
TEST(SearchRobustness, LongQueriesParseOnASmallStack) {
    TempDir dir;
    ASSERT_EQ(run({kIndex, "--db", dir / "db", kCorpora}).exit_code, 0);
    struct Job {
        std::string db;
        int parsed = 0;
    } job{dir / "db"};
    auto parse_all = [](void* arg) -> void* {
        auto* j = static_cast<Job*>(arg);
        const Xapian::Database db(j->db);
        const auto n = newsdex::kMaxQueryBytes;
        for (const auto& query :
             {std::string(n - 2, 'a') + ":b", std::string(n - 1, 'w') + "*",
              "x " + std::string(n - 8, 'y') + " AND z", std::string(n, 'q')}) {
            try {
                newsdex::build_query(query, db);
            } catch (const newsdex::QueryError&) {
            }
            ++j->parsed;
        }
        return nullptr;
    };
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pthread_t thread;
    ASSERT_EQ(pthread_create(&thread, &attr, parse_all, &job), 0);
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attr);
    EXPECT_EQ(job.parsed, 4);
}
