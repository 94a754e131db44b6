#include "text_encoding.hpp"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <optional>

#include "newsdex/errors.hpp"
#include "newsdex/utf8.hpp"
#include "plain_text.hpp"

namespace newsdex {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::size_t kDeclarationWindow = 2048;
// Fewer bytes above 0x7F than this in text that is not UTF-8 are read as Windows-1252.
constexpr std::size_t kFewHighBytes = 16;

// The length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return 1;
    std::size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    if (invalid_utf8_offset(s.substr(i, n))) return 0;
    return n;
}

struct Utf8Census {
    std::size_t multibyte = 0;  ///< valid characters of two bytes or more
    std::size_t invalid = 0;    ///< bytes that start no valid character
    std::size_t first_invalid = 0;
};

Utf8Census census(std::string_view s) {
    Utf8Census c;
    for (std::size_t i = 0; i < s.size();) {
        auto n = utf8_sequence(s, i);
        if (n == 0) {
            if (c.invalid++ == 0) c.first_invalid = i;
            ++i;
            continue;
        }
        if (n > 1) ++c.multibyte;
        i += n;
    }
    return c;
}

// Valid characters kept, each invalid byte made U+FFFD.
std::string repair_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    for (std::size_t i = 0; i < s.size();) {
        auto n = utf8_sequence(s, i);
        if (n == 0) {
            out += kReplacement;
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

// The value after `key` (`charset=`, `encoding=`) at `at`, quoted or not.
std::string value_after(std::string_view text, std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '"' || text[at] == '\''))
        ++at;
    auto end = at;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                 text[end] == '-' || text[end] == '_' || text[end] == '.' ||
                                 text[end] == ':'))
        ++end;
    return ascii_lower(text.substr(at, end - at));
}

// Latin-1 as pages and files mean it: with Windows-1252's letters in 0x80–0x9F.
std::string iconv_name(const std::string& charset) {
    if (charset == "iso-8859-1" || charset == "iso8859-1" || charset == "latin1" ||
        charset == "latin-1" || charset == "us-ascii" || charset == "ascii" ||
        charset == "l1" || charset == "cp819" || charset == "iso_8859-1")
        return "windows-1252";
    return charset;
}

bool utf8_name(const std::string& charset) { return charset == "utf-8" || charset == "utf8"; }

struct Converted {
    std::string utf8;
    std::size_t bad = 0;
    std::size_t first_bad = 0;
};

// `bytes` from `charset` to UTF-8; bytes the charset has no character for become U+FFFD.
std::optional<Converted> convert(std::string_view bytes, const std::string& charset) {
    iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::unique_ptr<void, int (*)(iconv_t)> closer(cd, iconv_close);
    Converted out;
    out.utf8.reserve(bytes.size() + bytes.size() / 2);
    char buffer[8192];
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* outp = buffer;
        std::size_t out_left = sizeof buffer;
        const auto done = iconv(cd, &in, &in_left, &outp, &out_left);
        out.utf8.append(buffer, static_cast<std::size_t>(outp - buffer));
        if (done != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) continue;
        // EILSEQ: a byte with no character; EINVAL: a sequence cut off at the end.
        if (out.bad++ == 0) out.first_bad = bytes.size() - in_left;
        out.utf8 += kReplacement;
        ++in;
        --in_left;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    return out;
}

// Which byte of each pair is NUL in ASCII text saved as UTF-16: LE puts it second.
std::optional<std::string> utf16_without_mark(std::string_view bytes) {
    if (bytes.size() < 4 || bytes.size() % 2) return std::nullopt;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\0') ++(i % 2 ? odd : even);
    const auto pairs = bytes.size() / 2;
    if (odd * 10 >= pairs * 3 && even * 20 <= pairs) return "utf-16le";
    if (even * 10 >= pairs * 3 && odd * 20 <= pairs) return "utf-16be";
    return std::nullopt;
}

std::string guess(std::string_view bytes) {
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    if (!detector) return {};
    uchardet_handle_data(detector.get(), bytes.data(), bytes.size());
    uchardet_data_end(detector.get());
    const char* name = uchardet_get_charset(detector.get());
    return name ? ascii_lower(name) : std::string();
}

// An XML declaration that would make an XML parser read the converted text in the old
// encoding again now names UTF-8.
void declare_utf8(std::string& text) {
    if (!text.starts_with("<?xml")) return;
    const auto end = text.find("?>");
    const auto at = text.find("encoding", 0);
    if (end == std::string::npos || at == std::string::npos || at > end) return;
    auto open = text.find_first_of("\"'", at);
    if (open == std::string::npos || open > end) return;
    auto close = text.find(text[open], open + 1);
    if (close == std::string::npos || close > end) return;
    text.replace(open + 1, close - open - 1, "UTF-8");
}

