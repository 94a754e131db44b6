// Terminal escape sequences in titles, text, speakers, sources and file names never reach
// the terminal raw through newsdex-search's or newsdex-index's output, and JSON output stays
// JSON when paths hold bytes that are not UTF-8.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "newsdex/display_text.hpp"
#include "newsdex/presenters.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kClear = "\x1b[2J";                   // clears the screen
const std::string kClipboard = "\x1b]52;c;aGVsbG8=\x07";  // OSC 52: writes the clipboard
const std::string kSetTitle = "\x1b]0;pwned\x07";         // OSC 0: sets the window title
const std::string kLink = "\x1b]8;;http://x\x1b\\";       // OSC 8: a hidden hyperlink
const std::string kC1Csi = "\xc2\x9b";                    // U+009B, CSI in one character

// Raw ESC, BEL, the C1 CSI/OSC bytes or a byte that is not UTF-8: what must not be printed.
void expect_no_raw_controls(const std::string& output, const std::string& what) {
    for (unsigned char c : output) {
        if (c == 0x1b || c == 0x07 || c == 0x9b || c == 0x9d || c == 0xff || c == 0xfe) {
            ADD_FAILURE() << what << " has a raw byte 0x" << std::hex << int(c) << ":\n"
                          << newsdex::display_text(output);
            return;
        }
    }
}

// A folder holding one article full of escape sequences, whose file name has one too.
struct HostileArticle {
    TempDir dir;
    std::string db = dir / "db";
    HostileArticle() {
        fs::create_directories(dir / "in");
        write_file(dir / ("in/bad" + kClear + "name.md"),
                   "---\ntitle: \"Energy " + kClear + " title " + kClipboard + " end\"\n"
                   "source: \"Wire " + kClear + " agency\"\n"
                   "speakers: [\"Tavi " + kSetTitle + " Renn\"]\n"
                   "topics: [\"energy" + kClear + "\"]\n---\n\n"
                   "Energy talks " + kClear + " went on. " + kLink + "link text " + kC1Csi +
                   "2J here.\n\n"
                   "\"Energy is the key to everything we do,\" said Tavi " + kSetTitle +
                   " Renn.\n");
    }
};

}  // namespace

