#include "article_reader.hpp"

#include "input_formats.hpp"
#include "markdown_reader.hpp"

#include <gtest/gtest.h>

#include "newsdex/errors.hpp"
#include "process.hpp"

using newsdex::InputError;
using newsdex::SourceFile;
using newsdex::parse_article;
using newsdex::read_article;

namespace {
std::string reading_problem(const std::string& text) {
    try {
        parse_article(text, SourceFile{"in.txt", "in.txt"});
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "in.txt");
        return e.problem();
    }
    return "(no error)";
}
}  // namespace

TEST(ArticleReader, FirstNonEmptyLineIsTheTitleWithoutFrontMatter) {
    auto a = parse_article("\n\nLabour plans pay rise\n\nFirst paragraph.\n", {"p/1.txt", "1.txt"});
    EXPECT_EQ(a.title, "Labour plans pay rise");
    EXPECT_EQ(a.id, "1.txt");
    EXPECT_EQ(a.path, "p/1.txt");
    EXPECT_EQ(a.body, "\nFirst paragraph.\n");
}

TEST(ArticleReader, ALineThatRunsOnIsTextNotATitle) {
    auto a = parse_article("I should like\nat the outset to thank you.\n", {"s.txt", "s.txt"});
    EXPECT_EQ(a.title, "");
    EXPECT_EQ(a.body, "I should like\nat the outset to thank you.\n");
    const std::string paragraph(250, 'w');
    auto b = parse_article(paragraph + "\n\nNext.\n", {"s.txt", "s.txt"});
    EXPECT_EQ(b.title, "");
    EXPECT_EQ(b.body, paragraph + "\n\nNext.\n");
}

TEST(ArticleReader, AMarkdownHeadingIsATitleEvenWithTextBelow) {
    auto a = newsdex::read_markdown("# Grain corridor opens\nThe first convoy left.\n", {"g.md", "g.md"});
    EXPECT_EQ(a.title, "Grain corridor opens");
    EXPECT_EQ(a.body, "The first convoy left.\n");
    auto b = newsdex::read_markdown("###\nText.\n", {"h.md", "h.md"});
    EXPECT_EQ(b.title, "");
    EXPECT_EQ(b.body, "Text.\n");
}

TEST(ArticleReader, FrontMatterTitleKeepsTheBodyWhole) {
    auto a = newsdex::read_markdown("---\ntitle: T\n---\nFirst line\n", {"a.md", "a.md"});
    EXPECT_EQ(a.title, "T");
    EXPECT_EQ(a.body, "First line\n");
}

TEST(ArticleReader, CrLfAndBomAreNormalised) {
    auto a = parse_article("\xEF\xBB\xBFTitle\r\n\r\nBody\r\n", {"a.txt", "a.txt"});
    EXPECT_EQ(a.title, "Title");
    EXPECT_EQ(a.body, "\nBody\n");
}

TEST(ArticleReader, BadInputGetsOneClearReason) {
    EXPECT_NE(reading_problem("Title\n\nCaf\xE9 au lait\n").find("invalid UTF-8 at byte 10 (line 3)"),
              std::string::npos);
    EXPECT_NE(reading_problem(std::string("ab\0cd", 5)).find("binary file (NUL byte at offset 2)"),
              std::string::npos);
    EXPECT_EQ(reading_problem(""), "empty file");
    EXPECT_EQ(reading_problem(" \n\t\n"), "empty file");
    EXPECT_EQ(reading_problem("Only a title\n"), "no text after the title");
}

TEST(ArticleReader, HugeFilesAreRefusedBeforeReading) {
    newsdex::test::TempDir dir;
    newsdex::test::write_file(dir / "big.txt", "Title\n\n" + std::string(4096, 'x') + "\n");
    try {
        read_article({dir / "big.txt", "big.txt"}, 1024);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(e.problem().find("file too large"), std::string::npos) << e.problem();
    }
    EXPECT_NO_THROW(read_article({dir / "big.txt", "big.txt"}, 1 << 20));
}

TEST(ArticleReader, UnreadableFileIsAnInputError) {
    EXPECT_THROW(read_article({"/nonexistent/x.txt", "x.txt"}, 1 << 20), InputError);
}

TEST(ArticleReader, AHeadingAsLongAsATextIsBodyNotTitle) {
    const std::string heading = "# " + std::string(2000, 'w') + "\n\nFirst paragraph.\n";
    auto a = newsdex::read_markdown(heading, {"p/1.md", "1.md"});
    EXPECT_TRUE(a.title.empty());
    EXPECT_NE(a.body.find(std::string(2000, 'w')), std::string::npos);
    auto b = newsdex::read_markdown("# A normal heading\n\nFirst paragraph.\n", {"p/2.md", "2.md"});
    EXPECT_EQ(b.title, "A normal heading");
}
