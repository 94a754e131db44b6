#pragma once
// Byte-level text helpers the readers share: blank lines, ASCII lower case, and how long a
// line may be and still be a title.

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace newsdex {

/// Longer than any headline: a first line this long is text, not a title.
inline constexpr std::size_t kMaxTitleLine = 200;

/// Nothing but spaces, tabs and line breaks.
inline bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

/// ASCII letters lower-cased, every other byte as it is (names of tags, charsets, formats).
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace newsdex
