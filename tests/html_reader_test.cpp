#include "html_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "newsdex/errors.hpp"

using newsdex::Article;
using newsdex::InputError;
using newsdex::read_html;

namespace {

std::string page(const std::string& name) {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/tests/data/html/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Article read_page(const std::string& name) {
    const auto text = page(name);
    EXPECT_FALSE(text.empty()) << name;
    return read_html(text, {"pages/" + name, name});
}

bool has(const std::string& body, const std::string& text) {
    return body.find(text) != std::string::npos;
}

std::string html_problem(const std::string& html) {
    try {
        read_html(html, {"p.html", "p.html"});
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "p.html");
        return e.problem();
    }
    return "(no error)";
}

}  // namespace

TEST(HtmlReader, PressReleasePage) {
    auto a = read_page("press_release.html");
    EXPECT_EQ(a.id, "press_release.html");
    EXPECT_EQ(a.title, "Ilham Aliyev received the Foreign Minister of Hungary");
    EXPECT_EQ(a.date, "2024-03-14");
    EXPECT_EQ(a.time, "16:20:00");
    EXPECT_EQ(a.source, "Official web-site of President of the Republic of Azerbaijan");
    EXPECT_EQ(a.url, "https://president.az/en/articles/view/61234");
    EXPECT_EQ(a.language, "en");
    EXPECT_TRUE(has(a.body, "received Minister of Foreign Affairs and Trade of Hungary P\xC3\xA9ter "
                            "Szijj\xC3\xA1rt\xC3\xB3."))
        << a.body;
    EXPECT_TRUE(has(a.body, "said: \xE2\x80\x9CHungary is our strategic partner")) << a.body;
    for (const char* junk : {"cookies", "Contacts", "Find", "Share", "Facebook", "Latest news",
                             "school in Shusha", "All rights reserved", "Receptions", "gtag"})
        EXPECT_FALSE(has(a.body, junk)) << junk << "\n" << a.body;
    EXPECT_TRUE(a.warnings.empty());
}

TEST(HtmlReader, KremlinTranscriptKeepsItsSpeakerLines) {
    auto a = read_page("kremlin_transcript.html");
    EXPECT_EQ(a.title, "Meeting with Government members");
    EXPECT_EQ(a.date, "2023-10-11");
    EXPECT_EQ(a.source, "President of Russia");
    EXPECT_EQ(a.url, "http://en.kremlin.ru/events/president/transcripts/72480");
    EXPECT_EQ(a.language, "en");
    EXPECT_TRUE(has(a.body, "\n\nVladimir Putin: Good afternoon, colleagues.\n\n")) << a.body;
    EXPECT_TRUE(has(a.body, "\n\nMarat Khusnullin: Mr President, colleagues,")) << a.body;
    EXPECT_TRUE(has(a.body, "Vladimir Putin: Thank you. What about the regions")) << a.body;
    EXPECT_TRUE(has(a.body, "The President held a meeting")) << a.body;
    for (const char* junk : {"Skip to content", "Administration", "Share on VK", "Housing",
                             "Related stories", "Security Council", "Creative Commons",
                             "counter", "About the website"})
        EXPECT_FALSE(has(a.body, junk)) << junk << "\n" << a.body;
    // The headline is the title, not a paragraph of its own.
    EXPECT_FALSE(a.body.starts_with("Meeting with Government members")) << a.body;
}

TEST(HtmlReader, WhiteHouseRemarksKeepTheirSpeakerLabels) {
    auto a = read_page("white_house_remarks.html");
    EXPECT_EQ(a.title, "Remarks by President Biden on the Economy");
    EXPECT_EQ(a.date, "2023-06-28");  // JSON-LD datePublished, in an @graph
    EXPECT_EQ(a.time, "19:53:29");
    EXPECT_EQ(a.source, "The White House");
    EXPECT_EQ(a.url, "https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/06/28/"
                     "remarks-by-president-biden-on-the-economy/");
    EXPECT_TRUE(has(a.body, "THE PRESIDENT: Hello, Chicago!")) << a.body;
    EXPECT_TRUE(has(a.body, "THE PRESIDENT: I love you back.")) << a.body;
    EXPECT_TRUE(has(a.body, "AUDIENCE MEMBER: We love you, Joe!")) << a.body;
    for (const char* junk : {"We use cookies", "Priorities", "Briefing Room", "Email this page",
                             "Jobs Report", "Stay Connected", "1600 Pennsylvania", "loaded"})
        EXPECT_FALSE(has(a.body, junk)) << junk << "\n" << a.body;
}

