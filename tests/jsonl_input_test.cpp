// End to end: newsdex-index --input jsonl, one article a JSON line, from a file or standard
// input, beside files and articles indexed through newsdex::Index.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "newsdex/index.hpp"
#include "process.hpp"

using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;

namespace {

const char* kGood =
    R"({"id": "j1", "title": "Wind", "date": "2021-03-14", "source": "VPA", "url": "https://example.org/j1", "kind": "news", "language": "en", "speakers": ["Tavi Renn"], "topics": ["energy"], "text": "The wind farm opened on the coast.\n\nIt powers ten thousand homes.", "desk": "foreign", "words": 12})"
    "\n"
    R"({"id": 7, "paragraphs": ["Fishing rights\nwere signed.", "The treaty runs ten years."]})"
    "\n";

class JsonlInput : public ::testing::Test {
  protected:
    RunResult index(std::vector<std::string> args) {
        std::vector<std::string> argv = {NEWSDEX_INDEX_BIN, "--db", dir_ / "db"};
        argv.insert(argv.end(), args.begin(), args.end());
        return run(argv);
    }
    // Indexes `file` given on standard input.
    RunResult index_stdin(const std::string& file) {
        return run({"/bin/sh", "-c",
                    std::string("exec \"$0\" --db \"$1\" --input jsonl --format json - < \"$2\""),
                    NEWSDEX_INDEX_BIN, dir_ / "db", file});
    }
    static json summary(const RunResult& r) {
        auto brace = r.out.rfind("\n{");
        return json::parse(brace == std::string::npos ? r.out : r.out.substr(brace + 1));
    }
    json hits(const std::string& query) {
        auto r =
            run({NEWSDEX_SEARCH_BIN, "--db", dir_ / "db", "--format", "json", "-n", "50", query});
        EXPECT_LE(r.exit_code, 1) << r.err;  // 1: nothing found
        return json::parse(r.out)["results"];
    }
    std::vector<std::string> articles(const std::string& query) {
        std::vector<std::string> out;
        for (const auto& hit : hits(query)) out.push_back(hit["article_id"]);
        return out;
    }
    // Rewrites a file so that its size or time certainly differs from the last run's.
    static void rewrite(const std::string& path, const std::string& text) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        write_file(path, text);
    }
    TempDir dir_;
};

}  // namespace

