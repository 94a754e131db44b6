#pragma once
// The shapes the query builder looks for in query text (field names, wildcards, operators),
// found by scanning it once, left to right, in constant stack space: regular expressions
// recurse per character and overflow the stack on long queries.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace newsdex::query_scan {

/// A byte range [begin, end) of the scanned text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Whitespace as the query syntax counts it: space, tab, newline, CR, vertical tab, form feed.
bool is_space(char c);

/// Each `name` of `name:X` where name is [a-z_]+ at the start of the text or after
/// whitespace, `(`, `+` or `-`, and X is any character but whitespace.
std::vector<Span> field_names(std::string_view text);

/// Whether `field` (lower case, with its colon: `speaker:`) is written at `at`, in any case,
/// where a field may start: the text's start, or after whitespace, `(`, `+` or `-`.
bool field_at(std::string_view text, std::size_t at, std::string_view field);

/// Each `word` of `word*` where word is [A-Za-z0-9_]+ at the start of the text or after
/// whitespace, `(`, `+` or `-`.
std::vector<Span> wildcard_words(std::string_view text);

/// Each operator written in capitals as a word of its own (AND, OR, NOT, XOR, NEAR, ADJ),
/// with its `/N` when it has one (NEAR/3).
std::vector<Span> operators(std::string_view text);

/// The operator (AND, OR, NOT, XOR, NEAR, ADJ; its `/N` left out) that is the last
/// whitespace-separated word of the text, if it is one.
std::optional<Span> trailing_operator(std::string_view text);

/// The binary operator (AND, OR, XOR, NEAR, ADJ; its `/N` left out) that is the first
/// whitespace-separated word of the text, if it is one.
std::optional<Span> leading_operator(std::string_view text);

/// Whether the text has any query syntax: a quote, parenthesis, colon, `*` or `+`, a `-`
/// at the start of a word, or an operator.
bool has_syntax(std::string_view text);

}  // namespace newsdex::query_scan
