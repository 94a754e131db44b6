// Which reader a file goes to, and what the indexer makes of a folder of mixed formats.

#include "input_formats.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "newsdex/errors.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using newsdex::FileFormat;
using newsdex::file_format;
using newsdex::InputError;
using newsdex::read_articles;
using newsdex::test::kIndex;
using newsdex::test::kSearch;
using newsdex::test::kSource;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kLatin1File = kSource + "/../shared/datasets/news/bbc/sport/199.txt";

std::string format_problem(const std::string& bytes, const std::string& name) {
    try {
        read_articles(bytes, {name, name});
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), name);
        return e.problem();
    }
    return "(no error)";
}

std::size_t passages_in(const std::string& db) { return Xapian::Database(db).get_doccount(); }

}  // namespace

TEST(FileFormats, ContentDecidesBeforeTheName) {
    EXPECT_EQ(file_format("<!DOCTYPE html><html><p>x", "a.txt"), FileFormat::html);
    EXPECT_EQ(file_format("\n  <html lang=en>", "page"), FileFormat::html);
    EXPECT_EQ(file_format("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "news.txt"),
              FileFormat::feed);
    EXPECT_EQ(file_format("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "f.html"),
              FileFormat::feed);
    EXPECT_EQ(file_format("<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", "f"), FileFormat::feed);
    EXPECT_EQ(file_format("<?xml version='1.0'?><!DOCTYPE html><html xmlns='x'>", "p.xml"),
              FileFormat::html);
    EXPECT_EQ(file_format("%PDF-1.7\n%\xE2\xE3", "report.txt"), FileFormat::pdf);
    EXPECT_EQ(file_format("<head><title>t</title>", "a.txt"), FileFormat::html);
}

TEST(FileFormats, TheNameDecidesWhereTheContentDoesNot) {
    EXPECT_EQ(file_format("Title\n\nText.", "a.txt"), FileFormat::text);
    EXPECT_EQ(file_format("# Title\n\nText.", "a.md"), FileFormat::markdown);
    EXPECT_EQ(file_format("<title>Markdown may hold HTML</title>", "a.md"), FileFormat::markdown);
    EXPECT_EQ(file_format("{\"id\": 1}", "a.jsonl"), FileFormat::jsonl);
    EXPECT_EQ(file_format("<p>fragment</p>", "a.htm"), FileFormat::html);
    EXPECT_EQ(file_format("<channel>", "a.rss"), FileFormat::feed);
    EXPECT_EQ(file_format("no header", "a.pdf"), FileFormat::pdf);
    EXPECT_EQ(file_format("just words", "notes"), FileFormat::text);
}

TEST(FileFormats, Latin1TextIsConvertedAndItsCharsetKept) {
    auto read = read_articles("Caf\xE9 news\n\nThe caf\xE9 opened.\n", {"c.txt", "c.txt"});
    ASSERT_EQ(read.articles.size(), 1u);
    const auto& a = read.articles.front();
    EXPECT_EQ(a.title, "Caf\xC3\xA9 news");
    EXPECT_EQ(a.body, "\nThe caf\xC3\xA9 opened.\n");
    EXPECT_EQ(read.charset, "windows-1252");
    EXPECT_EQ(a.metadata.at("charset"), "windows-1252");
    EXPECT_FALSE(read.many);
}

TEST(FileFormats, Utf8WithAStrayByteKeepsItsArticleWithAWarning) {
    auto read = read_articles("T\xC3\xA9tre\n\nd\xC3\xA9j\xC3\xA0 vu \x92 here\n", {"w.txt", "w.txt"});
    ASSERT_EQ(read.articles.size(), 1u);
    const auto& a = read.articles.front();
    EXPECT_EQ(read.charset, "");
    EXPECT_EQ(a.metadata.count("charset"), 0u);
    EXPECT_EQ(a.body, "\nd\xC3\xA9j\xC3\xA0 vu \xEF\xBF\xBD here\n");
    ASSERT_EQ(a.warnings.size(), 1u);
    EXPECT_EQ(a.warnings[0], "invalid UTF-8 at byte 18 replaced");
}

TEST(FileFormats, Utf16PagesAreReadAsPages) {
    std::string page = "<html><head><title>Wide</title></head><body><p>Two bytes a letter.</p></body></html>";
    std::string utf16 = "\xFF\xFE";
    for (char c : page) utf16 += std::string{c, '\0'};
    auto read = read_articles(utf16, {"w.htm", "w.htm"});
    EXPECT_EQ(read.format, FileFormat::html);
    EXPECT_EQ(read.charset, "utf-16le");
    ASSERT_EQ(read.articles.size(), 1u);
    EXPECT_EQ(read.articles[0].title, "Wide");
    EXPECT_EQ(read.articles[0].body, "Two bytes a letter.");
}

TEST(FileFormats, JsonLinesInAFolderAreManyArticles) {
    std::vector<std::string> unused;
    auto read = read_articles("{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n",
                              {"x.jsonl", "x.jsonl"});
    EXPECT_TRUE(read.many);
    ASSERT_EQ(read.articles.size(), 2u);
    EXPECT_EQ(read.articles[1].id, "b");
}

TEST(FileFormats, BadFilesGetOneLineErrors) {
    EXPECT_NE(format_problem(std::string("<html>\0\0\x01\x02\x03", 10), "b.html").find("binary file"),
              std::string::npos);
    EXPECT_EQ(format_problem("<html><body><nav>Menu</nav></body></html>", "e.html"),
              "no text in the page");
    EXPECT_EQ(format_problem("", "e.txt"), "empty file");
}

TEST(FolderOfFormats, EveryReadableFormatIsTakenAndOthersCounted) {
    TempDir dir;
    fs::create_directories(dir / "in/pages");
    for (const char* name : {"press_release.html", "kremlin_transcript.html"})
        fs::copy_file(kSource + "/tests/data/html/" + name, dir / ("in/pages/" + std::string(name)));
    write_file(dir / "in/story.txt", "Story\n\nInterconnector words.\n");
    write_file(dir / "in/lines.ndjson",
               "{\"id\":\"wire-1\",\"text\":\"Wire one about turbines.\"}\n"
               "{\"id\":\"wire-2\",\"text\":\"Wire two about pipelines.\"}\n");
    for (const char* name : {"a.jpg", "b.jpg", "c.docx", "README.md", ".hidden.html"})
        write_file(dir / ("in/" + std::string(name)), "# not an article\n\nwords\n");

    auto r = run({kIndex, "--db", dir / "db", "--format", "json", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["added"], 5);  // two pages, a story, two JSON lines
    EXPECT_EQ(j["skipped_by_extension"], (nlohmann::json{{".jpg", 2}, {".docx", 1}}));
    EXPECT_EQ(j["charsets"], nlohmann::json::object());

    // The page has no front matter: its title-case labels make it a transcript, so the
    // minister's words are his turns.
    auto found =
        run({kSearch, "--db", dir / "db", "--format", "json", "speaker:khusnullin housing"});
    ASSERT_EQ(found.exit_code, 0) << found.err;
    auto hits = nlohmann::json::parse(found.out)["results"];
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0]["speaker"], "Marat Khusnullin");
    EXPECT_EQ(hits[0]["kind"], "turn");
    EXPECT_EQ(hits[0]["title"], "Meeting with Government members");
    EXPECT_EQ(hits[0]["date"], "2023-10-11");
    EXPECT_EQ(hits[0]["article_id"], "pages/kremlin_transcript.html");
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "cookie"}).exit_code, 1);

    auto text = run({kIndex, "--db", dir / "db2", dir / "in"});
    EXPECT_NE(text.out.find("skipped: 3 (.jpg 2, .docx 1)"), std::string::npos) << text.out;
}

