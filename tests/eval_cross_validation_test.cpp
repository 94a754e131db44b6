// newsdex-eval --cv: leave-one-collection-out choice of ranking settings, end to end on tiny
// collections where the better setting is known by construction, and the fold logic alone.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cross_validation.hpp"
#include "process.hpp"

using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;

namespace {

// Twenty words, "apple" twice: with BM25 b 0 (no length normalisation) it outscores a
// two-word "apple …" document; with b 1 (full normalisation) the short one wins.
const std::string kLong =
    "apple orchard apple river stone cloud meadow forest valley hill lake grass field road "
    "bridge tower garden window door lamp";

// One query, "apple". `short_relevant`: the short document is the relevant one (b 1 puts it
// first, AP 1; b 0 second, AP 1/2). Otherwise the long one is, beside two short ones (b 0
// puts it first, AP 1; b 1 third, AP 1/3).
void write_collection(const std::string& dir, bool short_relevant) {
    std::filesystem::create_directories(dir);
    if (short_relevant) {
        write_file(dir + "/docs.tsv", "d1\tapple pie\nd2\t" + kLong + "\n");
        write_file(dir + "/qrels.trec", "q1 0 d1 1\n");
    } else {
        write_file(dir + "/docs.tsv", "d1\t" + kLong + "\nd2\tapple pie\nd3\tapple tart\n");
        write_file(dir + "/qrels.trec", "q1 0 d1 1\n");
    }
    write_file(dir + "/queries.tsv", "q1\tapple\n");
}

// Two short-relevant collections and one long-relevant: MAP of `--b 0` is 1/2, 1/2, 1 and of
// `--b 1` 1, 1, 1/3. Leaving out a short one, the others favour b 0 (3/4 against 2/3);
// leaving out the long one, b 1 (1 against 1/2). In-sample, b 1 is best (7/9 against 2/3).
struct Fixture {
    TempDir dir;
    std::string grid = dir / "grid.txt";
    std::vector<std::string> collections{dir / "short1", dir / "short2", dir / "long"};
    Fixture() {
        write_collection(collections[0], true);
        write_collection(collections[1], true);
        write_collection(collections[2], false);
        write_file(grid, "# BM25 length normalisation, none or full\n--b 0\n\n  --b   1  # full\n");
    }
    std::vector<std::string> args(std::vector<std::string> options) const {
        options.insert(options.begin(), NEWSDEX_EVAL_BIN);
        options.insert(options.end(), collections.begin(), collections.end());
        return options;
    }
};

}  // namespace

TEST(CrossValidation, EachFoldChoosesOnTheOtherCollections) {
    // settings × collections
    const std::vector<std::vector<double>> map = {{0.5, 0.5, 1.0}, {1.0, 1.0, 1.0 / 3}};
    const auto folds = newsdex::eval::leave_one_out(map);
    ASSERT_EQ(folds.size(), 3u);
    EXPECT_EQ(folds[0].chosen, 0u);
    EXPECT_DOUBLE_EQ(folds[0].training_mean, 0.75);
    EXPECT_EQ(folds[1].chosen, 0u);
    EXPECT_EQ(folds[2].chosen, 1u);
    EXPECT_DOUBLE_EQ(folds[2].training_mean, 1.0);
    EXPECT_EQ(newsdex::eval::best_overall(map), 1u);
    // A tie goes to the first setting of the grid.
    EXPECT_EQ(newsdex::eval::leave_one_out({{0.5, 0.5}, {0.5, 0.5}})[0].chosen, 0u);
}

// Views of one judged set are left out together: collections 1 and 2 (one group) never train
// each other's fold.
TEST(CrossValidation, AGroupIsLeftOutTogether) {
    const std::vector<std::vector<double>> map = {{1.0, 0.0, 0.0}, {0.0, 1.0, 2.0}};
    const auto alone = newsdex::eval::leave_one_out(map);
    EXPECT_EQ(alone[1].chosen, 1u);  // trained on collection 2, which favours setting 1
    const auto grouped = newsdex::eval::leave_one_out(map, {0, 1, 1});
    EXPECT_EQ(grouped[1].chosen, 0u);  // trained on collection 0 only
    EXPECT_EQ(grouped[2].chosen, 0u);
    EXPECT_EQ(grouped[0].chosen, 1u);
    EXPECT_THROW(newsdex::eval::leave_one_out(map, {0, 0, 0}), std::invalid_argument);
}