std::string bad_bytes_warning(const std::string& charset, std::size_t count, std::size_t first) {
    std::string what = utf8_name(charset) ? "invalid UTF-8" : "bytes not in " + charset;
    return what + " at byte " + std::to_string(first) + " replaced" +
           (count > 1 ? " (" + std::to_string(count) + " bytes in all)" : std::string());
}

DecodedText from_charset(std::string_view bytes, std::string charset, const std::string& path,
                         std::size_t offset = 0) {
    DecodedText out;
    if (utf8_name(charset)) {
        out.charset = "utf-8";
        const auto c = census(bytes);
        out.utf8 = c.invalid ? repair_utf8(bytes) : std::string(bytes);
        if (c.invalid)
            out.warnings.push_back(bad_bytes_warning("utf-8", c.invalid, c.first_invalid + offset));
    } else {
        out.charset = iconv_name(charset);
        auto converted = convert(bytes, out.charset);
        if (!converted)
            throw InputError(path, "unknown character set '" + charset + "'");
        out.utf8 = std::move(converted->utf8);
        if (converted->bad)
            out.warnings.push_back(
                bad_bytes_warning(out.charset, converted->bad, converted->first_bad + offset));
        declare_utf8(out.utf8);
    }
    if (auto nul = out.utf8.find('\0'); nul != std::string::npos)
        throw InputError(path, "binary file (NUL character in the text read as " + out.charset + ")");
    return out;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
    const auto head = ascii_lower(bytes.substr(0, kDeclarationWindow));
    if (head.starts_with("<?xml")) {
        const auto end = head.find("?>");
        const auto at = head.find("encoding");
        if (at != std::string::npos && at < end) {
            auto eq = head.find('=', at);
            if (eq != std::string::npos && eq < end) return value_after(head, eq + 1);
        }
    }
    for (auto meta = head.find("<meta"); meta != std::string::npos;
         meta = head.find("<meta", meta + 5)) {
        const auto end = head.find('>', meta);
        const auto at = head.find("charset", meta);
        if (at == std::string::npos || at > end) continue;
        auto eq = head.find('=', at);
        if (eq != std::string::npos && eq < end) return value_after(head, eq + 1);
    }
    return {};
}

DecodedText decode_text(std::string_view bytes, const std::string& path) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return from_charset(bytes.substr(3), "utf-8", path, 3);
    if (bytes.starts_with("\xFF\xFE")) return from_charset(bytes.substr(2), "utf-16le", path, 2);
    if (bytes.starts_with("\xFE\xFF")) return from_charset(bytes.substr(2), "utf-16be", path, 2);
    if (bytes.find('\0') != std::string_view::npos) {
        if (auto utf16 = utf16_without_mark(bytes)) return from_charset(bytes, *utf16, path);
        throw InputError(path, "binary file (NUL byte at offset " +
                                   std::to_string(bytes.find('\0')) + ")");
    }
    // A declaration of UTF-16 in bytes without NULs is wrong: they are not UTF-16.
    if (auto declared = declared_charset(bytes);
        !declared.empty() && !declared.starts_with("utf-16")) {
        try {
            return from_charset(bytes, declared, path);
        } catch (const InputError&) {
            // An unknown name declared: the bytes are read as if nothing were declared.
        }
    }
    const auto c = census(bytes);
    if (c.invalid == 0 || c.multibyte > c.invalid) return from_charset(bytes, "utf-8", path);
    // A few accented letters in ASCII text are too little for uchardet, which then guesses
    // any Latin charset (`Caf\xE9` as ISO-8859-2): they are Western European text far more
    // often. Text in Cyrillic, Greek or Central European charsets has many more.
    const auto high = static_cast<std::size_t>(std::count_if(
        bytes.begin(), bytes.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; }));
    if (high < kFewHighBytes) return from_charset(bytes, "windows-1252", path);
    auto guessed = guess(bytes);
    if (guessed.empty() || utf8_name(guessed) || guessed.starts_with("utf-16") ||
        guessed.starts_with("utf-32"))
        guessed = "windows-1252";
    try {
        return from_charset(bytes, guessed, path);
    } catch (const InputError&) {
        return from_charset(bytes, "windows-1252", path);
    }
}

}  // namespace newsdex
