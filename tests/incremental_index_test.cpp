// End to end: newsdex-index run again and again over a folder that changes, as cron would.

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "process.hpp"

using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

class Incremental : public ::testing::Test {
protected:
    void SetUp() override {
        for (int i = 0; i < 5; ++i)
            write_file(dir_ / ("in/a" + std::to_string(i) + ".md"),
                       "---\ntitle: Item " + std::to_string(i) + "\n---\n\nWord" +
                           std::to_string(i) + " paragraph one.\n\nAnother paragraph " +
                           std::to_string(i) + ".\n");
    }
    json index(std::vector<std::string> extra = {}) {
        std::vector<std::string> argv = {NEWSDEX_INDEX_BIN, "--db", dir_ / "db", "--format", "json"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.push_back(dir_ / "in");
        last_ = run(argv);
        EXPECT_LE(last_.exit_code, 3) << last_.err;
        return json::parse(last_.out);
    }
    json search(const std::string& q) {
        auto r = run({NEWSDEX_SEARCH_BIN, "--db", dir_ / "db", "--format", "json", "-n", "100", q});
        return json::parse(r.out);
    }
    Xapian::doccount passages() { return Xapian::Database(dir_ / "db").get_doccount(); }
    void expect_counts(const json& j, int added, int updated, int deleted, int unchanged) {
        EXPECT_EQ(j["added"], added) << j.dump();
        EXPECT_EQ(j["updated"], updated) << j.dump();
        EXPECT_EQ(j["deleted"], deleted) << j.dump();
        EXPECT_EQ(j["unchanged"], unchanged) << j.dump();
    }
    TempDir dir_;
    RunResult last_;
};

}  // namespace

TEST_F(Incremental, FirstRunAddsSecondRunDoesNothing) {
    expect_counts(index(), 5, 0, 0, 0);
    EXPECT_EQ(passages(), 10u);
    expect_counts(index(), 0, 0, 0, 5);
    EXPECT_EQ(passages(), 10u);
}

TEST_F(Incremental, TouchingAFileUpdatesNothing) {
    index();
    fs::last_write_time(dir_ / "in/a1.md", fs::file_time_type::clock::now() + std::chrono::hours(1));
    auto j = index();
    expect_counts(j, 0, 0, 0, 5);
    EXPECT_EQ(j["passages"], 0) << "nothing re-analysed";
    expect_counts(index(), 0, 0, 0, 5);  // and the manifest learned the new time
}

TEST_F(Incremental, EditReplacesExactlyThatArticle) {
    index();
    write_file(dir_ / "in/a2.md", "---\ntitle: Item 2\n---\n\nFresh words only.\n");
    expect_counts(index(), 0, 1, 0, 4);
    EXPECT_EQ(passages(), 9u);
    EXPECT_TRUE(search("word2")["results"].empty());
    EXPECT_EQ(search("fresh")["results"].size(), 1u);
}

TEST_F(Incremental, DeletedFilesLoseTheirPassagesUnlessAskedToKeep) {
    index();
    fs::remove(dir_ / "in/a3.md");
    auto kept = index({"--no-delete"});
    expect_counts(kept, 0, 0, 0, 4);
    EXPECT_EQ(search("word3")["results"].size(), 1u);
    expect_counts(index(), 0, 0, 1, 4);
    EXPECT_TRUE(search("word3")["results"].empty());
    EXPECT_EQ(passages(), 8u);
}

TEST_F(Incremental, AnIdTakenOverByANewFileIsNotDeletedWithTheOldFile) {
    write_file(dir_ / "in/old.md", "---\nid: report\ntitle: Old\n---\n\nAlpha grain text.\n");
    index();
    fs::remove(dir_ / "in/old.md");
    write_file(dir_ / "in/new.md", "---\nid: report\ntitle: New\n---\n\nBeta lighthouse text.\n");
    expect_counts(index(), 1, 0, 0, 5);
    EXPECT_EQ(search("lighthouse")["results"].size(), 1u);
    EXPECT_TRUE(search("grain")["results"].empty());
}

TEST_F(Incremental, FilesWithTheSameContentAreEachTracked) {
    write_file(dir_ / "in/copy1.md", "---\ntitle: Same\n---\n\nIdentical text.\n");
    write_file(dir_ / "in/copy2.md", "---\ntitle: Same\n---\n\nIdentical text.\n");
    expect_counts(index(), 7, 0, 0, 0);
    fs::remove(dir_ / "in/copy1.md");
    fs::remove(dir_ / "in/copy2.md");
    expect_counts(index(), 0, 0, 2, 5);
    EXPECT_TRUE(search("identical")["results"].empty());
}

