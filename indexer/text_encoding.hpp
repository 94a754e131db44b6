#pragma once
// Finds the character set of a file's bytes (byte-order mark, a declared charset, valid
// UTF-8, else a guess by uchardet) and converts them to UTF-8, so that text saved in
// Latin-1, Windows-1252 or UTF-16 is indexed, not refused.

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

struct DecodedText {
    std::string utf8;
    /// The character set the bytes were read as (lower case, `utf-8`, `windows-1252`, …).
    std::string charset;
    /// Bytes that could not be read in that charset, replaced by U+FFFD: "invalid UTF-8 at
    /// byte N replaced" and the like. Empty for clean input.
    std::vector<std::string> warnings;
};

/// The charset a page or XML document declares in its first 2 KB (`<meta charset=…>`,
/// `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml … encoding="…"?>`),
/// lower case; empty when there is none.
std::string declared_charset(std::string_view bytes);

/// `bytes` as UTF-8, in this order of evidence: a byte-order mark (UTF-8, UTF-16 LE/BE;
/// the mark is removed); UTF-16 without a mark (NULs in every other byte); a declared charset
/// (one iconv does not know is passed over); valid UTF-8; UTF-8 with a few invalid bytes
/// (more valid multi-byte characters than bad bytes: these become U+FFFD, with a warning);
/// Windows-1252 for text with only a few bytes above 0x7F (accented letters in English, too
/// few for a guess); else uchardet's guess, or Windows-1252 when it has none. Latin-1 and
/// ASCII are read as Windows-1252, their superset in practice. An XML declaration naming
/// another encoding is rewritten to say UTF-8. Throws InputError naming `path` when the
/// bytes are binary (NUL bytes, and not UTF-16).
DecodedText decode_text(std::string_view bytes, const std::string& path);

}  // namespace newsdex
