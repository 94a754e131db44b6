#include "newsdex/utf8.hpp"

#include <utf8proc.h>

namespace newsdex {

std::optional<std::size_t> invalid_utf8_offset(std::string_view text) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t i = 0;
    while (i < size) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(p + i, size - i, &cp);
        if (n <= 0) return static_cast<std::size_t>(i);
        i += n;
    }
    return std::nullopt;
}

}  // namespace newsdex