TEST_F(Incremental, MovedFileIsRefiledUnderItsNewPath) {
    index();
    fs::create_directories(dir_ / "in/sub");
    fs::rename(dir_ / "in/a4.md", dir_ / "in/sub/a4.md");
    expect_counts(index(), 0, 1, 0, 4);
    EXPECT_EQ(passages(), 10u);
    auto r = search("word4");
    ASSERT_EQ(r["results"].size(), 1u);
    EXPECT_EQ(r["results"][0]["passage_id"], "sub/a4.md#0");
    EXPECT_NE(r["results"][0]["path"].get<std::string>().find("in/sub/a4.md"), std::string::npos);
    expect_counts(index(), 0, 0, 0, 5);
}

TEST_F(Incremental, DryRunListsAndWritesNothing) {
    index();
    write_file(dir_ / "in/a0.md", "---\ntitle: Item 0\n---\n\nChanged.\n");
    write_file(dir_ / "in/new.md", "---\ntitle: New\n---\n\nNew text.\n");
    fs::remove(dir_ / "in/a1.md");
    auto j = index({"--dry-run"});
    expect_counts(j, 1, 1, 1, 3);
    EXPECT_EQ(last_.out.find('{'), 0u) << "stdout is the JSON document alone: " << last_.out;
    std::set<std::pair<std::string, std::string>> planned;
    for (const auto& change : j["planned"])
        planned.insert({change["action"], fs::path(change["path"].get<std::string>()).filename()});
    EXPECT_EQ(planned, (std::set<std::pair<std::string, std::string>>{
                           {"add", "new.md"}, {"update", "a0.md"}, {"delete", "a1.md"}}))
        << j.dump();
    // As text, one line a change.
    auto text = run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", "--dry-run", dir_ / "in"});
    EXPECT_NE(text.out.find("add " + fs::absolute(dir_ / "in/new.md").string()), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("delete "), std::string::npos);
    EXPECT_EQ(passages(), 10u);
    EXPECT_EQ(search("word1")["results"].size(), 1u);
    expect_counts(index(), 1, 1, 1, 3);  // the real run does what the dry run said
}

TEST_F(Incremental, FullRebuildReanalysesEverything) {
    index();
    auto j = index({"--full"});
    EXPECT_EQ(j["updated"], 5);
    EXPECT_EQ(j["passages"], 10);
    EXPECT_EQ(passages(), 10u);
}

TEST_F(Incremental, LockedDatabaseWaitsUpToTheTimeout) {
    index();
    {
        Xapian::WritableDatabase holder(dir_ / "db", Xapian::DB_OPEN);
        auto r = run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", dir_ / "in"});
        EXPECT_EQ(r.exit_code, 75);
        EXPECT_NE(r.err.find("is being updated by another indexer"), std::string::npos);
    }
    std::optional<Xapian::WritableDatabase> holder(std::in_place, dir_ / "db", Xapian::DB_OPEN);
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        holder.reset();
    });
    auto waited = run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", "--lock-timeout", "30", dir_ / "in"});
    release.join();
    EXPECT_EQ(waited.exit_code, 0) << waited.err;
}

TEST_F(Incremental, StatsReportTheLastRun) {
    index();
    write_file(dir_ / "in/a0.md", "---\ntitle: Item 0\n---\n\nChanged.\n");
    index();
    auto r = run({NEWSDEX_SEARCH_BIN, "--db", dir_ / "db", "--stats", "--format", "json"});
    auto j = json::parse(r.out);
    ASSERT_TRUE(j.contains("last_run")) << r.out;
    EXPECT_EQ(j["last_run"]["updated"], 1);
    EXPECT_EQ(j["last_run"]["unchanged"], 4);
}

namespace {

// Every word of the spelling data with its frequency.
std::map<std::string, Xapian::doccount> spelling_table(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::map<std::string, Xapian::doccount> out;
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out[*w] = w.get_termfreq();
    return out;
}

}  // namespace

TEST_F(Incremental, SpellingDataMatchesACleanBuildAfterEditsAndDeletes) {
    index({"--commit-every", "2"});
    write_file(dir_ / "in/a2.md", "---\ntitle: Item 2\n---\n\nBershawn fresh words only.\n");
    write_file(dir_ / "in/a4.md", "---\ntitle: Item 4\n---\n\nAnother paragraph 4 again.\n");
    fs::remove(dir_ / "in/a0.md");
    index({"--commit-every", "2"});
    write_file(dir_ / "in/a2.md", "---\ntitle: Item 2\n---\n\nFresh words only.\n");
    fs::remove(dir_ / "in/a3.md");
    index({"--commit-every", "2"});
    const auto updated = spelling_table(dir_ / "db");
    ASSERT_FALSE(updated.empty());
    EXPECT_EQ(updated.count("word0"), 0u) << "a deleted article's word is still suggested";
    EXPECT_EQ(updated.count("word3"), 0u);
    EXPECT_EQ(updated.count("bershawn"), 0u) << "a replaced passage's word is still suggested";
    ASSERT_EQ(run({NEWSDEX_INDEX_BIN, "--db", dir_ / "clean", dir_ / "in"}).exit_code, 0);
    EXPECT_EQ(updated, spelling_table(dir_ / "clean"));
}
