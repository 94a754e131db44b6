// Numeric options of newsdex-search, newsdex-index and newsdex-eval: a value out of range,
// not finite or not a number is a usage error naming the option and its range, never a
// value wrapped around or cut to zero.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kEval;
using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;

namespace {

struct Case {
    std::string option;
    std::string value;
    std::string range;  // as the message states it
};

void expect_usage_error(const RunResult& r, const std::string& program, const Case& c) {
    EXPECT_EQ(r.exit_code, 2) << c.option << " " << c.value << ": " << r.out << r.err;
    EXPECT_EQ(r.err, program + ": " + c.option + ": " + c.value + " is not " + c.range +
                         " (see --help)\n");
}

}  // namespace

TEST(NumericOptions, SearchRefusesOutOfRangeNumbers) {
    TempDir dir;
    write_file(dir / "in/a.txt", "Title\n\nEnergy words.\n");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    const std::string limit = "a whole number from 0 to 100000";
    for (const Case& c : std::vector<Case>{
             {"--limit", "4294967295", limit},
             {"--limit", "18446744073709551611", limit},
             {"--limit", "18446744073709551616", limit},
             {"--limit", "100001", limit},
             {"--limit", "-1", limit},
             {"--limit", "1e3", limit},
             {"--limit", "nan", limit},
             {"--offset", "1000001", "a whole number from 0 to 1000000"},
             {"--offset", "18446744073709551615", "a whole number from 0 to 1000000"},
             {"--per-article", "4294967296", "a whole number from 0 to 100000"},
         }) {
        expect_usage_error(run({kSearch, "--db", dir / "db", c.option, c.value, "energy"}),
                           "newsdex-search", c);
    }
    // -n is --limit.
    auto r = run({kSearch, "--db", dir / "db", "-n", "4294967295", "energy"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--limit: 4294967295 is not a whole number from 0 to 100000"),
              std::string::npos)
        << r.err;
    // The largest values are taken.
    r = run({kSearch, "--db", dir / "db", "-n", "100000", "--offset", "0", "--per-article",
             "100000", "energy"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // A page past the end shows nothing; the query matched, so the exit status is 0.
    r = run({kSearch, "--db", dir / "db", "-n", "10", "--offset", "1000000", "energy"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("0 shown of about 1 matching"), std::string::npos) << r.out;
}

TEST(NumericOptions, IndexRefusesOutOfRangeNumbers) {
    TempDir dir;
    write_file(dir / "in/a.txt", "Title\n\nEnergy words.\n");
    const std::string size = "a number above 0 and at most 4096";
    const std::string timeout = "a number from 0 to 86400";
    for (const Case& c : std::vector<Case>{
             {"--max-file-size", "1e30", size},
             {"--max-file-size", "4097", size},
             {"--max-file-size", "0", size},
             {"--max-file-size", "-1", size},
             {"--max-file-size", "nan", size},
             {"--max-file-size", "inf", size},
             {"--max-file-size", "0x10", size},
             {"--lock-timeout", "1e30", timeout},
             {"--lock-timeout", "inf", timeout},
             {"--lock-timeout", "-1", timeout},
             {"--commit-every", "0", "a whole number from 1 to 1000000"},
             {"--commit-every", "18446744073709551617", "a whole number from 1 to 1000000"},
             {"--threads", "4294967297", "a whole number from 0 to 256"},
             {"--threads", "257", "a whole number from 0 to 256"},
         }) {
        expect_usage_error(run({kIndex, "--db", dir / "db", c.option, c.value, dir / "in"}),
                           "newsdex-index", c);
    }
    // The largest values are taken, and a size limit is a limit.
    auto r = run({kIndex, "--db", dir / "db", "--max-file-size", "4096", "--lock-timeout",
                  "86400", "--commit-every", "1000000", "--threads", "256", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    write_file(dir / "in/b.txt", "Title\n\nMore energy words.\n");
    r = run({kIndex, "--db", dir / "db", "--max-file-size", "0.00001", dir / "in"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("b.txt"), std::string::npos) << r.err;
}

TEST(NumericOptions, EvalRefusesOutOfRangeNumbers) {
    TempDir dir;
    for (const Case& c : std::vector<Case>{
             {"--depth", "0", "a whole number from 1 to 100000"},
             {"--depth", "18446744073709551615", "a whole number from 1 to 100000"},
             {"--k1", "nan", "a number from 0 to 100"},
             {"--k1", "-1", "a number from 0 to 100"},
             {"--b", "1.5", "a number from 0 to 1"},
             {"--feedback-docs", "4294967296", "a whole number from 0 to 1000"},
             {"--feedback-terms", "-1", "a whole number from 0 to 1000"},
             {"--feedback-weight", "inf", "a number from 0 to 100"},
             {"--feedback-widens-from", "1e9", "a whole number from 0 to 1000"},
             {"--feedback-from-words", "1001", "a whole number from 0 to 1000"},
             {"--proximity-weight", "1e300", "a number from 0 to 100"},
             {"--proximity-window", "0", "a whole number from 1 to 1000"},
         }) {
        expect_usage_error(run({kEval, c.option, c.value, dir.path()}), "newsdex-eval", c);
    }
}
