#include "html_text.hpp"

#include <gumbo.h>

#include <cctype>
#include <utility>

#include "struck_text.hpp"

namespace newsdex {

namespace {

// Elements that hold no reading text: their content is left out with them.
bool silent(const GumboNode& node) {
    if (node.type == GUMBO_NODE_TEMPLATE) return true;
    if (node.type != GUMBO_NODE_ELEMENT) return false;
    switch (node.v.element.tag) {
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_TITLE:
            return true;
        default:
            return false;
    }
}

// Elements whose start and end end the paragraph before and after them.
bool block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_HTML: case GUMBO_TAG_BODY:
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
        case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU:
        case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        case GUMBO_TAG_HR: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_FIELDSET:
            return true;
        default:
            return false;
    }
}

int heading_level(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_H1: return 1;
        case GUMBO_TAG_H2: return 2;
        case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4;
        case GUMBO_TAG_H5: return 5;
        case GUMBO_TAG_H6: return 6;
        default: return 0;
    }
}

bool is_text(const GumboNode& node) {
    return node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
           node.type == GUMBO_NODE_CDATA;
}

// Gathers blocks while the tree is walked; pages nest deeply, so the walk keeps its own
// stack rather than recursing.
class BlockCollector {
public:
    explicit BlockCollector(std::function<bool(const GumboNode&)> leave_out)
        : leave_out_(std::move(leave_out)) {}

    std::vector<TextBlock> run(const GumboNode& root) {
        struct Frame {
            const GumboNode* node;
            unsigned next = 0;
        };
        std::vector<Frame> stack;
        if (!enter(root, true)) return std::move(blocks_);
        if (root.type == GUMBO_NODE_ELEMENT || root.type == GUMBO_NODE_DOCUMENT) stack.push_back({&root});
        while (!stack.empty()) {
            auto& top = stack.back();
            const GumboVector& children = top.node->type == GUMBO_NODE_DOCUMENT
                                              ? top.node->v.document.children
                                              : top.node->v.element.children;
            if (top.next >= children.length) {
                leave(*top.node);
                stack.pop_back();
                continue;
            }
            const auto& child = *static_cast<const GumboNode*>(children.data[top.next++]);
            if (!enter(child)) continue;
            if (child.type == GUMBO_NODE_ELEMENT) stack.push_back({&child});
        }
        flush();
        return std::move(blocks_);
    }

private:
    // False when the node is left out.
    // The root is taken whatever it is (the text of a <title> asked for).
    bool enter(const GumboNode& node, bool root = false) {
        if (is_text(node)) {
            add_text(node.v.text.text);
            return true;
        }
        if (node.type == GUMBO_NODE_DOCUMENT) return true;
        if (node.type != GUMBO_NODE_ELEMENT) return false;  // comments; templates
        if (!root && (silent(node) || (leave_out_ && leave_out_(node)))) return false;
        const auto tag = node.v.element.tag;
        if (!root && (tag == GUMBO_TAG_S || tag == GUMBO_TAG_STRIKE || tag == GUMBO_TAG_DEL)) {
            text_ += kStruckMark;  // taken back by the publisher: see struck_text.hpp
            return false;
        }
        if (tag == GUMBO_TAG_BR) {
            if (breaks_ > 0) flush();
            else text_ += ' ';
            ++breaks_;
            return false;
        }
        if (block(tag)) {
            flush();
            if (int level = heading_level(tag)) heading_ = level;
        }
        return true;
    }

    void leave(const GumboNode& node) {
        if (node.type == GUMBO_NODE_ELEMENT && block(node.v.element.tag)) flush();
    }

    void add_text(const char* text) {
        std::string_view piece(text);
        if (piece.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos) breaks_ = 0;
        text_ += piece;
    }

    void flush() {
        if (text_.find(kStruckMark) != std::string::npos) text_ = resolve_struck_marks(text_);
        auto one = collapse_white_space(text_);
        if (!one.empty()) blocks_.push_back({std::move(one), heading_});
        text_.clear();
        heading_ = 0;
        breaks_ = 0;
    }

    std::function<bool(const GumboNode&)> leave_out_;
    std::vector<TextBlock> blocks_;
    std::string text_;
    int heading_ = 0;
    int breaks_ = 0;  // <br>s since the last text
};

// Whether `text` has a tag, a comment or a doctype: `<` then a letter, `/`, `!` or `?`.
bool has_markup(std::string_view text) {
    for (auto at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
        if (at + 1 >= text.size()) break;
        const auto next = static_cast<unsigned char>(text[at + 1]);
        if (std::isalpha(next) || next == '/' || next == '!' || next == '?') return true;
    }
    return false;
}

// `text` cut at its blank lines (lines of nothing but white space).
std::vector<std::string_view> blank_line_chunks(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0, line = 0;
    bool blank_seen = false;
    while (line <= text.size()) {
        auto end = text.find('\n', line);
        if (end == std::string_view::npos) end = text.size();
        const auto content = text.substr(line, end - line);
        const bool blank = content.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
        if (blank && !blank_seen && line > start) out.push_back(text.substr(start, line - start));
        if (blank) start = end + 1;
        blank_seen = blank;
        line = end + 1;
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

}  // namespace

std::string collapse_white_space(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        bool white = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (!white && c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            white = true;  // U+00A0, &nbsp;
            ++i;
        }
        if (white) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

HtmlTree::HtmlTree(std::string_view utf8_html) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the parse errors are not used: do not keep them
    output_ = gumbo_parse_with_options(&options, utf8_html.data(), utf8_html.size());
}

HtmlTree::~HtmlTree() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

const GumboNode& HtmlTree::root() const { return *output_->root; }

std::vector<TextBlock> html_text_blocks(const GumboNode& root,
                                        const std::function<bool(const GumboNode&)>& leave_out) {
    return BlockCollector(leave_out).run(root);
}

std::string html_node_text(const GumboNode& node) {
    std::string out;
    for (auto& b : BlockCollector({}).run(node)) {
        if (!out.empty()) out += ' ';
        out += b.text;
    }
    return out;
}

std::vector<std::string> html_paragraphs(std::string_view utf8_html) {
    // Plain text (a feed item's description often is) keeps its blank-line paragraphs,
    // which HTML would run together: each becomes a <p> of its own.
    std::string paragraphs;
    if (!has_markup(utf8_html)) {
        paragraphs = "<p>";
        for (const auto& chunk : blank_line_chunks(utf8_html)) paragraphs.append(chunk).append("</p><p>");
        utf8_html = paragraphs;
    }
    const HtmlTree tree(utf8_html);
    std::vector<std::string> out;
    for (auto& b : html_text_blocks(tree.root())) out.push_back(std::move(b.text));
    return out;
}

}  // namespace newsdex