TEST(FolderOfFormats, ARewrittenManyArticleFileUpdatesItsArticles) {
    TempDir dir;
    write_file(dir / "in/wire.jsonl",
               "{\"id\":\"w1\",\"text\":\"First about turbines.\"}\n"
               "{\"id\":\"w2\",\"text\":\"Second about pipelines.\"}\n");
    ASSERT_EQ(run({kIndex, "--db", dir / "db", dir / "in"}).exit_code, 0);
    EXPECT_EQ(passages_in(dir / "db"), 2u);
    // The same ids again, one changed, one gone, one new: replaced, not duplicated.
    write_file(dir / "in/wire.jsonl",
               "{\"id\":\"w1\",\"text\":\"First about windmills, corrected.\"}\n"
               "{\"id\":\"w3\",\"text\":\"Third about cables.\"}\n");
    auto r = run({kIndex, "--db", dir / "db", "--format", "json", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["added"], 1);
    EXPECT_EQ(j["updated"], 1);
    EXPECT_EQ(j["deleted"], 1);
    EXPECT_EQ(passages_in(dir / "db"), 2u);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "turbines"}).exit_code, 1);
    EXPECT_EQ(run({kSearch, "--db", dir / "db", "windmills"}).exit_code, 0);
}

TEST(FolderOfFormats, ANamedFileOfAnotherKindIsRefusedWithTheKindsThatAreRead) {
    TempDir dir;
    write_file(dir / "photo.jpg", "not text");
    auto r = run({kIndex, "--db", dir / "db", dir / "photo.jpg"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("photo.jpg: not a file newsdex reads (.txt, .md, .markdown, .html"),
              std::string::npos)
        << r.err;
}

TEST(FolderOfFormats, TheBbcLatin1FileIsIndexed) {
    if (!fs::exists(kLatin1File)) GTEST_SKIP() << "../shared/datasets/news/bbc is absent";
    TempDir dir;
    fs::create_directories(dir / "in");
    fs::copy_file(kLatin1File, dir / "in/199.txt");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("converted to UTF-8: 1 (windows-1252 1)"), std::string::npos) << r.out;
    auto found = run({kSearch, "--db", dir / "db", "--format", "json", "Mutu Parma"});
    ASSERT_EQ(found.exit_code, 0) << found.err;
    // 0xA3 in Latin-1 is the pound sign.
    EXPECT_NE(found.out.find("\xC2\xA3" "15.8m"), std::string::npos) << found.out;
}

