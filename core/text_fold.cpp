#include <utf8proc.h>

#include <vector>

#include "newsdex/schema.hpp"

namespace newsdex::schema {

namespace {

// Letters that carry no decomposable accent but that users type without one.
utf8proc_int32_t pre_map(utf8proc_int32_t cp, void*) {
    switch (cp) {
        case 0x018F: case 0x0259: return 'a';  // Ə ə (Azerbaijani schwa: Əliyev → Aliyev)
        case 0x0131: return 'i';               // ı
        case 0x00D8: case 0x00F8: return 'o';  // Ø ø
        case 0x0110: case 0x0111: return 'd';  // Đ đ
        case 0x0141: case 0x0142: return 'l';  // Ł ł
        case 0x2018: case 0x2019: case 0x02BC: return '\'';
        default: return cp;
    }
}

// Accents are stripped only where they decorate a Latin, Greek or Cyrillic base: in other
// scripts (Devanagari, Hebrew…) combining marks are letters in their own right.
bool strippable_base(utf8proc_int32_t cp) {
    return cp < 0x0530 || (cp >= 0x1E00 && cp <= 0x1FFF);
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool all_ascii(std::string_view text) {
    unsigned char any = 0;
    for (unsigned char c : text) any |= c;
    return any < 0x80;
}

std::string fold_stretch(std::string_view text);

}  // namespace

std::string fold(std::string_view text) {
    if (text.empty()) return {};
    // Compatibility decomposition and case folding leave ASCII as it is, lower case aside.
    if (all_ascii(text)) return ascii_lower(text);
    // Only an accent joins the character before it, and accents are not ASCII: between two
    // ASCII characters nothing joins, so ASCII runs are lowered and only the stretches
    // around other characters (with the ASCII character before each) go through utf8proc.
    auto ascii = [&](std::size_t at) { return static_cast<unsigned char>(text[at]) < 0x80; };
    std::string out;
    out.reserve(text.size());
    std::size_t done = 0;
    while (done < text.size()) {
        auto other = done;
        while (other < text.size() && ascii(other)) ++other;
        if (other == text.size()) break;
        const auto begin = other > done ? other - 1 : other;
        out += ascii_lower(text.substr(done, begin - done));
        auto end = other + 1;
        while (end < text.size() && !(ascii(end - 1) && ascii(end))) ++end;
        out += fold_stretch(text.substr(begin, end - begin));
        done = end;
    }
    out += ascii_lower(text.substr(done));
    return out;
}

namespace {

std::string fold_stretch(std::string_view text) {
    const auto options = static_cast<utf8proc_option_t>(
        UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD);
    const auto* in = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::vector<utf8proc_int32_t> buffer(text.size() + 16);
    for (;;) {
        auto n = utf8proc_decompose_custom(in, static_cast<utf8proc_ssize_t>(text.size()),
                                           buffer.data(),
                                           static_cast<utf8proc_ssize_t>(buffer.size()),
                                           options, pre_map, nullptr);
        if (n < 0) return ascii_lower(text);
        if (static_cast<size_t>(n) <= buffer.size()) {
            buffer.resize(static_cast<size_t>(n));
            break;
        }
        buffer.assign(static_cast<size_t>(n), 0);
    }
    std::vector<utf8proc_int32_t> kept;
    kept.reserve(buffer.size() + 1);
    utf8proc_int32_t base = 0;
    for (auto cp : buffer) {
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_MN) {
            if (strippable_base(base)) continue;
        } else {
            base = cp;
        }
        kept.push_back(cp);
    }
    const auto length = static_cast<utf8proc_ssize_t>(kept.size());
    kept.push_back(0);  // utf8proc_reencode writes in place and may need the room
    auto bytes = utf8proc_reencode(kept.data(), length,
                                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE |
                                                                  UTF8PROC_COMPOSE));
    if (bytes < 0) return ascii_lower(text);
    return std::string(reinterpret_cast<const char*>(kept.data()), static_cast<size_t>(bytes));
}

}  // namespace

namespace {
bool word_char(utf8proc_int32_t cp) {
    if (cp >= 0 && cp < 0x80)  // letters, digits and the connector `_`
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
               cp == '_';
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_PC:
            return true;
        default:
            return false;
    }
}

bool is_digit(utf8proc_int32_t cp) {
    if (cp >= 0 && cp < 0x80) return cp >= '0' && cp <= '9';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

// Joiners kept inside a word, as the term generator keeps them: apostrophes, ampersands
// and middle dots between letters (today’s, at&t) and separators between digits (1,400 or
// 3.5).
bool joins(utf8proc_int32_t cp, utf8proc_int32_t before, utf8proc_int32_t after) {
    switch (cp) {
        case '\'': case 0x2019: case 0x201b: case '&': case 0xb7: case 0x5f4: case 0x2027:
            return word_char(before) && word_char(after);
        case ',': case '.': case ';': case 0x37e: case 0x589: case 0x60d: case 0x7f8:
        case 0x2044: case 0xfe10: case 0xfe13: case 0xfe14:
            return is_digit(before) && is_digit(after);
        default:
            return false;
    }
}

// Up to three `+` or `#` ending a word, as in c++ and c#, when no word character follows.
std::size_t suffix_bytes(std::string_view text, std::size_t end) {
    std::size_t n = 0;
    while (n < 3 && end + n < text.size() && (text[end + n] == '+' || text[end + n] == '#')) ++n;
    if (n == 0 || end + n == text.size()) return n;
    utf8proc_int32_t next = -1;
    utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + end + n),
                     static_cast<utf8proc_ssize_t>(text.size() - end - n), &next);
    return word_char(next) || text[end + n] == '+' || text[end + n] == '#' ? 0 : n;
}
}  // namespace

std::vector<WordSpan> word_spans(std::string_view text) {
    std::vector<WordSpan> out;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    auto decode = [&](utf8proc_ssize_t at, utf8proc_int32_t& cp) -> utf8proc_ssize_t {
        if (at >= size) return 0;
        if (p[at] < 0x80) {
            cp = p[at];
            return 1;
        }
        auto n = utf8proc_iterate(p + at, size - at, &cp);
        if (n <= 0) { cp = -1; return 1; }
        return n;
    };
    utf8proc_ssize_t i = 0;
    utf8proc_ssize_t start = -1;
    utf8proc_int32_t previous = -1;
    while (i < size) {
        utf8proc_int32_t cp = -1;
        auto n = decode(i, cp);
        bool inside = word_char(cp);
        if (!inside && start >= 0) {
            utf8proc_int32_t next = -1;
            decode(i + n, next);
            inside = joins(cp, previous, next);
        }
        if (inside && start < 0) start = i;
        if (!inside && start >= 0) {
            const auto end = static_cast<size_t>(i) + suffix_bytes(text, static_cast<size_t>(i));
            out.push_back({static_cast<size_t>(start), end});
            start = -1;
            if (end > static_cast<size_t>(i)) {
                previous = '+';
                i = static_cast<utf8proc_ssize_t>(end);
                continue;
            }
        }
        previous = cp;
        i += n;
    }
    if (start >= 0) out.push_back({static_cast<size_t>(start), static_cast<size_t>(size)});
    return out;
}

std::vector<std::string> words(std::string_view folded) {
    std::vector<std::string> out;
    for (auto span : word_spans(folded))
        out.emplace_back(folded.substr(span.begin, span.end - span.begin));
    return out;
}

}  // namespace newsdex::schema
