#pragma once
// UTF-8 validation shared by the file reader and the query parser.

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsdex {

/// Byte offset of the first malformed sequence, or nullopt when text is valid UTF-8.
std::optional<std::size_t> invalid_utf8_offset(std::string_view text);

}  // namespace newsdex
