#pragma once
// Text from files and the index made safe to print: control characters and bytes that are
// not UTF-8 are shown as visible escapes, so a title or a file name cannot drive the
// terminal (clear it, set its title, write the clipboard) or break a JSON dump.

#include <string>
#include <string_view>

#include "newsdex/utf8.hpp"

namespace newsdex {

/// What display_text does with tab, newline and carriage return.
enum class Whitespace {
    escape,    ///< as `\x09`, `\x0a`, `\x0d`, like every other control character
    as_space,  ///< each becomes one space (a field or a line that must stay one)
};

/// `text` with every C0 control character, DEL and byte that is not part of valid UTF-8
/// shown as `\xHH` (lower-case hex), and every C1 control character (U+0080–U+009F) as
/// `\u00HH`; the result is valid UTF-8 without control characters.
std::string display_text(std::string_view text, Whitespace whitespace = Whitespace::escape);

/// `text` with only its bytes that are not part of valid UTF-8 shown as `\xHH`: what a JSON
/// string needs (the JSON writer escapes control characters itself).
std::string valid_utf8_text(std::string_view text);

/// A copy of the JSON value `j` (any nlohmann::basic_json) with valid_utf8_text applied to
/// every string and key, dumped with `indent` (-1: one line). nlohmann's dump throws on
/// invalid UTF-8; paths are bytes and may hold it.
template <typename Json>
std::string dump_json(Json j, int indent = -1);

namespace detail {
template <typename Json>
void make_valid_utf8(Json& j) {
    if (j.is_string()) {
        auto& s = j.template get_ref<typename Json::string_t&>();
        s = valid_utf8_text(s);
    } else if (j.is_array()) {
        for (auto& element : j) make_valid_utf8(element);
    } else if (j.is_object()) {
        Json fixed = Json::object();
        for (auto it = j.begin(); it != j.end(); ++it) {
            Json value = std::move(it.value());
            make_valid_utf8(value);
            fixed[valid_utf8_text(it.key())] = std::move(value);
        }
        j = std::move(fixed);
    }
}
}  // namespace detail

namespace detail {
// Whether every string and key of `j` is valid UTF-8 already: the common case, which then
// needs no rebuilt copy.
template <typename Json>
bool all_valid_utf8(const Json& j) {
    if (j.is_string()) return !invalid_utf8_offset(j.template get_ref<const typename Json::string_t&>());
    if (j.is_array()) {
        for (const auto& element : j)
            if (!all_valid_utf8(element)) return false;
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            if (invalid_utf8_offset(it.key()) || !all_valid_utf8(it.value())) return false;
    }
    return true;
}
}  // namespace detail

template <typename Json>
std::string dump_json(Json j, int indent) {
    if (!detail::all_valid_utf8(j)) detail::make_valid_utf8(j);
    return j.dump(indent);
}

}  // namespace newsdex
