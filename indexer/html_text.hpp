#pragma once
// The readable text of HTML: the paragraphs of a fragment or a page (feed item bodies, web
// pages), with markup, scripts and styles gone, entities decoded and white space collapsed.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// gumbo.h's types, named here so this header does not pull in the parser.
struct GumboInternalNode;
struct GumboInternalOutput;

namespace newsdex {

/// The text of each block (<p>, <blockquote>, <li>, <h1>–<h6>, a <div>'s or a cell's own
/// text), in reading order, each on one line with white space collapsed; empty blocks are
/// left out. A <br> is a space, two in a row end the paragraph. Script, style, noscript,
/// template, svg, form and the page's <head> give no text. Text without any markup (no tag,
/// comment or doctype) is plain text: its blank lines separate paragraphs. Never throws on
/// any input.
std::vector<std::string> html_paragraphs(std::string_view utf8_html);

/// A page or fragment parsed by gumbo (as browsers do: any input gives a tree).
class HtmlTree {
public:
    explicit HtmlTree(std::string_view utf8_html);
    ~HtmlTree();
    HtmlTree(const HtmlTree&) = delete;
    HtmlTree& operator=(const HtmlTree&) = delete;
    /// The <html> element (made up by the parser when the input has none).
    const GumboInternalNode& root() const;

private:
    GumboInternalOutput* output_;
};

/// One block of text as html_text_blocks finds it.
struct TextBlock {
    std::string text;
    int heading = 0;  ///< 1–6 for <h1>–<h6>, 0 for any other block
};

/// The blocks under `root` (as html_paragraphs, headings marked), leaving out every element
/// for which `leave_out` is true, with all it holds.
std::vector<TextBlock> html_text_blocks(
    const GumboInternalNode& root,
    const std::function<bool(const GumboInternalNode&)>& leave_out = {});

/// The text under `node`, white space collapsed (a title, a heading).
std::string html_node_text(const GumboInternalNode& node);

/// `text` with runs of white space (ASCII and no-break spaces) made one space, trimmed.
std::string collapse_white_space(std::string_view text);

}  // namespace newsdex
