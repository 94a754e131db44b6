#include "feed_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "html_text.hpp"
#include "newsdex/errors.hpp"

using newsdex::Article;
using newsdex::FileFailure;
using newsdex::InputError;
using newsdex::read_feed;
using newsdex::SourceFile;

namespace {

const std::string kFeeds = std::string(NEWSDEX_SOURCE_DIR) + "/tests/data/feeds/";

std::string feed_fixture(const std::string& name) {
    std::ifstream in(kFeeds + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    EXPECT_FALSE(text.str().empty()) << name;
    return text.str();
}

std::vector<Article> feed(const std::string& name, std::vector<FileFailure>& bad) {
    return read_feed(feed_fixture(name), SourceFile{kFeeds + name, "feeds/" + name}, bad);
}

std::string feed_problem(const std::string& name) {
    std::vector<FileFailure> bad;
    try {
        feed(name, bad);
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), kFeeds + name);
        return e.problem();
    }
    return "(no error)";
}

}  // namespace

TEST(HtmlText, ParagraphsAreTheTextsOfParagraphElements) {
    const auto paragraphs = newsdex::html_paragraphs(
        "<p>First &amp; <b>bold</b>\n  text.</p><script>var x = '<p>no</p>';</script>"
        "<p>Caf&eacute; &#8220;quoted&#8221;</p><p>  </p>");
    ASSERT_EQ(paragraphs.size(), 2u);
    EXPECT_EQ(paragraphs[0], "First & bold text.");
    EXPECT_EQ(paragraphs[1], "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
    EXPECT_TRUE(newsdex::html_paragraphs("").empty());
}

TEST(FeedReader, Rss2PressReleasesWithContentEncoded) {
    std::vector<FileFailure> bad;
    const auto items = feed("press-releases-rss2.xml", bad);
    EXPECT_TRUE(bad.empty());
    ASSERT_EQ(items.size(), 3u);

    const auto& a = items[0];
    EXPECT_EQ(a.title, "Foreign Minister Anna Kessel meets her Ostrelian counterpart");
    EXPECT_EQ(a.url, "https://mfa.valdoria.example/press/2021/03/kessel-meets-ostrel-counterpart");
    EXPECT_EQ(a.id, a.url);  // the guid, a permalink
    EXPECT_EQ(a.date, "2021-03-16");
    EXPECT_EQ(a.time, "17:30:00");
    EXPECT_EQ(a.source, "Ministry of Foreign Affairs of Valdoria \xE2\x80\x93 Press releases");
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.metadata.at("byline"), "Press Office");
    EXPECT_EQ(a.metadata.at("categories"), "Bilateral relations, Ostrel");
    EXPECT_TRUE(a.speakers.empty());  // an author writes; the attributor finds who speaks
    EXPECT_EQ(a.metadata.count("author"), 0u);  // which would make them the one speaker
    EXPECT_TRUE(a.topics.empty());
    // content:encoded, not the description; the script gone, the link's text kept.
    EXPECT_EQ(a.body,
              "Foreign Minister Anna Kessel received the Foreign Minister of Ostrel, Piet Varga, "
              "in Valdor on Tuesday.\n\n"
              "\xE2\x80\x9CThe energy corridor is a shared responsibility,\xE2\x80\x9D Minister "
              "Kessel said after the talks. Read the joint statement.\n\n"
              "The ministers agreed to meet again in June & to open a consular office in "
              "Ostrel.");
    EXPECT_EQ(a.path, kFeeds + "press-releases-rss2.xml");

    // An escaped-HTML description; a guid that is not a URI is the channel's.
    const auto& b = items[1];
    EXPECT_EQ(b.id, "https://mfa.valdoria.example/press mfa-press-2021-0412");
    EXPECT_EQ(b.date, "2021-03-15");
    EXPECT_EQ(b.body,
              "The Ministry is deeply concerned by reports of shelling in the border districts."
              "\n\nIt calls on all parties to respect international humanitarian law.");

    // No guid: the link is the id; no text: the headline is.
    const auto& c = items[2];
    EXPECT_EQ(c.id, "https://mfa.valdoria.example/press/2021/03/consular-hours");
    EXPECT_EQ(c.body, "Ministry announces consular hours for the holiday");
}

