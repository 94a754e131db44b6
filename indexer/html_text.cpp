#include "html_text.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>
#include <set>

#include "libxml_init.hpp"

namespace newsdex {

namespace {

// Elements that start and end a paragraph of their own.
bool is_block(std::string_view name) {
    static const std::set<std::string_view> kBlocks = {
        "address", "article", "aside", "blockquote", "body",     "br",         "caption", "dd",
        "details", "div",     "dl",    "dt",         "fieldset", "figcaption", "figure",  "footer",
        "form",    "h1",      "h2",    "h3",         "h4",       "h5",         "h6",      "header",
        "hr",      "li",      "main",  "nav",        "ol",       "p",          "pre",     "section",
        "summary", "table",   "td",    "th",         "tr",       "ul",         "html"};
    return kBlocks.count(name) > 0;
}

// Elements whose content is not text a reader sees.
bool is_hidden(std::string_view name) {
    return name == "script" || name == "style" || name == "noscript" || name == "template" ||
           name == "head" || name == "title" || name == "iframe" || name == "object" ||
           name == "svg" || name == "math";
}

// Collects text with white space collapsed; flush() ends a paragraph.
class Paragraphs {
  public:
    void text(const char* s) {
        for (; *s; ++s) {
            const char c = *s;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space_ = !current_.empty();
            } else {
                if (space_) current_ += ' ';
                space_ = false;
                current_ += c;
            }
        }
    }
    void flush() {
        if (!current_.empty()) out_.push_back(std::move(current_));
        current_.clear();
        space_ = false;
    }
    std::vector<std::string> take() {
        flush();
        return std::move(out_);
    }

  private:
    std::vector<std::string> out_;
    std::string current_;
    bool space_ = false;
};

std::string_view name_of(const xmlNode* node) {
    return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

}  // namespace

std::vector<std::string> html_paragraphs(std::string_view utf8_html) {
    if (utf8_html.empty() || utf8_html.size() > INT_MAX) return {};
    init_libxml();
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(utf8_html.data(), static_cast<int>(utf8_html.size()), nullptr, "UTF-8",
                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                           HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED),
        xmlFreeDoc);
    if (!doc) return {};
    Paragraphs out;
    // Depth-first without recursion: the parser bounds nesting, but a walk needs no stack.
    const xmlNode* node = doc->children;
    while (node) {
        bool enter = false;
        if (node->type == XML_ELEMENT_NODE) {
            if (!is_hidden(name_of(node))) {
                if (is_block(name_of(node))) out.flush();
                enter = node->children != nullptr;
            }
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) out.text(reinterpret_cast<const char*>(node->content));
        }
        if (enter) {
            node = node->children;
            continue;
        }
        // Leave the node, and each parent whose last child it was.
        for (;;) {
            if (node->type == XML_ELEMENT_NODE && is_block(name_of(node))) out.flush();
            if (node->next) {
                node = node->next;
                break;
            }
            node = node->parent;
            if (!node || node->type != XML_ELEMENT_NODE) {
                node = nullptr;
                break;
            }
        }
    }
    return out.take();
}

}  // namespace newsdex
