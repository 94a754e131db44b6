#pragma once
// Reads a Markdown file (CommonMark, with optional front matter) into an Article whose body
// is the text a reader sees, block by block.

#include <string>

#include "newsdex/article.hpp"
#include "source_files.hpp"

namespace newsdex {

/// The file's front matter applied as for a text file, then its Markdown rendered to text:
/// a paragraph each for paragraphs, headings, list items (an ordered list's number kept),
/// quoted paragraphs, code blocks and HTML blocks (tags stripped). Emphasis markers, link
/// and image URLs, images (alt text too) and inline HTML tags are left out; link text stays.
/// Lines inside a paragraph stay lines, so the segmenter reads them as it reads a text
/// file's. Without a front-matter title, a first heading, or a first paragraph that is one
/// headline-sized line, is the title. Throws InputError as parse_article does.
Article read_markdown(std::string utf8, const SourceFile& file);

}  // namespace newsdex
