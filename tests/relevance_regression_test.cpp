// The ranking's quality, guarded: newsdex-eval on two classic collections from ../shared must
// keep MAP at or above floors set just under what the defaults achieve (see README,
// "Relevance"). Skips where ../shared is absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "process.hpp"

using nlohmann::json;

namespace {

const std::string kClassic = std::string(NEWSDEX_SOURCE_DIR) + "/../shared/datasets/classic";

struct Floor {
    const char* collection;
    double map;
    double ndcg10;
};

class Relevance : public ::testing::TestWithParam<Floor> {};

}  // namespace

TEST_P(Relevance, StaysAboveItsFloor) {
    const auto& floor = GetParam();
    const auto dir = kClassic + "/" + floor.collection;
    if (!std::filesystem::exists(dir + "/docs.tsv"))
        GTEST_SKIP() << dir << " is absent: relevance regression skipped";
    auto r = newsdex::test::run({NEWSDEX_EVAL_BIN, "--no-baselines", "--format", "json", dir});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto scores = json::parse(r.out)["collections"][0]["systems"]["newsdex"];
    EXPECT_GE(scores["map"].get<double>(), floor.map) << scores.dump();
    EXPECT_GE(scores["ndcg@10"].get<double>(), floor.ndcg10) << scores.dump();
}

INSTANTIATE_TEST_SUITE_P(Classic, Relevance,
                         ::testing::Values(Floor{"cran", FLOOR_CRAN_MAP, FLOOR_CRAN_NDCG},
                                           Floor{"med", FLOOR_MED_MAP, FLOOR_MED_NDCG}),
                         [](const auto& info) { return std::string(info.param.collection); });
