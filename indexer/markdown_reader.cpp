#include "markdown_reader.hpp"

#include <cmark.h>

#include <memory>

#include "article_reader.hpp"
#include "front_matter.hpp"
#include "html_text.hpp"
#include "newsdex/errors.hpp"
#include "plain_text.hpp"
#include "struck_text.hpp"

namespace newsdex {

namespace {

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\n");
    return std::string(s.substr(first, last - first + 1));
}

struct Block {
    std::string text;
    bool heading = false;
};

struct NodeFree {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterFree {
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

// The document's blocks as text, in reading order. Walks with cmark's iterator, not by
// recursion, so deep nesting costs no stack.
std::vector<Block> blocks_of(cmark_node* document) {
    std::vector<Block> out;
    std::string current;
    bool in_heading = false;
    int image_depth = 0;      // inside an image: its alt text is left out
    int struck_depth = 0;     // inside <s>, <del> or <strike>: left out, see struck_text.hpp
    // An ordered list item's number, or a bullet item's dash, for its first paragraph: press
    // releases lead speech in with dash paragraphs (`- Dear Mr. President, …`), which
    // Markdown reads as a list, and attribution needs the dash.
    std::string item_number;
    // An empty heading is kept (empty), so that it, not the paragraph after it, is first.
    auto flush = [&](bool heading) {
        if (current.find(kStruckMark) != std::string::npos)
            current = resolve_struck_marks(current);
        auto text = trimmed(current);
        if (!text.empty() || heading) out.push_back({std::move(text), heading});
        current.clear();
    };
    std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(document));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const bool enter = event == CMARK_EVENT_ENTER;
        const char* literal = cmark_node_get_literal(node);
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_PARAGRAPH:
            case CMARK_NODE_HEADING:
                struck_depth = 0;  // an unclosed <s> ends with its paragraph
                if (enter) {
                    flush(false);
                    in_heading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
                    current = std::move(item_number);
                    item_number.clear();
                } else {
                    flush(in_heading);
                    in_heading = false;
                }
                break;
            case CMARK_NODE_ITEM:
                if (enter) {
                    cmark_node* list = cmark_node_parent(node);
                    if (list && cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) {
                        int number = cmark_node_get_list_start(list);
                        for (auto* n = cmark_node_previous(node); n; n = cmark_node_previous(n))
                            ++number;
                        item_number =
                            std::to_string(number) +
                            (cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ") " : ". ");
                    } else if (list) {
                        item_number = "- ";
                    }
                } else {
                    item_number.clear();
                }
                break;
            case CMARK_NODE_CODE_BLOCK:
                flush(false);
                current = std::move(item_number) + (literal ? literal : "");
                item_number.clear();
                flush(false);
                break;
            case CMARK_NODE_HTML_BLOCK:
                flush(false);
                for (auto& p : html_paragraphs(literal ? literal : ""))
                    out.push_back({std::move(p), false});
                break;
            case CMARK_NODE_THEMATIC_BREAK:
                flush(false);
                break;
            case CMARK_NODE_IMAGE:
                image_depth += enter ? 1 : -1;
                break;
            case CMARK_NODE_HTML_INLINE: {
                bool closing = false;
                if (literal && is_struck_tag(literal, closing)) {
                    if (!closing) ++struck_depth;
                    else if (struck_depth > 0 && --struck_depth == 0) current += kStruckMark;
                }
                break;
            }
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                if (image_depth == 0 && struck_depth == 0 && literal) current += literal;
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                if (image_depth == 0 && struck_depth == 0) current += in_heading ? ' ' : '\n';
                break;
            default:  // emphasis, links: their text is in their children; inline HTML: a tag
                break;
        }
    }
    flush(false);
    return out;
}

}  // namespace

Article read_markdown(std::string utf8, const SourceFile& file) {
    Article article;
    article.path = file.path;
    article.id = file.relative;
    const auto text = prepare_text(std::move(utf8), file.path);
    const auto body = apply_front_matter(text, article);

    std::unique_ptr<cmark_node, NodeFree> document(
        cmark_parse_document(body.data(), body.size(), CMARK_OPT_DEFAULT));
    if (!document) throw std::bad_alloc();
    auto blocks = blocks_of(document.get());

    // The title: a first heading, or a first paragraph of one headline-sized line.
    std::size_t first = 0;
    if (article.title.empty() && !blocks.empty()) {
        const auto& b = blocks.front();
        const bool one_line = b.text.find('\n') == std::string::npos;
        if (b.heading && b.text.empty()) {
            first = 1;
        } else if ((b.heading && b.text.size() <= kMaxTitleBytes) ||
                   (!b.heading && one_line && b.text.size() <= kMaxTitleLine)) {
            article.title = b.text;
            first = 1;
        }
    }
    for (std::size_t i = first; i < blocks.size(); ++i) {
        if (blocks[i].text.empty()) continue;
        article.body += (article.body.empty() ? "" : "\n\n") + blocks[i].text;
        if (blocks[i].heading) article.headings.push_back(blocks[i].text);
    }
    if (!article.body.empty()) article.body += '\n';
    if (blank(article.body)) throw InputError(file.path, "no text after the title");
    return article;
}

}  // namespace newsdex
