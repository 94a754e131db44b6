#include "html_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using newsdex::html_paragraphs;
using Paragraphs = std::vector<std::string>;

TEST(HtmlText, BlocksBecomeParagraphsWithWhiteSpaceCollapsed) {
    EXPECT_EQ(html_paragraphs("<p>First   line\n of  text.</p>\n<p> Second. </p>"),
              (Paragraphs{"First line of text.", "Second."}));
}

TEST(HtmlText, EntitiesAreDecoded) {
    EXPECT_EQ(html_paragraphs("<p>Tom &amp; Jerry&nbsp;said &quot;hi&quot; &#8212; &eacute;t&eacute;</p>"),
              (Paragraphs{"Tom & Jerry said \"hi\" \xE2\x80\x94 \xC3\xA9t\xC3\xA9"}));
}

TEST(HtmlText, QuotesListItemsAndHeadingsAreEachTheirOwn) {
    EXPECT_EQ(html_paragraphs("<h2>Talks</h2><blockquote>We agreed.</blockquote>"
                              "<ul><li>one</li><li>two <b>bold</b></li></ul>"),
              (Paragraphs{"Talks", "We agreed.", "one", "two bold"}));
}

TEST(HtmlText, ADivsOwnTextIsAParagraphBesideItsParagraphs) {
    EXPECT_EQ(html_paragraphs("<div>Loose text <p>In a p.</p> more loose</div>"),
              (Paragraphs{"Loose text", "In a p.", "more loose"}));
}

TEST(HtmlText, OneBreakIsASpaceTwoEndTheParagraph) {
    EXPECT_EQ(html_paragraphs("<p>line one<br>line two<br/><br>next</p>"),
              (Paragraphs{"line one line two", "next"}));
    EXPECT_EQ(html_paragraphs("a<br> <br />b"), (Paragraphs{"a", "b"}));
}

TEST(HtmlText, ScriptsStylesFormsAndTheHeadGiveNoText) {
    const auto got = html_paragraphs(
        "<html><head><title>Page title</title><style>p{color:red}</style></head><body>"
        "<script>var x = '<p>no</p>';</script><noscript>Enable JS</noscript>"
        "<p>Kept.</p><form><label>Email</label><button>Subscribe</button></form>"
        "<svg><text>chart</text></svg><template><p>later</p></template></body></html>");
    EXPECT_EQ(got, (Paragraphs{"Kept."}));
}

TEST(HtmlText, InlineMarkupStaysInItsParagraph) {
    EXPECT_EQ(html_paragraphs("<p>The <a href='x'>minister</a> <em>said</em>: <q>yes</q>.</p>"),
              (Paragraphs{"The minister said: yes."}));
}

TEST(HtmlText, PlainTextAndEmptyInputAreHandled) {
    EXPECT_EQ(html_paragraphs("just text"), (Paragraphs{"just text"}));
    EXPECT_TRUE(html_paragraphs("").empty());
    EXPECT_TRUE(html_paragraphs("<p> \n </p><div></div>").empty());
}

TEST(HtmlText, BrokenMarkupAndDeepNestingDoNotStopIt) {
    EXPECT_EQ(html_paragraphs("<p>open <b>bold <i>both</p><p>next"),
              (Paragraphs{"open bold both", "next"}));
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "<div>";
    deep += "bottom";
    EXPECT_EQ(html_paragraphs(deep), (Paragraphs{"bottom"}));
    const std::string garbage("\x00\xFF<\xFE p>\x80", 8);
    EXPECT_NO_THROW(html_paragraphs(garbage));
}

TEST(HtmlText, TextWithoutMarkupKeepsItsBlankLineParagraphs) {
    EXPECT_EQ(html_paragraphs("First para\nwraps here.\n\n  \nSecond &amp; last, 3 < 4.\n"),
              (Paragraphs{"First para wraps here.", "Second & last, 3 < 4."}));
    // With markup, HTML's rules: a blank line is only white space.
    EXPECT_EQ(html_paragraphs("<b>One</b>\n\ntwo"), (Paragraphs{"One two"}));
}

TEST(HtmlText, StruckTextGivesWayToItsBracketedCorrection) {
    // As the White House prints a slip corrected in a transcript.
    EXPECT_EQ(html_paragraphs("<p>First question is MaryAlice <s>Parker</s> [Parks] of ABC.</p>"
                              "<p>Now <del>NATO</del> [Finland] and Sweden.</p>"
                              "<p>Struck <strike>and gone</strike> for good; [a bracket] stays.</p>"),
              (Paragraphs{"First question is MaryAlice Parks of ABC.", "Now Finland and Sweden.",
                          "Struck for good; [a bracket] stays."}));
}
