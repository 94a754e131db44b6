#pragma once
// Which reader a file goes to: its content first (an HTML page, a feed, a PDF, whatever its
// name), its extension second; and the table of readers, each turning a file into articles.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/article.hpp"
#include "newsdex/indexer.hpp"
#include "source_files.hpp"

namespace newsdex {

enum class FileFormat { text, markdown, html, feed, pdf, jsonl };

std::string_view to_string(FileFormat format);

/// The format of a file from its first bytes (as UTF-8) and, where they do not say, its
/// name: `%PDF-` is a PDF; `<?xml` or `<` with an `<rss`, `<feed` or `<rdf:RDF` element is a
/// feed; `<!DOCTYPE html`, `<html`, `<head`, `<body`, `<meta` or `<title` at the start is a
/// page (a Markdown file only when it opens with the doctype or <html>); .jsonl/.ndjson is
/// JSON Lines; then by extension (.html/.htm/.xhtml, .xml/.rss/.atom, .pdf, .md/.markdown),
/// else plain text.
FileFormat file_format(std::string_view head, const std::string& path);

/// The extension of `path`, lower case, with its dot (`.html`; "" when there is none).
std::string extension_of(const std::string& path);

/// Whether a folder walk takes a file of this extension (lower case, with its dot).
bool readable_extension(std::string_view extension);

/// The extensions a folder walk takes, for messages: `.txt, .md, …`.
std::string readable_extensions();

/// What one file gave.
struct FileArticles {
    std::vector<Article> articles;
    /// Items of a many-article file that were refused (`PATH:LINE`, a feed's item).
    std::vector<FileFailure> bad_items;
    FileFormat format = FileFormat::text;
    /// The file holds many articles, each with the id its reader gave, not one named by
    /// the file's path.
    bool many = false;
    /// Articles a new version of the file no longer holds stay indexed (a feed shows the
    /// latest items only; those it dropped are still news).
    bool keeps_dropped = false;
    /// The charset the text was converted from; empty for UTF-8 and binary formats.
    std::string charset;
};

/// The file's articles, by the reader its format has. Throws InputError naming the file when
/// it cannot be read as that format (or no reader for it is built in).
FileArticles read_articles(std::string bytes, const SourceFile& file);

/// The one article of a file (at most max_bytes), read as the indexer reads it, for tools
/// and tests that take a file of one. Throws InputError naming the file, also when it holds
/// several articles or none.
Article read_article(const SourceFile& file, std::uint64_t max_bytes);

}  // namespace newsdex
