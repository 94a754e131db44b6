#pragma once
// Reads a PDF file's text into an Article: paragraphs rebuilt from the lines on its pages.

#include <string_view>

#include "newsdex/article.hpp"
#include "source_files.hpp"

namespace newsdex {

/// The text of the PDF `bytes` as paragraphs: lines joined into a paragraph until a gap
/// wider than 1.5 times the usual line spacing, an indented line, or a line after a short
/// one ending a sentence; a word hyphenated at a line end joined when the next line goes on
/// in lower case (`declara-`/`tion`), the hyphen kept otherwise (`Nagorno-`/`Karabakh`);
/// page numbers, and headers and footers repeated on most pages, dropped. The title is the
/// document's Title when it looks like one, else its first line when headline-sized; the
/// date is its CreationDate. Throws InputError naming file.path when the PDF cannot be read
/// ("not a readable PDF"), needs a password ("PDF is encrypted") or holds no text ("PDF has
/// no extractable text": scanned pages).
Article read_pdf(std::string_view bytes, const SourceFile& file);

}  // namespace newsdex
