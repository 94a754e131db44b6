// End to end: newsdex-index as a scheduled job and a pipeline stage sees it — a bad file is
// reported once, not every run; a mistyped path writes nothing; standard input; dates with
// times; machine-readable dry runs.

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json summary(const newsdex::test::RunResult& r) {
    EXPECT_EQ(r.out.find('{'), 0u) << r.out;
    return json::parse(r.out);
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST(IndexCron, AFailedFileIsReportedOnceUntilItChanges) {
    TempDir dir;
    write_file(dir / "in/good.md", "---\ntitle: Good\n---\n\nGoodword text.\n");
    write_file(dir / "in/bad.md", "---\ntitle: [unclosed\n---\n\nBadword text.\n");
    auto r = run({kIndex, "--db", dir / "db", "--quiet", dir / "in"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("bad.md: malformed front matter"), std::string::npos) << r.err;
    // Unchanged, it is neither read nor reported again: nothing for cron to mail.
    for (int again = 0; again < 2; ++again) {
        r = run({kIndex, "--db", dir / "db", "--quiet", dir / "in"});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_EQ(r.err, "");
    }
    auto j = summary(run({kIndex, "--db", dir / "db", "--format", "json", dir / "in"}));
    EXPECT_EQ(j["failed_unchanged"], 1) << j.dump();
    EXPECT_TRUE(j["failed"].empty()) << j.dump();
    r = run({kIndex, "--db", dir / "db", "--failed"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("bad.md: malformed front matter"), std::string::npos) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    auto listed = summary(run({kIndex, "--db", dir / "db", "--failed", "--format", "json"}));
    ASSERT_EQ(listed["failed"].size(), 1u) << listed.dump();
    EXPECT_EQ(fs::path(listed["failed"][0]["path"].get<std::string>()).filename(), "bad.md");
    // Asked to, it is tried again (and still fails).
    r = run({kIndex, "--db", dir / "db", "--quiet", "--retry-failed", dir / "in"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("bad.md"), std::string::npos);
    // Mended, it is indexed and leaves the list.
    write_file(dir / "in/bad.md", "---\ntitle: Mended\n---\n\nBadword text.\n");
    r = run({kIndex, "--db", dir / "db", "--quiet", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "badword"}).exit_code, 0);
    EXPECT_EQ(run({kIndex, "--db", dir / "db", "--failed"}).out, "");
    // Broken again: a new failure, reported; its earlier article stays searchable.
    write_file(dir / "in/bad.md", "---\ntitle: [unclosed again\n---\n\nOther.\n");
    r = run({kIndex, "--db", dir / "db", "--quiet", dir / "in"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "badword"}).exit_code, 0);
    // And deleted, its article goes.
    fs::remove(dir / "in/bad.md");
    r = run({kIndex, "--db", dir / "db", "--quiet", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "badword"}).exit_code, 1);
    EXPECT_EQ(run({kIndex, "--db", dir / "db", "--failed"}).out, "");
}

TEST(IndexCron, APathThatDoesNotExistIsAUsageErrorAndWritesNothing) {
    TempDir dir;
    write_file(dir / "in/good.md", "---\ntitle: Good\n---\n\nGoodword text.\n");
    auto r = run({kIndex, "--db", dir / "db", dir / "in", dir / "missing-folder"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("missing-folder: no such file or folder"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(fs::exists(dir / "db"));
    EXPECT_EQ(run({kIndex, "--db", dir / "db"}).exit_code, 2) << "no path at all";
}

TEST(IndexCron, OptionsAndPathsComeInAnyOrder) {
    TempDir dir;
    write_file(dir / "in/good.md", "---\ntitle: Good\n---\n\nGoodword text.\n");
    auto r = run({kIndex, dir / "in", "--db", dir / "db", "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(summary(r)["added"], 1);
}

TEST(IndexCron, TsvFromStandardInputIsAddedOrReplaced) {
    TempDir dir;
    const std::string feed = "printf 'd1\\tFirst stdinword text.\\nd2\\tSecond text.\\n' | ";
    auto r = run({"/bin/sh", "-c",
                  feed + quoted(kIndex) + " --db " + quoted(dir / "db") +
                      " --input tsv --format json -"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(summary(r)["added"], 2) << r.out;
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "stdinword"}).exit_code, 0);
    // A later batch replaces by id and deletes nothing it does not name.
    r = run({"/bin/sh", "-c",
             "printf 'd1\\tReplaced newword text.\\n' | " + quoted(kIndex) + " --db " +
                 quoted(dir / "db") + " --input tsv -"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "stdinword"}).exit_code, 1);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "newword"}).exit_code, 0);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "second"}).exit_code, 0);
}

TEST(IndexCron, DatesWithATimeSortWithinTheirDay) {
    TempDir dir;
    write_file(dir / "in/noon.md",
               "---\ntitle: Noon\ndate: 2024-05-14T12:00:00Z\n---\n\nTimeword noon.\n");
    write_file(dir / "in/nine.md",
               "---\ntitle: Nine\ndate: 2024-05-14 09:00\n---\n\nTimeword nine.\n");
    write_file(dir / "in/day.md", "---\ntitle: Day\ndate: 2024-05-14\n---\n\nTimeword day.\n");
    write_file(dir / "in/next.md",
               "---\ntitle: Next\ndate: 'Wed, 15 May 2024 08:00:00 +0000'\n---\n\nTimeword next.\n");
    write_file(dir / "in/odd.md", "---\ntitle: Odd\ndate: someday\n---\n\nTimeword odd.\n");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("odd.md: warning: front matter: date 'someday'"), std::string::npos)
        << r.err;
    auto s = run({kSearch, "--db", dir / "db", "--format", "json", "--sort", "date", "--until",
                  "2024-05-15", "timeword"});
    ASSERT_EQ(s.exit_code, 0) << s.err;
    const auto results = json::parse(s.out)["results"];
    std::vector<std::string> titles;
    for (const auto& hit : results) titles.push_back(hit["title"]);
    EXPECT_EQ(titles, (std::vector<std::string>{"Day", "Nine", "Noon", "Next"}));
    for (const auto& hit : results)
        EXPECT_EQ(hit["date"].get<std::string>().size(), 10u) << "the day, as before";
    // The passage without a date is still found.
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "timeword", "title:odd"}).exit_code, 0);
}
