#include "markdown_reader.hpp"

#include <gtest/gtest.h>

#include "article_reader.hpp"
#include "input_formats.hpp"
#include "newsdex/errors.hpp"

using newsdex::InputError;
using newsdex::read_markdown;
using newsdex::SourceFile;

namespace {
newsdex::Article md(const std::string& text) {
    return read_markdown(text, SourceFile{"in/a.md", "a.md"});
}
}  // namespace

TEST(MarkdownReader, LinkTextStaysAndUrlsGo) {
    auto a =
        md("# Talks resume\n\nThe [ministry](https://mfa.example/statement \"title\") said "
           "so, see <https://mfa.example/x> and ![a photo of the hall](hall.jpg) below.\n");
    EXPECT_EQ(a.title, "Talks resume");
    EXPECT_EQ(a.body, "The ministry said so, see https://mfa.example/x and  below.\n");
    EXPECT_EQ(a.body.find("statement"), std::string::npos);
    EXPECT_EQ(a.body.find("hall"), std::string::npos);
}

TEST(MarkdownReader, EmphasisMarkersGoAndEscapesAndEntitiesAreDecoded) {
    auto a =
        md("Title line\n\nShe said it was **very** _important_ and `code` \\*not\\* "
           "emphasis &amp; more &copy;.\n");
    EXPECT_EQ(a.title, "Title line");
    EXPECT_EQ(a.body, "She said it was very important and code *not* emphasis & more \xC2\xA9.\n");
}

TEST(MarkdownReader, HeadingsAreParagraphsOfTheirOwnWithoutMarkers) {
    auto a =
        md("---\ntitle: Round-up\nkind: news\n---\n"
           "## Remarks by President Anna Kessel\n\n"
           "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D she said.\n\n"
           "Setext heading\n--------------\n\nMore text.\n");
    EXPECT_EQ(a.title, "Round-up");  // front matter, as for text files
    EXPECT_EQ(a.kind, "news");
    EXPECT_EQ(a.body,
              "Remarks by President Anna Kessel\n\n"
              "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D she said.\n\n"
              "Setext heading\n\nMore text.\n");
}

TEST(MarkdownReader, ListItemsAndQuotesAreParagraphs) {
    auto a =
        md("# Declaration\n\nThe parties:\n\n"
           "1. agree to meet;\n2. agree to talk.\n\n"
           "- a bullet\n- another *one*\n\n"
           "> Quoted paragraph\n> over two lines.\n>\n> Second quoted.\n");
    EXPECT_EQ(a.body,
              "The parties:\n\n1. agree to meet;\n\n2. agree to talk.\n\n"
              "- a bullet\n\n- another one\n\n"
              "Quoted paragraph\nover two lines.\n\nSecond quoted.\n");
}

TEST(MarkdownReader, APressReleaseKeepsTheDashThatLeadsSpeechIn) {
    // president.az style: the dash paragraphs after `X said:` are the speech; Markdown reads
    // them as a list, and the dash is what tells attribution they are spoken.
    auto a = md("Reception\n\nAddressing the event, President Ilham Aliyev said:\n\n"
                "- Dear ladies and gentlemen:\n\nDear friends:\n");
    EXPECT_EQ(a.body,
              "Addressing the event, President Ilham Aliyev said:\n\n"
              "- Dear ladies and gentlemen:\n\nDear friends:\n");
}

TEST(MarkdownReader, LinesInAParagraphStayLinesForTheSegmenter) {
    // A text laid out one paragraph a line, with no blank lines: the segmenter decides.
    auto a = md("Title\n\nMR MILLER: Good afternoon.\nQUESTION: Thank you.\n");
    EXPECT_EQ(a.body, "MR MILLER: Good afternoon.\nQUESTION: Thank you.\n");
}

TEST(MarkdownReader, CodeBlocksAreTextAndHtmlTagsGo) {
    auto a =
        md("# T\n\n```\nrate = 4.5%\n```\n\n"
           "<div class=\"note\">\n<p>Embargoed until <b>noon</b>.</p>\n</div>\n\n"
           "Inline <span class=\"x\">tagged</span> text.<!-- hidden -->\n");
    EXPECT_EQ(a.body, "rate = 4.5%\n\nEmbargoed until noon.\n\nInline tagged text.\n");
}