namespace {
// The first hit's JSON for `query` on `db` (null when nothing matched).
nlohmann::json first_hit(const std::string& db, const std::string& query) {
    auto r = run({kSearch, "--db", db, "--format", "json", query});
    if (r.exit_code != 0) return nullptr;
    auto results = nlohmann::json::parse(r.out)["results"];
    return results.empty() ? nlohmann::json(nullptr) : results[0];
}
}  // namespace

TEST(FolderOfFormats, OneOfEachInputIsSearchableAndIndexingAgainIsANoOp) {
    TempDir dir;
    fs::create_directories(dir / "in");
    auto copy = [&](const std::string& from, const std::string& to) {
        fs::copy_file(kSource + "/tests/data/" + from, dir / ("in/" + to));
    };
    copy("html/press_release.html", "page.html");
    copy("feeds/press-releases-rss2.xml", "releases.xml");
    copy("feeds/news-desk-atom.xml", "desk.atom");
    copy("pdf/declaration.pdf", "declaration.pdf");
    write_file(dir / "in/story.txt",
               "---\ntitle: Grid talks\ndate: 2024-03-01\nsource: Example Wire\n---\n\n"
               "\u201cThe interconnector is live,\u201d Volodymyr Zelensky said.\n");
    write_file(dir / "in/notes.md",
               "---\ntitle: Reception\ndate: 2011-05-28\nsource: Example Office\n---\n\n"
               "Addressing the event, President Ilham Aliyev said:\n\n"
               "- Dear friends, the [reception](https://example.org/r) honours our republic.\n");
    write_file(dir / "in/wire.jsonl",
               "{\"id\":\"wire-1\",\"title\":\"Pipeline deal\",\"date\":\"2024-02-02\","
               "\"source\":\"Wire\",\"text\":\"Engineers finished the pipeline welds.\"}\n");
    // Windows-1252: a pound sign and curly quotes.
    write_file(dir / "in/latin.txt",
               "Budget\n\nThe levy raises \xA3" "5m, \x93" "a fair share\x94" ", said Tavi Renn.\n");

    auto first = run({kIndex, "--db", dir / "db", "--format", "json", dir / "in"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    auto j = nlohmann::json::parse(first.out);
    EXPECT_EQ(j["failed"], nlohmann::json::array());
    EXPECT_EQ(j["charsets"], (nlohmann::json{{"windows-1252", 1}}));
    const std::string db = dir / "db";

    // Each input: found, with its title, date and source, and its speaker where one speaks.
    auto page = first_hit(db, "strategic partner");
    ASSERT_FALSE(page.is_null());
    EXPECT_EQ(page["title"], "Ilham Aliyev received the Foreign Minister of Hungary");
    EXPECT_EQ(page["date"], "2024-03-14");
    EXPECT_EQ(page["source"], "Official web-site of President of the Republic of Azerbaijan");
    EXPECT_EQ(page["speaker"], "Ilham Aliyev");
    auto item = first_hit(db, "shared responsibility");
    ASSERT_FALSE(item.is_null());
    EXPECT_EQ(item["title"], "Foreign Minister Anna Kessel meets her Ostrelian counterpart");
    EXPECT_EQ(item["date"], "2021-03-16");
    EXPECT_EQ(item["speaker"], "Anna Kessel");
    auto entry = first_hit(db, "mandate twelve months");
    ASSERT_FALSE(entry.is_null());
    EXPECT_EQ(entry["title"], "Security Council extends mission mandate");
    EXPECT_TRUE(entry["speaker"].is_null()) << "the feed's author wrote it, nobody said it";
    auto pdf = first_hit(db, "crisis group");
    ASSERT_FALSE(pdf.is_null());
    EXPECT_EQ(pdf["title"], "Joint Declaration on Energy Security");
    EXPECT_EQ(pdf["date"], "2021-03-16");
    auto story = first_hit(db, "interconnector");
    ASSERT_FALSE(story.is_null());
    EXPECT_EQ(story["speaker"], "Volodymyr Zelensky");
    EXPECT_EQ(story["source"], "Example Wire");
    auto md = first_hit(db, "reception honours");
    ASSERT_FALSE(md.is_null());
    EXPECT_EQ(md["speaker"], "Ilham Aliyev");
    EXPECT_EQ(md["date"], "2011-05-28");
    EXPECT_TRUE(first_hit(db, "example.org").is_null()) << "a link's address is not text";
    auto line = first_hit(db, "pipeline welds");
    ASSERT_FALSE(line.is_null());
    EXPECT_EQ(line["title"], "Pipeline deal");
    EXPECT_EQ(line["source"], "Wire");
    auto latin = first_hit(db, "levy");
    ASSERT_FALSE(latin.is_null());
    EXPECT_NE(latin["text"].get<std::string>().find("\xC2\xA3" "5m"), std::string::npos);

    // The same folder again: nothing read, nothing written.
    auto again = run({kIndex, "--db", db, "--format", "json", dir / "in"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    auto k = nlohmann::json::parse(again.out);
    EXPECT_EQ(k["added"], 0);
    EXPECT_EQ(k["updated"], 0);
    EXPECT_EQ(k["deleted"], 0);
    EXPECT_EQ(k["unchanged"], 8);
    EXPECT_EQ(k["passages"], 0);
}

TEST(FolderOfFormats, SectionHeadingsAreReadForSpeakersButAreNoPassages) {
    TempDir dir;
    write_file(dir / "in/remarks.md",
               "# Sunday shows\n\n## Background\n\nThe leaders met in Vilnius.\n\n"
               "## Secretary of State Marco Rubio on Meet the Press\n\n"
               "\u201cThe corridor is not our war.\u201d (Watch)\n");
    write_file(dir / "in/page.html",
               "<html><head><title>Summit</title></head><body><article><h1>Summit</h1>"
               "<h2>Programme notes</h2><p>The delegations arrived on Monday morning.</p>"
               "</article></body></html>");
    auto r = run({kIndex, "--db", dir / "db", dir / "in"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(first_hit(dir / "db", "Background").is_null());
    EXPECT_TRUE(first_hit(dir / "db", "programme notes").is_null());
    EXPECT_FALSE(first_hit(dir / "db", "delegations arrived").is_null());
    auto speech = first_hit(dir / "db", "corridor");
    ASSERT_FALSE(speech.is_null());
    EXPECT_EQ(speech["speaker"], "Marco Rubio") << "the heading still names the speaker";
    EXPECT_TRUE(first_hit(dir / "db", "\"Meet the Press\"").is_null());
}
