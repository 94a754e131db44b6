// display_text, valid_utf8_text and dump_json: what text from files looks like once it is
// safe to print or to dump as JSON.

#include "newsdex/display_text.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

using newsdex::display_text;
using newsdex::dump_json;
using newsdex::valid_utf8_text;
using newsdex::Whitespace;

TEST(DisplayText, PlainTextAndUnicodeAreKept) {
    EXPECT_EQ(display_text("Volodymyr Zelensky · Əliyev “quoted” …"),
              "Volodymyr Zelensky · Əliyev “quoted” …");
    EXPECT_EQ(display_text("a\\x1b stays as typed"), "a\\x1b stays as typed");
    EXPECT_EQ(display_text(""), "");
}

TEST(DisplayText, ControlCharactersAreShownAsEscapes) {
    EXPECT_EQ(display_text("clear\x1b[2Jnow"), "clear\\x1b[2Jnow");
    EXPECT_EQ(display_text("title\x1b]0;pwned\x07"), "title\\x1b]0;pwned\\x07");
    EXPECT_EQ(display_text(std::string("nul\0here", 8)), "nul\\x00here");
    EXPECT_EQ(display_text("del\x7f"), "del\\x7f");
    EXPECT_EQ(display_text("a\tb\nc\rd"), "a\\x09b\\x0ac\\x0dd");
    EXPECT_EQ(display_text("a\tb\nc\rd", Whitespace::as_space), "a b c d");
    EXPECT_EQ(display_text("a\x1b" "b", Whitespace::as_space), "a\\x1bb");
}

TEST(DisplayText, C1ControlCharactersAreShownAsCodePoints) {
    EXPECT_EQ(display_text("csi\xc2\x9b" "2J"), "csi\\u009b2J");
    EXPECT_EQ(display_text("osc\xc2\x9d" "52"), "osc\\u009d52");
    EXPECT_EQ(display_text("\xc2\x80\xc2\x9f\xc2\xa0"), "\\u0080\\u009f\xc2\xa0");  // NBSP kept
}

TEST(DisplayText, BytesThatAreNotUtf8AreShownAsEscapes) {
    EXPECT_EQ(display_text("bad\xff" "name"), "bad\\xffname");
    EXPECT_EQ(display_text("lone\x9b" "csi"), "lone\\x9bcsi");
    EXPECT_EQ(display_text("cut\xe2\x80"), "cut\\xe2\\x80");
    EXPECT_EQ(display_text("overlong\xc0\xaf"), "overlong\\xc0\\xaf");
    EXPECT_EQ(display_text("surrogate\xed\xa0\x80"), "surrogate\\xed\\xa0\\x80");
    EXPECT_EQ(display_text("too big\xf4\x90\x80\x80"), "too big\\xf4\\x90\\x80\\x80");
    EXPECT_EQ(display_text("max\xf4\x8f\xbf\xbf"), "max\xf4\x8f\xbf\xbf");
}

TEST(DisplayText, ValidUtf8TextOnlyTouchesInvalidBytes) {
    EXPECT_EQ(valid_utf8_text("esc\x1b kept, \xff not"), "esc\x1b kept, \\xff not");
    EXPECT_EQ(valid_utf8_text("Əliyev"), "Əliyev");
}

TEST(DisplayText, DumpJsonNeverThrowsOnInvalidUtf8) {
    nlohmann::ordered_json j = {{"path", "dir/bad\xff\x1b.md"},
                                {"list", {"ok", "\xc3"}},
                                {"nested", {{"k\xfe", 1}}}};
    EXPECT_THROW((void)j.dump(), nlohmann::json::type_error);
    const auto text = dump_json(j);
    const auto parsed = nlohmann::json::parse(text);
    EXPECT_EQ(parsed["path"], "dir/bad\\xff\x1b.md");
    EXPECT_EQ(parsed["list"][1], "\\xc3");
    EXPECT_EQ(parsed["nested"]["k\\xfe"], 1);
    // The JSON writer escapes control characters itself.
    EXPECT_NE(text.find("\\u001b"), std::string::npos) << text;
    EXPECT_EQ(dump_json(nlohmann::json{{"a", 1}}, 2), "{\n  \"a\": 1\n}");
}