TEST(MarkdownReader, TitleRulesMatchTextFiles) {
    // A first paragraph of several lines is text, not a title.
    auto a = md("First line\nsecond line.\n\nNext.\n");
    EXPECT_TRUE(a.title.empty());
    EXPECT_EQ(a.body, "First line\nsecond line.\n\nNext.\n");
    // An empty heading is no title.
    auto b = md("###\nText.\n");
    EXPECT_TRUE(b.title.empty());
    EXPECT_EQ(b.body, "Text.\n");
    // Files named .md are read as Markdown (whatever the case of the name); .txt files stay
    // plain text.
    auto c = newsdex::read_articles("# Heading\n\n*Body*\n", {"x.MD", "x.MD"}).articles.at(0);
    EXPECT_EQ(c.body, "Body\n");
    auto d = newsdex::read_articles("# Heading\n\n*Body*\n", {"x.txt", "x.txt"}).articles.at(0);
    EXPECT_EQ(d.body, "\n*Body*\n");
}

TEST(MarkdownReader, BadInputGetsTheTextFilesErrors) {
    auto problem = [](const std::string& text) {
        try {
            md(text);
        } catch (const InputError& e) {
            EXPECT_EQ(e.path(), "in/a.md");
            return e.problem();
        }
        return std::string("(no error)");
    };
    EXPECT_EQ(problem(""), "empty file");
    EXPECT_EQ(problem("# Only a heading\n"), "no text after the title");
    EXPECT_EQ(problem("<!-- nothing but a comment -->\n\n---\n"), "no text after the title");
    EXPECT_NE(problem("T\n\nCaf\xE9\n").find("invalid UTF-8"), std::string::npos);
    EXPECT_NE(problem("---\ntitle: [unclosed\n---\nText\n").find("front matter"),
              std::string::npos);
}

TEST(MarkdownReader, MalformedAndDeepMarkdownDoesNotCrash) {
    auto a = md("# T\n\n```\nan unterminated fence\nrunning to the end\n");
    EXPECT_EQ(a.body, "an unterminated fence\nrunning to the end\n");
    const std::string quotes(20000, '>');
    auto b = md("T\n\n" + quotes + " deep\n");
    EXPECT_EQ(b.body, "deep\n");
    std::string lists;
    for (int i = 0; i < 2000; ++i)
        lists += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
    auto c = md("T\n\n" + lists);
    EXPECT_NE(c.body.find("item"), std::string::npos);
    auto d = md("T\n\n" + std::string(5000, '[') + "x" + std::string(5000, '*') + "\n");
    EXPECT_NE(d.body.find('x'), std::string::npos);
}

TEST(MarkdownReader, HeadingsAreListedAsSectionTitles) {
    auto a = md("# Title\n\n## Background\n\nText.\n\n### Remarks by the Minister\n\nMore.\n");
    EXPECT_EQ(a.title, "Title");
    EXPECT_EQ(a.headings, (std::vector<std::string>{"Background", "Remarks by the Minister"}));
    EXPECT_NE(a.body.find("Background"), std::string::npos) << "attribution still reads them";
}

TEST(MarkdownReader, StruckTextGivesWayToItsBracketedCorrection) {
    auto a = md("Title line\n\n"
                "PRESIDENT BIDEN: First question is MaryAlice <s>Parker</s> [Parks] of ABC.\n\n"
                "Thank you, Mr. <s>President</s> [Prime Minister]. We met <del>twice</del>.\n\n"
                "An [aside] and <s>an unclosed strike to the end\n\nNext paragraph.\n");
    EXPECT_EQ(a.body,
              "PRESIDENT BIDEN: First question is MaryAlice Parks of ABC.\n\n"
              "Thank you, Mr. Prime Minister. We met .\n\n"
              "An [aside] and\n\nNext paragraph.\n");
}
