#include "json_writer.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "newsdex/display_text.hpp"
#include "newsdex/utf8.hpp"

namespace newsdex {

namespace {

// nlohmann's escaping with ensure_ascii off: quote, backslash and the C0 controls; every
// other byte as it is (the text is valid UTF-8 by then).
void append_escaped(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xf];
        }
    }
    out.append(text.data() + plain, text.size() - plain);
}

void append_string(std::string& out, std::string_view text) {
    out += '"';
    if (invalid_utf8_offset(text))
        append_escaped(out, valid_utf8_text(text));
    else
        append_escaped(out, text);
    out += '"';
}

}  // namespace

void JsonWriter::newline_indent() {
    out_ += '\n';
    out_.append(levels_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    if (!levels_.back().empty) out_ += ',';
    levels_.back().empty = false;
    if (indent_ >= 0) newline_indent();
}

void JsonWriter::open(char bracket) {
    separate();
    out_ += bracket;
    levels_.push_back({});
}

void JsonWriter::close(char bracket) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty && indent_ >= 0) newline_indent();
    out_ += bracket;
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view name) {
    separate();
    append_string(out_, name);
    out_ += indent_ >= 0 ? ": " : ":";
    after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
    separate();
    append_string(out_, text);
}

void JsonWriter::value(std::uint64_t number) {
    separate();
    char digits[24];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
}

void JsonWriter::value(std::int64_t number) {
    separate();
    char digits[24];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
}

void JsonWriter::value(double number) {
    separate();
    // nlohmann's own shortest form (Grisu2, ".0" on whole numbers, null for NaN and
    // infinities), so that a score reads the same however the response was written.
    out_ += nlohmann::json(number).dump();
}

void JsonWriter::value(bool flag) {
    separate();
    out_ += flag ? "true" : "false";
}

void JsonWriter::null() {
    separate();
    out_ += "null";
}

void JsonWriter::value_or_null_if_empty(std::string_view text) {
    if (text.empty())
        null();
    else
        value(text);
}

void JsonWriter::value_or_null(const std::optional<std::string>& text) {
    if (text)
        value(*text);
    else
        null();
}

}  // namespace newsdex