TEST_F(JsonlInput, EachLineIsAnArticleWithItsFields) {
    write_file(dir_ / "in.jsonl", kGood);
    auto r = index({"--input", "jsonl", "--format", "json", dir_ / "in.jsonl"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(summary(r)["added"], 2);
    auto wind = hits("wind");
    ASSERT_EQ(wind.size(), 1u);
    EXPECT_EQ(wind[0]["article_id"], "j1");
    EXPECT_EQ(wind[0]["title"], "Wind");
    EXPECT_EQ(wind[0]["date"], "2021-03-14");
    EXPECT_EQ(wind[0]["source"], "VPA");
    EXPECT_NE(std::find(wind[0]["topics"].begin(), wind[0]["topics"].end(), "energy"),
              wind[0]["topics"].end());
    EXPECT_EQ(articles("homes"), std::vector<std::string>{"j1"}) << "second paragraph";
    auto fishing = hits("fishing");
    ASSERT_EQ(fishing.size(), 1u);
    EXPECT_EQ(fishing[0]["article_id"], "7") << "a whole-number id is its digits";
    EXPECT_EQ(fishing[0]["text"], "Fishing rights were signed.");
    EXPECT_EQ(articles("\"treaty runs\""), std::vector<std::string>{"7"});
}

TEST_F(JsonlInput, BadLinesAreReportedAndTheRestIndexed) {
    write_file(dir_ / "in.jsonl", std::string(kGood) +
                                      "not json\n"
                                      "[1, 2]\n"
                                      R"({"title": "no id", "text": "Orphan text."})"
                                      "\n"
                                      R"({"id": "j4", "title": "no text"})"
                                      "\n"
                                      R"({"id": "j5", "text": 5})"
                                      "\n"
                                      R"({"id": "j6", "text": "Ships.", "topics": [1]})"
                                      "\n"
                                      R"({"id": "j1", "text": "A second j1."})"
                                      "\n"
                                      R"({"id": "j8", "text": "Oil and ships.", "kind": "blog"})"
                                      "\n"
                                      "\n"
                                      R"({"id": "j9", "text": "Harbour cranes.", "date": "soon"})"
                                      "\n"
                                      // Too large for a double: nlohmann's out_of_range.
                                      R"({"id": "j10", "text": "Huge.", "n": 1E400})"
                                      "\n");
    auto r = index({"--input", "jsonl", dir_ / "in.jsonl"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    const auto file = dir_ / "in.jsonl";
    for (const auto& expected :
         {file + ":3: not JSON", file + ":4: not a JSON object", file + ":5: no id",
          file + ":6: no text", file + ":7: 'text' must be a string", file + ":8: each of 'topics'",
          file + ":9: id 'j1' was already used", file + ":10: kind 'blog'",
          file + ":13: not JSON"})
        EXPECT_NE(r.err.find("newsdex-index: " + expected), std::string::npos) << expected << "\n"
                                                                               << r.err;
    EXPECT_NE(r.err.find(file + ": warning: line 12: date 'soon'"), std::string::npos) << r.err;
    EXPECT_EQ(articles("harbour"), std::vector<std::string>{"j9"});
    EXPECT_TRUE(articles("huge").empty());
    EXPECT_EQ(articles("wind"), std::vector<std::string>{"j1"});
    EXPECT_TRUE(articles("orphan").empty());
}

TEST_F(JsonlInput, EmptyInputIsFine) {
    write_file(dir_ / "empty.jsonl", "");
    write_file(dir_ / "blank.jsonl", "\n  \n");
    auto r = index({"--input", "jsonl", dir_ / "empty.jsonl", dir_ / "blank.jsonl"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto s = index_stdin(dir_ / "empty.jsonl");
    EXPECT_EQ(s.exit_code, 0) << s.err;
    EXPECT_EQ(summary(s)["added"], 0);
}

TEST_F(JsonlInput, RerunningAFileIsANoOpAndItsLinesAreTracked) {
    write_file(dir_ / "in.jsonl", kGood);
    ASSERT_EQ(index({"--input", "jsonl", dir_ / "in.jsonl"}).exit_code, 0);
    auto again = index({"--input", "jsonl", "--format", "json", dir_ / "in.jsonl"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(summary(again)["unchanged"], 1);
    EXPECT_EQ(summary(again)["added"], 0);
    EXPECT_EQ(summary(again)["updated"], 0);
    // A line gone from the file takes its article with it, as a TSV line does.
    rewrite(dir_ / "in.jsonl", R"({"id": "j1", "text": "The wind farm opened."})"
                               "\n");
    auto changed = index({"--input", "jsonl", "--format", "json", dir_ / "in.jsonl"});
    ASSERT_EQ(changed.exit_code, 0) << changed.err;
    EXPECT_EQ(summary(changed)["updated"], 1);
    EXPECT_EQ(summary(changed)["deleted"], 1);
    EXPECT_TRUE(articles("fishing").empty());
    EXPECT_EQ(articles("wind"), std::vector<std::string>{"j1"});
}

TEST_F(JsonlInput, StandardInputIsAnIdempotentReplace) {
    write_file(dir_ / "in.jsonl", kGood);
    auto first = index_stdin(dir_ / "in.jsonl");
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(summary(first)["added"], 2);
    auto second = index_stdin(dir_ / "in.jsonl");
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_EQ(summary(second)["added"], 0);
    EXPECT_EQ(summary(second)["updated"], 2);
    EXPECT_EQ(articles("wind"), std::vector<std::string>{"j1"}) << "no passage twice";
    EXPECT_EQ(hits("homes").size(), 1u);
    EXPECT_EQ(hits("wind")[0]["path"], "-");
}

TEST_F(JsonlInput, FolderReindexLeavesJsonlAndMemoryArticlesAlone) {
    write_file(dir_ / "news/a.txt", "Title\n\nThe wind farm opened on the coast.\n");
    write_file(dir_ / "news/b.txt", "Title\n\nA wind turbine broke down.\n");
    write_file(dir_ / "news/feed.jsonl", R"({"id": "feed-1", "text": "Wind power from the feed."})"
                                         "\n");
    write_file(dir_ / "piped.jsonl", R"({"id": "piped-1", "text": "Wind power from a pipe."})"
                                     "\n");
    ASSERT_EQ(index({dir_ / "news"}).exit_code, 0);
    ASSERT_EQ(index({"--input", "jsonl", dir_ / "news/feed.jsonl"}).exit_code, 0);
    ASSERT_EQ(index_stdin(dir_ / "piped.jsonl").exit_code, 0);
    {
        newsdex::IndexOptions options;
        options.db_path = dir_ / "db";
        newsdex::Index index(options);
        newsdex::Article a;
        a.id = "memory-1";
        a.body = "Wind power from memory.";
        index.add(a);
        index.commit();
    }
    ASSERT_EQ(articles("wind").size(), 5u);
    std::filesystem::remove(dir_ / "news/b.txt");
    for (auto args : {std::vector<std::string>{dir_ / "news"},
                      std::vector<std::string>{"--full", dir_ / "news"}}) {
        args.insert(args.begin(), {"--format", "json"});
        auto r = index(args);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        auto got = articles("wind");
        std::sort(got.begin(), got.end());
        EXPECT_EQ(got, (std::vector<std::string>{"a.txt", "feed-1", "memory-1", "piped-1"}));
    }
    // And the other way round: a JSONL run over the folder leaves its text files alone.
    auto r = index({"--input", "jsonl", dir_ / "news"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(articles("wind").size(), 4u);
}

TEST_F(JsonlInput, AFileCannotTakeTheIdOfAnArticleFromStandardInput) {
    write_file(dir_ / "piped.jsonl", R"({"id": "shared", "text": "Wind power from a pipe."})"
                                     "\n");
    ASSERT_EQ(index_stdin(dir_ / "piped.jsonl").exit_code, 0);
    write_file(dir_ / "news/a.md", "---\nid: shared\ntitle: Solar\n---\nSolar panels went up.\n");
    auto r = index({dir_ / "news"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(
        r.err.find("article id 'shared' is already used by an article indexed without a file"),
        std::string::npos)
        << r.err;
    EXPECT_EQ(articles("wind"), std::vector<std::string>{"shared"});
    EXPECT_TRUE(articles("solar").empty());
    // Nor standard input the id of a file's article.
    write_file(dir_ / "news/b.txt", "Title\n\nA treaty on fishing.\n");
    ASSERT_EQ(index({dir_ / "news"}).exit_code, 0);  // a.md failed before: not reported again
    write_file(dir_ / "clash.jsonl", R"({"id": "b.txt", "text": "Overwritten."})"
                                     "\n");
    auto clash = index_stdin(dir_ / "clash.jsonl");
    EXPECT_EQ(clash.exit_code, 3);
    EXPECT_EQ(articles("treaty"), std::vector<std::string>{"b.txt"});
}
