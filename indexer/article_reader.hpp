#pragma once
// Reads one file into an Article: checks it is text (UTF-8, no NUL bytes, not empty, not
// huge), applies its front matter and finds its title.

#include <cstdint>
#include <string_view>

#include "newsdex/article.hpp"
#include "source_files.hpp"

namespace newsdex {

/// Throws InputError naming the file and the problem.
Article read_article(const SourceFile& file, std::uint64_t max_bytes);

/// The file's bytes, refusing files larger than max_bytes. Throws InputError.
std::string read_file_bytes(const SourceFile& file, std::uint64_t max_bytes);

/// Throws InputError naming `path` unless `text` is text: no NUL byte, valid UTF-8 (the
/// error gives the byte offset and line). Shared by every reader of files.
void check_text(std::string_view text, const std::string& path);

/// The same checks and parsing on text already in memory (for tests and other readers). A
/// .md or .markdown file is read as Markdown (read_markdown).
Article parse_article(std::string text, const SourceFile& file);

/// `text` without a byte-order mark and with Unix line ends, after check_text. Throws
/// InputError naming `path` when it is not text or is blank ("empty file").
std::string prepare_text(std::string text, const std::string& path);

}  // namespace newsdex