TEST(OutputEscaping, SearchOutputShowsEscapeSequencesVisibly) {
    HostileArticle a;
    auto indexed = run({kIndex, "--db", a.db, a.dir / "in"});
    ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
    expect_no_raw_controls(indexed.out + indexed.err, "newsdex-index output");

    for (const std::string format : {"text", "tsv", "trec"}) {
        auto r = run({kSearch, "--db", a.db, "--format", format, "--color", "never", "energy"});
        ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
        expect_no_raw_controls(r.out + r.err, format + " output");
        EXPECT_NE(r.out.find("bad\\x1b[2Jname.md"), std::string::npos) << r.out;
    }
    auto text = run({kSearch, "--db", a.db, "energy", "--facets", "speaker,source,topic"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    expect_no_raw_controls(text.out, "text output with facets");
    EXPECT_NE(text.out.find("Energy \\x1b[2J title \\x1b]52;c;aGVsbG8=\\x07 end"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("Wire \\x1b[2J agency"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("\\u009b2J"), std::string::npos) << text.out;
    auto stats = run({kSearch, "--db", a.db, "--stats"});
    EXPECT_EQ(stats.exit_code, 0) << stats.err;
    expect_no_raw_controls(stats.out, "--stats output");

    // JSON keeps the text as it is, escaped the JSON way.
    auto j = run({kSearch, "--db", a.db, "--format", "json", "energy"});
    ASSERT_EQ(j.exit_code, 0) << j.err;
    const auto parsed = json::parse(j.out);
    ASSERT_FALSE(parsed["results"].empty());
    EXPECT_EQ(parsed["results"][0]["title"], "Energy " + kClear + " title " + kClipboard + " end");
    auto lines = run({kSearch, "--db", a.db, "--format", "jsonl", "energy"});
    ASSERT_EQ(lines.exit_code, 0) << lines.err;
    std::istringstream in(lines.out);
    json one;
    for (std::string line; std::getline(in, line);) EXPECT_NO_THROW(one = json::parse(line));
}

TEST(OutputEscaping, IndexerMessagesShowFileNamesVisibly) {
    TempDir dir;
    fs::create_directories(dir / "in");
    const std::string bad_name = "bad\xff\x1b[2J";
    write_file(dir / ("in/" + bad_name + "binary.md"), std::string("bin\0ary", 7));
    write_file(dir / ("in/" + bad_name + "text.md"), "Title\n\nEnergy words.\n");

    auto dry = run({kIndex, "--db", dir / "db", "--dry-run", dir / "in"});
    EXPECT_EQ(dry.exit_code, 3) << dry.err;
    expect_no_raw_controls(dry.out, "--dry-run change lines");
    expect_no_raw_controls(dry.err, "failure lines");
    EXPECT_NE(dry.out.find("bad\\xff\\x1b[2Jtext.md"), std::string::npos) << dry.out;
    EXPECT_NE(dry.err.find("bad\\xff\\x1b[2Jbinary.md: "), std::string::npos) << dry.err;

    auto j = run({kIndex, "--db", dir / "db", "--dry-run", "--format", "json", dir / "in"});
    EXPECT_EQ(j.exit_code, 3) << j.err;
    // The change lines come first, then the summary.
    const auto summary = j.out.substr(j.out.rfind('\n', j.out.size() - 2) + 1);
    json parsed;
    ASSERT_NO_THROW(parsed = json::parse(summary)) << summary;
    ASSERT_EQ(parsed["failed"].size(), 1u);
    EXPECT_NE(parsed["failed"][0]["path"].get<std::string>().find("bad\\xff\x1b[2Jbinary.md"),
              std::string::npos);
}

// Paths are bytes: hits whose ids and paths are not UTF-8 are shown and dumped all the same.
TEST(OutputEscaping, PresentersEscapeHitsThatAreNotUtf8) {
    newsdex::SearchResponse response;
    response.query = "energy";
    newsdex::SearchHit hit;
    hit.rank = 1;
    hit.score = 1.5;
    hit.passage.passage_id = "dir/bad\xff\x1b[2J.md#0";
    hit.passage.article_id = "dir/bad\xff\x1b[2J.md";
    hit.passage.path = "/data/dir/bad\xff\x1b[2J.md";
    hit.passage.title = "Title " + kClipboard;
    hit.passage.speaker = "Tavi " + kSetTitle;
    hit.passage.source = "Wire\xfe";
    hit.passage.text = "Energy " + kClear + " text " + kC1Csi + " \xff end";
    hit.snippet = {0, hit.passage.text.size()};
    hit.matches = {{0, 6}};
    response.hits.push_back(hit);
    response.facets.push_back({"speaker", {{"Tavi " + kSetTitle, 1}}});
    response.facets.push_back({"source", {{"Wire\xfe", 1}}});

    std::ostringstream text, tsv, trec;
    newsdex::print_text(text, response, {});
    newsdex::print_tsv(tsv, response, true);
    newsdex::print_trec(trec, response, "q\x1b", "tag");
    expect_no_raw_controls(text.str(), "text");
    expect_no_raw_controls(tsv.str(), "tsv");
    expect_no_raw_controls(trec.str(), "trec");
    EXPECT_NE(text.str().find("dir/bad\\xff\\x1b[2J.md#0"), std::string::npos) << text.str();
    EXPECT_NE(text.str().find("Wire\\xfe (1)"), std::string::npos) << text.str();

    json parsed;
    for (int indent : {-1, 2}) {
        ASSERT_NO_THROW(parsed = json::parse(newsdex::response_json_text(response, 0, indent)));
        EXPECT_EQ(parsed["results"][0]["article_id"], "dir/bad\\xff\x1b[2J.md");
        EXPECT_EQ(parsed["results"][0]["source"], "Wire\\xfe");
    }
    std::ostringstream jsonl;
    newsdex::print_jsonl(jsonl, response, "q\xff", 0);
    std::istringstream lines(jsonl.str());
    for (std::string line; std::getline(lines, line);) {
        ASSERT_NO_THROW(parsed = json::parse(line)) << line;
        EXPECT_EQ(parsed["qid"], "q\\xff");
    }
    EXPECT_EQ(json::parse(jsonl.str().substr(0, jsonl.str().find('\n')))["path"],
              "/data/dir/bad\\xff\x1b[2J.md");
    EXPECT_EQ(parsed["facets"]["source"][0]["value"], "Wire\\xfe") << "the summary line";
}