TEST(EvalCv, HeldOutFigureIsTheChosenSettingsOnTheLeftOutCollection) {
    Fixture f;
    auto r = run(f.args({"--cv", "--cv-grid", f.grid, "--no-baselines", "--format", "json"}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = json::parse(r.out);
    const auto& cv = j["cross_validation"];
    ASSERT_EQ(cv["grid"], json({"--b 0", "--b 1"}));
    const auto& folds = cv["folds"];
    ASSERT_EQ(folds.size(), 3u);
    const std::vector<std::string> names{"short1", "short2", "long"};
    const std::vector<std::string> chosen{"--b 0", "--b 0", "--b 1"};
    const std::vector<double> held_out{0.5, 0.5, 1.0 / 3};
    const auto& settings = j["in_sample"]["settings"];
    for (std::size_t c = 0; c < 3; ++c) {
        const auto& fold = folds[c];
        EXPECT_EQ(fold["held_out"], names[c]);
        EXPECT_EQ(fold["setting"], chosen[c]) << names[c];
        const double map = fold["systems"]["newsdex"]["map"].get<double>();
        EXPECT_NEAR(map, held_out[c], 1e-9) << names[c];
        const std::size_t s = fold["setting_index"].get<std::size_t>();
        const auto& in_sample = settings[s]["collections"][c];
        EXPECT_EQ(in_sample["name"], names[c]);
        EXPECT_EQ(fold["systems"]["newsdex"], in_sample["newsdex"]) << names[c];
        EXPECT_EQ(fold["systems"].count("fts5"), 0u);
    }
    EXPECT_NEAR(folds[0]["training_map"].get<double>(), 0.75, 1e-9);
    EXPECT_NEAR(cv["mean"]["newsdex"]["map"].get<double>(), (0.5 + 0.5 + 1.0 / 3) / 3, 1e-9);
    EXPECT_EQ(j["in_sample"]["best"]["setting"], "--b 1");
    EXPECT_NEAR(settings[1]["mean"]["map"].get<double>(), 7.0 / 9, 1e-9);
    // The defaults are not in this grid, so they are measured beside it.
    EXPECT_EQ(j["in_sample"]["base"]["setting"], "the defaults");
    EXPECT_EQ(j["in_sample"]["base"]["collections"].size(), 3u);
}

TEST(EvalCv, TextShowsTheHeldOutTableWithBaselinesThenTheInSampleFigures) {
    Fixture f;
    auto r = run(f.args({"--cv", "--cv-grid", f.grid}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto cv = r.out.find("Cross-validated");
    const auto in_sample = r.out.find("In-sample: the defaults");
    ASSERT_NE(cv, std::string::npos) << r.out;
    ASSERT_NE(in_sample, std::string::npos) << r.out;
    EXPECT_LT(cv, in_sample);
    for (const char* part :
         {"setting chosen", "/FTS5", "/Xapian", "In-sample: MAP of every setting",
          "best over all collections (in-sample): --b 1, mean MAP 0.7778"})
        EXPECT_NE(r.out.find(part), std::string::npos) << part << " missing from:\n" << r.out;
    // Each fold's row ends with the setting chosen for it.
    const auto table = r.out.substr(cv, in_sample - cv);
    for (const char* row : {"\nshort1 ", "\nshort2 ", "\nlong "}) {
        const auto at = table.find(row);
        ASSERT_NE(at, std::string::npos) << row << " missing from:\n" << table;
        const auto line = table.substr(at + 1, table.find('\n', at + 1) - at - 1);
        const std::string want = std::string(row) == "\nlong " ? "--b 1" : "--b 0";
        EXPECT_EQ(line.substr(line.size() - want.size()), want) << line;
    }
}

TEST(EvalCv, UsageErrorsExit2WithOneLine) {
    Fixture f;
    auto one_line = [](const std::string& err) {
        return !err.empty() && err.find('\n') == err.size() - 1;
    };
    auto r = run({NEWSDEX_EVAL_BIN, "--cv", f.collections[0]});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--cv needs at least two collections"), std::string::npos) << r.err;
    EXPECT_TRUE(one_line(r.err)) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;

    r = run({NEWSDEX_EVAL_BIN, "--cv-grid", f.grid, f.collections[0], f.collections[1]});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--cv"), std::string::npos) << r.err;

    r = run(f.args({"--cv", "--run", f.dir / "runs"}));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--run"), std::string::npos) << r.err;

    write_file(f.dir / "bad.txt", "--b 0\n--b 2\n");
    r = run(f.args({"--cv", "--cv-grid", f.dir / "bad.txt"}));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("bad.txt:2: "), std::string::npos) << r.err;
    EXPECT_TRUE(one_line(r.err)) << r.err;

    write_file(f.dir / "empty.txt", "# nothing\n\n");
    r = run(f.args({"--cv", "--cv-grid", f.dir / "empty.txt"}));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("no setting"), std::string::npos) << r.err;
}

TEST(EvalCv, AGridLineCarriesTheK1ReferenceLength) {
    Fixture f;
    write_file(f.dir / "k1.txt", "--b 1\n--b 1 --k1-reference-length 4\n");
    auto r = run(f.args({"--cv", "--cv-grid", f.dir / "k1.txt", "--no-baselines", "--format", "json"}));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = json::parse(r.out);
    EXPECT_EQ(j["cross_validation"]["grid"], json({"--b 1", "--b 1 --k1-reference-length 4"}));
    EXPECT_EQ(j["in_sample"]["settings"].size(), 2u);

    write_file(f.dir / "bad_k1.txt", "--b 1\n--k1-reference-length -3\n");
    r = run(f.args({"--cv", "--cv-grid", f.dir / "bad_k1.txt"}));
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("bad_k1.txt:2: "), std::string::npos) << r.err;
}