TEST(FeedReader, AtomEntriesWithHtmlXhtmlAndTextContent) {
    std::vector<FileFailure> bad;
    const auto items = feed("news-desk-atom.xml", bad);
    EXPECT_TRUE(bad.empty());
    ASSERT_EQ(items.size(), 3u);

    const auto& a = items[0];
    EXPECT_EQ(a.id, "tag:desk.example.org,2021:entry-7781");
    EXPECT_EQ(a.title, "Security Council extends mission mandate");
    EXPECT_EQ(a.url, "https://desk.example.org/2021/03/mandate-extended");  // not the enclosure
    EXPECT_EQ(a.date, "2021-03-15");  // published, not updated
    EXPECT_EQ(a.time, "21:10:00");
    EXPECT_EQ(a.source, "Global Affairs Desk");
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.metadata.at("byline"), "Maria Duarte");
    EXPECT_EQ(a.metadata.at("categories"), "Security Council");
    EXPECT_EQ(
        a.body,
        "The Security Council on Monday extended the mandate of the mission for twelve "
        "months.\n\n\xE2\x80\x9CThis vote shows the Council can still act together,\xE2\x80\x9D "
        "the ambassador of Ghana told reporters.");

    const auto& b = items[1];
    EXPECT_EQ(b.language, "fr");
    EXPECT_EQ(b.date, "2021-03-16");  // updated, when nothing is published
    EXPECT_EQ(b.body,
              "Le Conseil de s\xC3\xA9"
              "curit\xC3\xA9 a prolong\xC3\xA9 le mandat de la mission."
              "\n\nLe vote \xC3\xA9tait unanime.");

    // A text summary keeps its paragraphs.
    EXPECT_EQ(items[2].body,
              "Briefings resume on Thursday at noon.\n\nThe spokesperson will take questions.");
    EXPECT_TRUE(items[2].url.empty());
}

TEST(FeedReader, Rss1RdfItemsBesideTheChannel) {
    std::vector<FileFailure> bad;
    const auto items = feed("agency-rss1.rdf", bad);
    EXPECT_TRUE(bad.empty());
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].title,
              "Gespr\xC3\xA4"
              "che in Genf fortgesetzt");
    EXPECT_EQ(items[0].id, "https://agency.example.net/2021/03/16/talks");
    EXPECT_EQ(items[0].date, "2021-03-16");
    EXPECT_EQ(items[0].time, "07:45:00");
    EXPECT_EQ(items[0].language, "de");
    EXPECT_EQ(items[0].source, "Agency Wire");
    EXPECT_EQ(items[0].metadata.at("byline"), "Jonas Weber");
    EXPECT_EQ(items[0].metadata.at("categories"), "Diplomatie");
    EXPECT_EQ(items[1].date, "2021-03-16");
    EXPECT_TRUE(items[1].time.empty());
    EXPECT_EQ(items[1].body,
              "Ein Gipfeltreffen ist f\xC3\xBCr April geplant, teilte das Au\xC3\x9F"
              "enministerium mit.");
}

TEST(FeedReader, CdataEntitiesAndBadItems) {
    std::vector<FileFailure> bad;
    const auto items = feed("cdata-entities-rss2.xml", bad);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].title, "Port workers & ferry crews strike over \"pay gap\"");
    EXPECT_EQ(items[0].url, "https://gazette.example.com/news/strike?id=4&ref=rss");
    EXPECT_EQ(items[0].id, "https://gazette.example.com 4411");
    EXPECT_EQ(items[0].source, "Harbour & Coast Gazette");
    EXPECT_EQ(items[0].metadata.at("byline"), "news@gazette.example.com (Tom Rees)");
    // HTML entities decoded (a no-break space is white space, made a space), the style and
    // the image gone.
    EXPECT_EQ(items[0].body,
              "Dock workers walked out at 6 "
              "a.m. \xE2\x80\x93 the first strike since "
              "1998.\n\nUnion leader Carla Mendes said: \xE2\x80\x9CWe are owed \xC2\xA3"
              "12m."
              "\xE2\x80\x9D");
    EXPECT_EQ(items[1].title, "Caf\xC3\xA9 owners welcome the ferry timetable");
    EXPECT_EQ(items[1].body,
              "Owners of caf\xC3\xA9s on the quay said the new timetable brings \"more trade\".");
    EXPECT_EQ(items[1].date, "2021-03-17");

    ASSERT_EQ(bad.size(), 2u);
    EXPECT_EQ(bad[0].path, kFeeds + "cdata-entities-rss2.xml: item 3");
    EXPECT_EQ(bad[0].error, "no text");
    EXPECT_EQ(bad[1].path, kFeeds + "cdata-entities-rss2.xml: item 4");
    EXPECT_NE(bad[1].error.find("already used"), std::string::npos) << bad[1].error;
}