TEST(HtmlReader, WireStoryWithoutArticleMarkupFindsItsText) {
    auto a = read_page("wire_story.html");
    EXPECT_EQ(a.title, "EU ministers agree gas price cap after marathon talks");
    EXPECT_EQ(a.date, "2022-12-19");
    EXPECT_EQ(a.time, "17:05:00");
    EXPECT_EQ(a.source, "Wire News");
    EXPECT_EQ(a.url, "");
    EXPECT_TRUE(a.body.starts_with("BRUSSELS, Dec 19 (Wire) - European Union energy ministers"))
        << a.body;
    EXPECT_TRUE(has(a.body, "\"We managed to build the bridge,\" said Czech industry minister"))
        << a.body;
    EXPECT_TRUE(has(a.body, "Germany, which had been sceptical, backed the deal")) << a.body;
    for (const char* junk : {"ADVERTISEMENT", "Markets", "Most read", "Oil falls",
                             "morning briefing", "Reader123", "All rights reserved", "buy now"})
        EXPECT_FALSE(has(a.body, junk)) << junk << "\n" << a.body;
}

TEST(HtmlReader, TitleFallsBackToTheFirstHeading) {
    auto a = read_html("<html><body><h1>Only a heading</h1><p>Some words.</p></body></html>",
                       {"x.html", "x.html"});
    EXPECT_EQ(a.title, "Only a heading");
    EXPECT_EQ(a.body, "Some words.");
}

TEST(HtmlReader, HeadingsInTheBodyStayAsShortParagraphs) {
    auto a = read_html("<title>T</title><article><h1>T</h1><p>Intro.</p>"
                       "<h2>Secretary Rubio on Meet the Press</h2><p>\"We are ready.\"</p></article>",
                       {"x.html", "x.html"});
    EXPECT_EQ(a.body, "Intro.\n\nSecretary Rubio on Meet the Press\n\n\"We are ready.\"");
}

TEST(HtmlReader, AnUnreadableDateIsAWarningNotAFailure) {
    auto a = read_html("<meta name=\"date\" content=\"sometime soon\"><p>Text.</p>",
                       {"x.html", "x.html"});
    EXPECT_EQ(a.date, "");
    ASSERT_EQ(a.warnings.size(), 1u);
    EXPECT_NE(a.warnings[0].find("sometime soon"), std::string::npos);
}

TEST(HtmlReader, PagesWithoutTextGetOneClearError) {
    EXPECT_EQ(html_problem(""), "no text in the page");
    EXPECT_EQ(html_problem("<html><head><title>Empty</title></head><body></body></html>"),
              "no text in the page");
    EXPECT_EQ(html_problem("<html><body><nav>Home News</nav><script>x()</script></body></html>"),
              "no text in the page");
}

TEST(HtmlReader, TruncatedAndGarbledPagesDoNotCrash) {
    const auto full = page("kremlin_transcript.html");
    for (std::size_t cut = 0; cut < full.size(); cut += 97) {
        try {
            read_html(full.substr(0, cut), {"t.html", "t.html"});
        } catch (const InputError&) {
        }
    }
    auto a = read_html(full.substr(0, full.find("Marat Khusnullin: We are")), {"t.html", "t.html"});
    EXPECT_TRUE(has(a.body, "Vladimir Putin: Good afternoon, colleagues.")) << a.body;
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 131 + 7) % 256);
    try {
        read_html(garbage, {"g.html", "g.html"});
    } catch (const InputError&) {
    }
}

TEST(HtmlReader, ATimeInsideAParagraphDatesThePage) {
    auto a = read_html("<article><p class=\"meta\">Published <time datetime=\"2021-03-14\">14 "
                       "March</time></p><p>Body text.</p></article>",
                       {"x.html", "x.html"});
    EXPECT_EQ(a.date, "2021-03-14");
}

TEST(HtmlReader, APopUpCardInsideASpeakersLabelIsLeftOut) {
    // Meeting with Government members, 22 June 2017 (en.kremlin.ru, CC BY 4.0), as saved: the
    // person card that pops up over a name sits inside the label.
    auto a = read_html(
        "<article><div itemprop=\"articleBody\"><p><b>Transport Minister </b><a "
        "href=\"/catalog/persons/333/events\" class=\"person_tag read__tag\"><b>Maxim "
        "Sokolov</b><span class=\"read__tooltip tooltip_person hidden masha-ignore\"> <span "
        "class=\"tooltip__text\"> <span class=\"tooltip_title tooltip_link\">Sokolov "
        "Maxim</span></span> </span></a>: Thank you.</p><p>Mr President,</p></div></article>",
        {"k.html", "k.html"});
    EXPECT_TRUE(has(a.body, "Transport Minister Maxim Sokolov: Thank you.")) << a.body;
    EXPECT_FALSE(has(a.body, "Sokolov Maxim")) << a.body;
}
