// End to end on real news: all 2,225 BBC articles from ../shared through newsdex-index, then
// speaker: searches checked against the hand-annotated quotes. Skips where ../shared is absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kSource;
using newsdex::test::run;
using newsdex::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kBbc = kSource + "/../shared/datasets/news/bbc";

// Articles in which the annotators found quotes by `speaker`.
std::set<std::string> annotated_articles(const std::string& speaker) {
    std::set<std::string> out;
    for (const char* name : {"bbc_quotes.tsv", "bbc_quotes_heldout.tsv"}) {
        std::ifstream in(kSource + "/tests/data/" + name);
        std::string line;
        while (std::getline(in, line)) {
            std::vector<std::string> cols;
            std::stringstream ss(line);
            for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
            if (cols.size() > 4 && cols[4] == speaker) out.insert(cols[0]);
        }
    }
    return out;
}

class BbcIndex : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!fs::exists(kBbc)) return;
        dir_ = new TempDir;
        result_ = new newsdex::test::RunResult(run({NEWSDEX_INDEX_BIN, "--db", *dir_ / "db", kBbc}));
    }
    static void TearDownTestSuite() {
        delete dir_;
        delete result_;
    }
    void SetUp() override {
        if (!fs::exists(kBbc)) GTEST_SKIP() << "../shared/datasets/news/bbc is absent: BBC tests skipped";
    }
    static TempDir* dir_;
    static newsdex::test::RunResult* result_;
};
TempDir* BbcIndex::dir_ = nullptr;
newsdex::test::RunResult* BbcIndex::result_ = nullptr;

}  // namespace

TEST_F(BbcIndex, EveryFileIsIndexedOrReportedWithItsReason) {
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(kBbc))
        if (e.is_regular_file() && e.path().extension() == ".txt" && e.path().stem() != "README")
            ++files;
    ASSERT_EQ(files, 2225u);
    // sport/199.txt is Latin-1: converted, not refused.
    EXPECT_EQ(result_->exit_code, 0) << result_->err;
    EXPECT_NE(result_->out.find("indexed 2225 articles"), std::string::npos) << result_->out;
    EXPECT_NE(result_->out.find("converted to UTF-8: 1 (windows-1252 1)"), std::string::npos)
        << result_->out;
    EXPECT_EQ(result_->out.find("failed"), std::string::npos) << result_->out;
    EXPECT_EQ(result_->err, "");
}

TEST_F(BbcIndex, SpeakerBlairReturnsBlairsWords) {
    auto r = run({NEWSDEX_SEARCH_BIN, "--db", *dir_ / "db", "--format", "json", "-n", "2000",
                  "speaker:blair"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    std::set<std::string> articles;
    ASSERT_GE(j["results"].size(), 50u);
    for (const auto& res : j["results"]) {
        EXPECT_EQ(res["speaker"], "Tony Blair");
        articles.insert(res["article_id"].get<std::string>());
    }
    // Where annotators found Blair's quotes, the index finds Blair's passages.
    auto expected = annotated_articles("Tony Blair");
    ASSERT_FALSE(expected.empty());
    for (const auto& a : expected) EXPECT_TRUE(articles.count(a)) << a;
}

TEST_F(BbcIndex, QuotesAreSearchableByKind) {
    auto r = run({NEWSDEX_SEARCH_BIN, "--db", *dir_ / "db", "--format", "json",
                  "kind:quote", "chancellor"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_FALSE(j["results"].empty());
    for (const auto& res : j["results"]) EXPECT_EQ(res["kind"], "quote");
}
