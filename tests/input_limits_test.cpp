// End to end: input the indexer must bound or refuse — a line far longer than a paragraph,
// a quotation running on for pages, malformed YAML in an article or in a table.

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "newsdex/passage_record.hpp"
#include "process.hpp"
#include "segmenter.hpp"
#include "test_paths.hpp"

using newsdex::kMaxPassageBytes;
using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json search(const std::string& db, const std::vector<std::string>& args) {
    std::vector<std::string> argv{kSearch, "--db", db, "--format", "json", "--color", "never"};
    argv.insert(argv.end(), args.begin(), args.end());
    auto r = run(argv);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
}

std::size_t longest_passage(const std::string& db) {
    Xapian::Database d(db);
    std::size_t longest = 0;
    for (auto it = d.postlist_begin(""); it != d.postlist_end(""); ++it)
        longest = std::max(
            longest, newsdex::PassageRecord::parse(d.get_document(*it).get_data()).text.size());
    return longest;
}

// About `bytes` of sentences with no line break.
std::string one_line(std::size_t bytes) {
    std::string text;
    for (int i = 0; text.size() < bytes; ++i)
        text += "Delegates debated item " + std::to_string(i) + " of the agenda at length. ";
    return text;
}

}  // namespace

TEST(InputLimits, ALineLongerThanThePassageCapIsSearchableFromStartToEnd) {
    TempDir dir;
    fs::create_directories(dir / "in");
    write_file(dir / "in/long.txt", "Zyxopening remarks begin the session. " +
                                        one_line(3 * kMaxPassageBytes) +
                                        "The session closed with zyxclosing words.");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_LE(longest_passage(dir / "db"), kMaxPassageBytes);
    for (const char* word : {"zyxopening", "zyxclosing"}) {
        auto j = search(dir / "db", {word});
        ASSERT_EQ(j["results"].size(), 1u) << word;
        const auto text = j["results"][0]["text"].get<std::string>();
        EXPECT_LE(text.size(), kMaxPassageBytes) << word;
        EXPECT_NE(text.find(word + 3), std::string::npos) << word;
    }
}

TEST(InputLimits, AQuotationRunningOnForPagesIsCutToo) {
    // Every paragraph re-opens the quote, so it is one quotation of all of them.
    std::string body = "The minister said:\n\n";
    for (int i = 0; i < 150; ++i) body += "\"" + one_line(1000) + "\n\n";
    body += "\"The last paragraph ends with zyxfinale.\"\n";
    TempDir dir;
    fs::create_directories(dir / "in");
    write_file(dir / "in/speech.md", "---\ntitle: A long quotation\n---\n\n" + body);
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_LE(longest_passage(dir / "db"), kMaxPassageBytes);
    auto j = search(dir / "db", {"--kind", "quote", "--", "zyxfinale"});
    ASSERT_EQ(j["results"].size(), 1u);
    EXPECT_LE(j["results"][0]["text"].get<std::string>().size(), kMaxPassageBytes);
}

TEST(InputLimits, MalformedFrontMatterIsThatFilesErrorAndTheRestIsIndexed) {
    TempDir dir;
    fs::create_directories(dir / "in");
    write_file(dir / "in/good.md", "---\ntitle: Good\n---\n\nThe zyxgood paragraph.\n");
    write_file(dir / "in/key.md", "---\ntitle: Bad\n? [a, b]\n: x\n---\n\nText.\n");
    write_file(dir / "in/noid.md", "---\ntitle: Bad\nid:\n---\n\nText.\n");
    // Twice, the files reread each time (the second run would leave them alone as unchanged
    // failures otherwise).
    for (int run_number = 0; run_number < 2; ++run_number) {
        auto r = run({kIndex, "--db", dir / "db", "--retry-failed", dir / "in"});
        EXPECT_EQ(r.exit_code, 3) << r.err;
        EXPECT_NE(r.err.find("newsdex-index: " + dir / "in/key.md" +
                             ": front matter at line 3: a key must be a plain word, not a list\n"),
                  std::string::npos)
            << r.err;
        EXPECT_NE(r.err.find("newsdex-index: " + dir / "in/noid.md" +
                             ": front matter at line 3: 'id' is empty"),
                  std::string::npos)
            << r.err;
        EXPECT_EQ(r.err.find("yaml-cpp"), std::string::npos) << r.err;
    }
    EXPECT_EQ(search(dir / "db", {"zyxgood"})["results"].size(), 1u);
}

TEST(InputLimits, AMalformedTableStopsTheRunNamingTheFileAndLine) {
    struct Case {
        std::string file, yaml, message;
    };
    const std::vector<Case> cases = {
        {"speakers.yaml", "- name: A\n- name: [B, C]\n",
         "speakers.yaml: speaker table at line 2: 'name' must be a name, not a list\n"},
        {"topics.yaml", "energy: [gas]\n? [a, b]\n: [x]\n",
         "topics.yaml: topic taxonomy at line 2: a topic must be a name, not a list\n"},
        {"synonyms.yaml", "- [truce, ceasefire]\n- [a, {b: c}]\n",
         "synonyms.yaml: synonym list at line 2: each synonym must be a word or phrase, not a "
         "map\n"},
        {"topics.yaml", "energy: [gas\n", "topics.yaml: malformed topic taxonomy at line 2: "},
    };
    for (const auto& c : cases) {
        TempDir dir;
        fs::create_directories(dir / "in");
        write_file(dir / "in/a.md", "---\ntitle: A\n---\n\nA paragraph.\n");
        write_file(dir / ("in/" + c.file), c.yaml);
        auto r = run({kIndex, "--db", dir / "db", dir / "in"});
        EXPECT_EQ(r.exit_code, 2) << c.file << ": " << r.err;
        EXPECT_EQ(r.err.rfind("newsdex-index: " + dir / ("in/" + c.file) + ": " +
                                  c.message.substr(c.file.size() + 2),
                              0),
                  0u)
            << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_FALSE(fs::exists(dir / "db") && Xapian::Database(dir / "db").get_doccount() > 0)
            << "nothing is written";
    }
    // Named on the command line, the same.
    TempDir dir;
    write_file(dir / "a.md", "---\ntitle: A\n---\n\nA paragraph.\n");
    write_file(dir / "t.yaml", "energy: {gas: oil}\n");
    auto r = run({kIndex, "--db", dir / "db", "--topics", dir / "t.yaml", dir / "a.md"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, "newsdex-index: " + dir / "t.yaml" +
                         ": topic taxonomy at line 1: topic 'energy' must list words and phrases, "
                         "not a map\n");
}
