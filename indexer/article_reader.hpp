#pragma once
// The plain-text reader: checks a file is text (UTF-8, no NUL bytes, not empty, not huge),
// applies its front matter and finds its title. Which reader a file goes to is
// input_formats.hpp's.

#include <cstdint>
#include <string_view>

#include "newsdex/article.hpp"
#include "source_files.hpp"

namespace newsdex {

/// The file's bytes, refusing files larger than max_bytes. Throws InputError.
std::string read_file_bytes(const SourceFile& file, std::uint64_t max_bytes);

/// Throws InputError naming `path` unless `text` is text: no NUL byte, valid UTF-8 (the
/// error gives the byte offset and line). Shared by every reader of files.
void check_text(std::string_view text, const std::string& path);

/// A plain-text article from text in memory: the checks above, front matter, the title.
Article parse_article(std::string text, const SourceFile& file);

/// `text` without a byte-order mark and with Unix line ends, after check_text. Throws
/// InputError naming `path` when it is not text or is blank ("empty file").
std::string prepare_text(std::string text, const std::string& path);

}  // namespace newsdex
