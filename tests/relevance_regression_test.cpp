// The ranking's quality, guarded: newsdex-eval on two classic collections from ../shared, on
// the news passage set (tests/data/news_passages, over ../shared's news) and on the BBC
// articles' topics judged by article line (tests/data/news_topics) must keep MAP
// and nDCG@10 at or above floors set just under what the defaults achieve (see README,
// "Relevance"). Skips where ../shared is absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "process.hpp"
#include "test_paths.hpp"

using nlohmann::json;
using newsdex::test::kSource;

namespace {

struct Floor {
    const char* name;
    const char* collection;  ///< relative to the source tree
    const char* needs;       ///< what must exist for it to run, relative to the source tree
    double map;
    double ndcg10;
};

class Relevance : public ::testing::TestWithParam<Floor> {};

}  // namespace

TEST_P(Relevance, StaysAboveItsFloor) {
    const auto& floor = GetParam();
    const auto dir = kSource + "/" + floor.collection;
    if (!std::filesystem::exists(kSource + "/" + floor.needs))
        GTEST_SKIP() << kSource + "/" + floor.needs << " is absent: relevance regression skipped";
    auto r = newsdex::test::run({NEWSDEX_EVAL_BIN, "--no-baselines", "--format", "json", dir});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto scores = json::parse(r.out)["collections"][0]["systems"]["newsdex"];
    EXPECT_GE(scores["map"].get<double>(), floor.map) << scores.dump();
    EXPECT_GE(scores["ndcg@10"].get<double>(), floor.ndcg10) << scores.dump();
}

INSTANTIATE_TEST_SUITE_P(
    Collections, Relevance,
    ::testing::Values(Floor{"cran", "../shared/datasets/classic/cran", "../shared/datasets/classic/cran/docs.tsv",
                            FLOOR_CRAN_MAP, FLOOR_CRAN_NDCG},
                      Floor{"med", "../shared/datasets/classic/med", "../shared/datasets/classic/med/docs.tsv",
                            FLOOR_MED_MAP, FLOOR_MED_NDCG},
                      Floor{"news_passages", "tests/data/news_passages", "../shared/datasets/news/bbc",
                            FLOOR_NEWS_MAP, FLOOR_NEWS_NDCG},
                      Floor{"news_topics", "tests/data/news_topics", "../shared/datasets/news/bbc",
                            FLOOR_TOPICS_MAP, FLOOR_TOPICS_NDCG}),
    [](const auto& info) { return std::string(info.param.name); });
