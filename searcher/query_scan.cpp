#include "query_scan.hpp"

#include <array>
#include <cctype>

namespace newsdex::query_scan {

namespace {

constexpr std::array<std::string_view, 6> kOperators = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};

bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Where a field name or a wildcard word may start.
bool opens_word(std::string_view text, std::size_t at) {
    if (at == 0) return true;
    const char before = text[at - 1];
    return is_space(before) || before == '(' || before == '+' || before == '-';
}

// The end of the operator word spelled at `at`, if one is (not whether it stands alone).
std::optional<std::size_t> operator_word(std::string_view text, std::size_t at,
                                         bool with_not = true) {
    for (auto op : kOperators) {
        if (!with_not && op == "NOT") continue;
        if (text.substr(at, op.size()) == op) return at + op.size();
    }
    return std::nullopt;
}

// The end of `/digits` at `at`, or `at` when there is none.
std::size_t distance_end(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] != '/') return at;
    std::size_t end = at + 1;
    while (end < text.size() && is_digit(text[end])) ++end;
    return end == at + 1 ? at : end;
}

// The operator (with_not: NOT counts) that makes up the whole of [begin, end), as its
// word's span without the `/N`.
std::optional<Span> whole_operator(std::string_view text, std::size_t begin, std::size_t end,
                                   bool with_not) {
    const auto word = operator_word(text.substr(0, end), begin, with_not);
    if (!word || distance_end(text.substr(0, end), *word) != end) return std::nullopt;
    return Span{begin, *word};
}

}  // namespace

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool field_at(std::string_view text, std::size_t at, std::string_view field) {
    if (at > text.size() || text.size() - at < field.size()) return false;
    for (std::size_t k = 0; k < field.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(text[at + k])) != field[k]) return false;
    return opens_word(text, at);
}

std::vector<Span> field_names(std::string_view text) {
    std::vector<Span> out;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_name(text[i]) || !opens_word(text, i)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_name(text[end])) ++end;
        if (end + 1 < text.size() && text[end] == ':' && !is_space(text[end + 1]))
            out.push_back({i, end});
        i = end;
    }
    return out;
}

std::vector<Span> wildcard_words(std::string_view text) {
    std::vector<Span> out;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_word(text[i]) || !opens_word(text, i)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word(text[end])) ++end;
        if (end < text.size() && text[end] == '*') out.push_back({i, end});
        i = end;
    }
    return out;
}

std::vector<Span> operators(std::string_view text) {
    std::vector<Span> out;
    for (std::size_t i = 0; i < text.size();) {
        if (i > 0 && is_word(text[i - 1])) {
            ++i;
            continue;
        }
        const auto word = operator_word(text, i);
        if (!word || (*word < text.size() && is_word(text[*word]))) {
            ++i;
            continue;
        }
        // `/N` belongs to the operator only when a word boundary follows it too.
        auto end = distance_end(text, *word);
        if (end < text.size() && is_word(text[end])) end = *word;
        out.push_back({i, end});
        i = end;
    }
    return out;
}

std::optional<Span> trailing_operator(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && is_space(text[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && !is_space(text[begin - 1])) --begin;
    if (begin == end) return std::nullopt;
    return whole_operator(text, begin, end, true);
}

std::optional<Span> leading_operator(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size() && is_space(text[begin])) ++begin;
    std::size_t end = begin;
    while (end < text.size() && !is_space(text[end])) ++end;
    if (begin == end) return std::nullopt;
    return whole_operator(text, begin, end, false);
}

bool has_syntax(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '(' || c == ')' || c == ':' || c == '*' || c == '+') return true;
        if (c == '-' && (i == 0 || is_space(text[i - 1]))) return true;
        if (i > 0 && is_word(text[i - 1])) continue;
        if (const auto word = operator_word(text, i);
            word && (*word == text.size() || !is_word(text[*word])))
            return true;
    }
    return false;
}

}  // namespace newsdex::query_scan