TEST(FeedReader, TheSameItemGetsTheSameIdWhenFetchedAgain) {
    std::vector<FileFailure> bad;
    const auto first = feed("press-releases-rss2.xml", bad);
    // Fetched again an hour later: a new item on top, the old ones reworded.
    auto text = feed_fixture("press-releases-rss2.xml");
    text.replace(text.find("<item>"), 6,
                 "<item><title>New item</title><link>https://mfa.valdoria.example/new</link>"
                 "<description>Fresh text.</description></item><item>");
    auto pos = text.find("the energy corridor.");
    text.replace(pos, 20, "the energy corridor and trade.");
    const auto again = read_feed(text, SourceFile{"elsewhere/copy.xml", "copy.xml"}, bad);
    ASSERT_EQ(again.size(), first.size() + 1);
    for (std::size_t i = 0; i < first.size(); ++i) EXPECT_EQ(again[i + 1].id, first[i].id);
    // Without guid or link: a hash of title and date, the same each time.
    const std::string bare =
        "<rss><channel><item><title>Only a title</title><pubDate>2021-03-01</pubDate></item>"
        "</channel></rss>";
    const auto x = read_feed(bare, SourceFile{"a.xml", "a.xml"}, bad);
    const auto y = read_feed(bare, SourceFile{"b.xml", "b.xml"}, bad);
    ASSERT_EQ(x.size(), 1u);
    EXPECT_TRUE(x[0].id.starts_with("feed-item-")) << x[0].id;
    EXPECT_EQ(x[0].id, y[0].id);
}

TEST(FeedReader, BrokenEmptyAndForeignXmlAreInputErrors) {
    const auto broken = feed_problem("malformed.xml");
    EXPECT_TRUE(broken.starts_with("not well-formed XML at line 7: ")) << broken;
    EXPECT_NE(broken.find("descripton"), std::string::npos) << broken;
    EXPECT_EQ(feed_problem("empty.xml"), "feed has no items");

    std::vector<FileFailure> bad;
    try {
        read_feed("<html><body><p>Hi</p></body></html>", SourceFile{"p.xml", "p.xml"}, bad);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.problem(), "not an RSS or Atom feed (its root element is <html>)");
    }
    EXPECT_THROW(read_feed("", SourceFile{"e.xml", "e.xml"}, bad), InputError);
}

TEST(FeedReader, NoExternalOrExpandedEntities) {
    // An external entity would read a file: it is not read, the text around it stays.
    const std::string xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">"
        "<!ENTITY own \"declared text\">]>"
        "<rss><channel><item><title>T</title><description>before &secret; &own; after"
        "</description></item></channel></rss>";
    std::vector<FileFailure> bad;
    const auto items = read_feed(xxe, SourceFile{"x.xml", "x.xml"}, bad);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].body, "before after");

    // A billion laughs would fill memory: libxml2 refuses it, and so does the reader.
    std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a0 \"lol\">";
    for (int i = 1; i < 10; ++i) {
        bomb += "<!ENTITY a" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j) bomb += "&a" + std::to_string(i - 1) + ";";
        bomb += "\">";
    }
    bomb +=
        "]><rss><channel><item><title>T</title><description>&a9;</description></item>"
        "</channel></rss>";
    try {
        const auto laughs = read_feed(bomb, SourceFile{"b.xml", "b.xml"}, bad);
        ASSERT_EQ(laughs.size(), 1u);
        EXPECT_LT(laughs[0].body.size(), 100u);
    } catch (const InputError& e) {
        EXPECT_TRUE(e.problem().starts_with("not well-formed XML")) << e.problem();
    }
}
