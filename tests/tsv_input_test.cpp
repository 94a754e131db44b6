// End to end: newsdex-index --format tsv, one article per docid<TAB>text line, indexed and
// re-indexed like any other input.

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "process.hpp"

using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

class TsvInput : public ::testing::Test {
protected:
    void SetUp() override {
        write_file(dir_ / "docs.tsv",
                   "d1\tPipelines carry gas across the border.\n"
                   "d2\tThe wind farm opened on the coast.\n"
                   "d3\tA treaty on fishing rights was signed.\n");
    }
    // Rewrites docs.tsv so that its size or time certainly differs from the last run's.
    void rewrite(const std::string& text) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        write_file(dir_ / "docs.tsv", text);
    }
    json index(std::vector<std::string> args = {"--input", "tsv", "--format", "json"}) {
        std::vector<std::string> argv = {NEWSDEX_INDEX_BIN, "--db", dir_ / "db"};
        argv.insert(argv.end(), args.begin(), args.end());
        argv.push_back(dir_ / "docs.tsv");
        last_ = run(argv);
        auto brace = last_.out.rfind("\n{");
        return json::parse(brace == std::string::npos ? last_.out : last_.out.substr(brace + 1));
    }
    std::vector<std::string> articles(const std::string& query) {
        auto r = run({NEWSDEX_SEARCH_BIN, "--db", dir_ / "db", "--format", "json", "-n", "50", query});
        EXPECT_LE(r.exit_code, 1) << r.err;  // 1: nothing found
        std::vector<std::string> out;
        const auto response = json::parse(r.out);
        for (const auto& hit : response["results"]) out.push_back(hit["article_id"]);
        return out;
    }
    TempDir dir_;
    RunResult last_;
};

}  // namespace

TEST_F(TsvInput, EachLineIsAnArticleNamedByItsDocid) {
    auto r = run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", "--format", "tsv", dir_ / "docs.tsv"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("3 articles"), std::string::npos) << r.out;
    EXPECT_EQ(articles("gas"), std::vector<std::string>{"d1"});
    EXPECT_EQ(articles("wind coast"), std::vector<std::string>{"d2"});
    EXPECT_EQ(Xapian::Database(dir_ / "db").get_doccount(), 3u);
}

TEST_F(TsvInput, RerunsApplyOnlyWhatChanged) {
    auto first = index();
    EXPECT_EQ(first["added"], 3);
    auto again = index();
    EXPECT_EQ(again["added"], 0);
    EXPECT_EQ(again["unchanged"], 1) << "the file is the unit that is skipped";
    rewrite("d1\tPipelines carry hydrogen across the border.\n"
            "d3\tA treaty on fishing rights was signed.\n"
            "d4\tSolar panels cover the roofs.\n");
    auto changed = index();
    EXPECT_EQ(changed["added"], 1) << changed.dump();
    EXPECT_EQ(changed["deleted"], 1) << changed.dump();
    EXPECT_EQ(articles("gas"), std::vector<std::string>{});
    EXPECT_EQ(articles("hydrogen"), std::vector<std::string>{"d1"});
    EXPECT_EQ(articles("wind"), std::vector<std::string>{});
    EXPECT_EQ(articles("solar"), std::vector<std::string>{"d4"});
    EXPECT_EQ(Xapian::Database(dir_ / "db").get_doccount(), 3u);
}

TEST_F(TsvInput, VanishedFileTakesItsArticlesAndAMovedOneKeepsThem) {
    index();
    fs::rename(dir_ / "docs.tsv", dir_ / "moved.tsv");
    auto r = run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", "--input", "tsv", "--format", "json",
                  dir_.path()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(articles("treaty"), std::vector<std::string>{"d3"}) << r.out;
    fs::remove(dir_ / "moved.tsv");
    write_file(dir_ / "other.tsv", "x1\tNothing in common.\n");
    r = run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", "--input", "tsv", dir_.path()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(articles("treaty"), std::vector<std::string>{});
    EXPECT_EQ(Xapian::Database(dir_ / "db").get_doccount(), 1u);
}

TEST_F(TsvInput, MalformedLinesAreNamedAndTheRestIndexed) {
    rewrite("d1\tGood line about gas.\nno tab on this line\n\tno docid\nd1\tsame docid again\n");
    auto j = index();
    EXPECT_EQ(last_.exit_code, 3);
    const auto file = dir_ / "docs.tsv";
    EXPECT_NE(last_.err.find(file + ":2: no tab between docid and text"), std::string::npos) << last_.err;
    EXPECT_NE(last_.err.find(file + ":3: empty docid"), std::string::npos) << last_.err;
    EXPECT_NE(last_.err.find(file + ":4: docid 'd1' was already used"), std::string::npos) << last_.err;
    EXPECT_EQ(j["failed"].size(), 3u);
    EXPECT_EQ(articles("gas"), std::vector<std::string>{"d1"});
}

TEST_F(TsvInput, AnEmptyFileIsReportedEvenAfterOtherFailures) {
    write_file(dir_ / "in/a.tsv", "no tab here\n");
    write_file(dir_ / "in/b.tsv", "\n\n");
    write_file(dir_ / "in/c.tsv", std::string("x\tbinary\0here\n", 14));
    auto r = run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", "--input", "tsv", dir_ / "in"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("a.tsv:1: no tab between docid and text"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("b.tsv: empty file"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("c.tsv: binary file (NUL byte at offset 8)"), std::string::npos) << r.err;
}

TEST_F(TsvInput, InvalidUtf8LeavesTheIndexAsItWas) {
    index();
    rewrite("d1\tcaf\xe9 gas\n");
    index();
    EXPECT_EQ(last_.exit_code, 3);
    EXPECT_NE(last_.err.find("docs.tsv: invalid UTF-8 at byte 6 (line 1)"), std::string::npos) << last_.err;
    EXPECT_EQ(articles("treaty"), std::vector<std::string>{"d3"});
    EXPECT_EQ(Xapian::Database(dir_ / "db").get_doccount(), 3u);
}
