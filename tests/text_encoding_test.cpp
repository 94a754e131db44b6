#include "text_encoding.hpp"

#include <gtest/gtest.h>

#include <string>

#include "newsdex/errors.hpp"

using newsdex::decode_text;
using newsdex::declared_charset;
using newsdex::InputError;

TEST(TextEncoding, ValidUtf8StaysAsItIs) {
    auto d = decode_text("Caf\xC3\xA9 au lait", "a.txt");
    EXPECT_EQ(d.utf8, "Caf\xC3\xA9 au lait");
    EXPECT_EQ(d.charset, "utf-8");
    EXPECT_TRUE(d.warnings.empty());
}

TEST(TextEncoding, Latin1IsReadAsWindows1252) {
    // é in Latin-1, and 0x93/0x94 (curly quotes), which only Windows-1252 has.
    auto d = decode_text("Title\n\nCaf\xE9 said \x93yes\x94 to the na\xEFve plan.\n", "a.txt");
    EXPECT_EQ(d.utf8,
              "Title\n\nCaf\xC3\xA9 said \xE2\x80\x9Cyes\xE2\x80\x9D to the na\xC3\xAFve plan.\n");
    EXPECT_EQ(d.charset, "windows-1252");
}

TEST(TextEncoding, ByteOrderMarksDecideAndAreRemoved) {
    EXPECT_EQ(decode_text("\xEF\xBB\xBFHi", "a.txt").utf8, "Hi");
    auto le = decode_text(std::string("\xFF\xFEH\0i\0\xE9\0", 8), "a.txt");
    EXPECT_EQ(le.utf8, "Hi\xC3\xA9");
    EXPECT_EQ(le.charset, "utf-16le");
    auto be = decode_text(std::string("\xFE\xFF\0H\0i", 6), "a.txt");
    EXPECT_EQ(be.utf8, "Hi");
    EXPECT_EQ(be.charset, "utf-16be");
}

TEST(TextEncoding, Utf16WithoutAMarkIsRecognisedByItsNuls) {
    auto d = decode_text(std::string("T\0i\0t\0l\0e\0\n\0", 12), "a.txt");
    EXPECT_EQ(d.utf8, "Title\n");
    EXPECT_EQ(d.charset, "utf-16le");
}

TEST(TextEncoding, NulBytesThatAreNotUtf16AreBinary) {
    try {
        decode_text(std::string("\x7f" "ELF\0\0\1\0\0\0\0\0", 12), "b.txt");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "b.txt");
        EXPECT_NE(e.problem().find("binary file"), std::string::npos) << e.problem();
    }
}

TEST(TextEncoding, AFewBadBytesInUtf8AreReplacedWithAWarning) {
    auto d = decode_text("\xC3\xA9t\xC3\xA9 \xC3\xA0 Paris \xFF ok", "a.txt");
    EXPECT_EQ(d.charset, "utf-8");
    EXPECT_EQ(d.utf8, "\xC3\xA9t\xC3\xA9 \xC3\xA0 Paris \xEF\xBF\xBD ok");
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_EQ(d.warnings[0], "invalid UTF-8 at byte 15 replaced");
}

TEST(TextEncoding, ADeclaredCharsetIsFollowed) {
    EXPECT_EQ(declared_charset("<html><head><meta charset=\"ISO-8859-15\">"), "iso-8859-15");
    EXPECT_EQ(declared_charset("<meta http-equiv='Content-Type' content='text/html; "
                               "charset=windows-1251'>"),
              "windows-1251");
    EXPECT_EQ(declared_charset("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss>"), "koi8-r");
    EXPECT_EQ(declared_charset("<p>no declaration</p>"), "");
    // Cyrillic "Да" in Windows-1251.
    auto d = decode_text("<meta charset=\"windows-1251\"><p>\xC4\xE0</p>", "a.html");
    EXPECT_EQ(d.utf8, "<meta charset=\"windows-1251\"><p>\xD0\x94\xD0\xB0</p>");
    EXPECT_EQ(d.charset, "windows-1251");
}

TEST(TextEncoding, AConvertedXmlDeclarationSaysUtf8) {
    auto d = decode_text("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xE9</rss>", "f.xml");
    EXPECT_EQ(d.utf8, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>caf\xC3\xA9</rss>");
}

TEST(TextEncoding, AnUnknownDeclaredCharsetFallsBackToTheBytes) {
    auto d = decode_text("<meta charset=\"no-such-set\"><p>caf\xC3\xA9</p>", "a.html");
    EXPECT_EQ(d.charset, "utf-8");
    EXPECT_EQ(d.utf8, "<meta charset=\"no-such-set\"><p>caf\xC3\xA9</p>");
}

TEST(TextEncoding, UndeclaredCyrillicIsGuessed) {
    // "Президент провёл совещание …" in Windows-1251, with no declaration.
    const std::string cp1251 =
        "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xEF\xF0\xEE\xE2\xB8\xEB \xF1\xEE\xE2\xE5\xF9\xE0"
        "\xED\xE8\xE5 \xF1 \xF7\xEB\xE5\xED\xE0\xEC\xE8 \xEF\xF0\xE0\xE2\xE8\xF2\xE5\xEB\xFC\xF1"
        "\xF2\xE2\xE0 \xEF\xEE \xE2\xEE\xEF\xF0\xEE\xF1\xE0\xEC \xFD\xEA\xEE\xED\xEE\xEC\xE8\xEA"
        "\xE8.";
    auto d = decode_text(cp1251, "r.txt");
    EXPECT_EQ(d.charset, "windows-1251");
    EXPECT_TRUE(d.utf8.starts_with("\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5"
                                   "\xD0\xBD\xD1\x82 "))  // Президент
        << d.utf8;
}

TEST(TextEncoding, AFewAccentsInEnglishAreWindows1252) {
    auto d = decode_text("The caf\xE9 costs \xA3" "3, na\xEFve.", "a.txt");
    EXPECT_EQ(d.charset, "windows-1252");
    EXPECT_EQ(d.utf8, "The caf\xC3\xA9 costs \xC2\xA3" "3, na\xC3\xAFve.");
}
