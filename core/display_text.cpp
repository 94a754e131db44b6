#include "newsdex/display_text.hpp"

#include <cstdint>

namespace newsdex {

namespace {

// Length of the valid UTF-8 sequence at text[i], 0 when the byte there does not start
// one (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, cut short).
std::size_t sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t n = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        n = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        n = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (i + n > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return n;
}

void append_hex(std::string& out, const char* escape, unsigned char value) {
    static constexpr char kDigits[] = "0123456789abcdef";
    out += escape;
    out += kDigits[value >> 4];
    out += kDigits[value & 0xF];
}

template <typename ShowValid>
std::string escape(std::string_view text, ShowValid&& show_valid) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto n = sequence_length(text, i);
        if (n == 0) {
            append_hex(out, "\\x", static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        show_valid(out, text.substr(i, n));
        i += n;
    }
    return out;
}

}  // namespace

std::string display_text(std::string_view text, Whitespace whitespace) {
    return escape(text, [whitespace](std::string& out, std::string_view sequence) {
        const auto first = static_cast<unsigned char>(sequence[0]);
        if (sequence.size() == 1 && (first < 0x20 || first == 0x7F)) {
            if (whitespace == Whitespace::as_space &&
                (first == '\t' || first == '\n' || first == '\r'))
                out += ' ';
            else
                append_hex(out, "\\x", first);
        } else if (sequence.size() == 2 && first == 0xC2 &&
                   static_cast<unsigned char>(sequence[1]) <= 0x9F) {
            // C2 xx encodes U+00xx.
            append_hex(out, "\\u00", static_cast<unsigned char>(sequence[1]));
        } else {
            out += sequence;
        }
    });
}

std::string valid_utf8_text(std::string_view text) {
    return escape(text, [](std::string& out, std::string_view sequence) { out += sequence; });
}

}  // namespace newsdex
