#include "feed_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <memory>
#include <set>

#include "article_checks.hpp"
#include "html_text.hpp"
#include "libxml_init.hpp"
#include "manifest.hpp"
#include "newsdex/errors.hpp"

namespace newsdex {

namespace {

constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

std::string_view local_name(const xmlNode* n) {
    return n->name ? reinterpret_cast<const char*>(n->name) : "";
}

std::string_view ns_of(const xmlNode* n) {
    return n->ns && n->ns->href ? reinterpret_cast<const char*>(n->ns->href) : "";
}

bool is(const xmlNode* n, std::string_view name) {
    return n->type == XML_ELEMENT_NODE && local_name(n) == name;
}

// The element's text: its text and CDATA, its children's too. Entity references are left
// out: the parser has decoded the predefined ones and character references; a feed's own
// DTD entities are not expanded (they are how XML bombs are made).
std::string raw_text(const xmlNode* element) {
    std::string out;
    const xmlNode* node = element->children;
    while (node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) out += reinterpret_cast<const char*>(node->content);
        } else if (node->type == XML_ELEMENT_NODE && node->children) {
            node = node->children;
            continue;
        }
        while (node && !node->next) {
            node = node->parent;
            if (node == element) node = nullptr;
        }
        if (node) node = node->next;
    }
    return out;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

std::string text_of(const xmlNode* element) {
    return collapse_spaces(raw_text(element));
}

std::string attribute(const xmlNode* n, const char* name) {
    std::unique_ptr<xmlChar, decltype(xmlFree)> value(
        xmlGetProp(n, reinterpret_cast<const xmlChar*>(name)), xmlFree);
    return value ? collapse_spaces(reinterpret_cast<const char*>(value.get())) : std::string();
}

std::string xml_lang(const xmlNode* n) {
    std::unique_ptr<xmlChar, decltype(xmlFree)> value(
        xmlGetNsProp(n, reinterpret_cast<const xmlChar*>("lang"),
                     reinterpret_cast<const xmlChar*>(kXmlNs.data())),
        xmlFree);
    return value ? collapse_spaces(reinterpret_cast<const char*>(value.get())) : std::string();
}

// `en-GB`, `en_us`: newsdex keeps the two-letter ISO 639-1 code.
std::string language_code(const std::string& tag) {
    auto code = tag.substr(0, tag.find_first_of("-_"));
    for (auto& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (code.size() != 2 || !std::isalpha(static_cast<unsigned char>(code[0])) ||
        !std::isalpha(static_cast<unsigned char>(code[1])))
        return {};
    return code;
}

// Plain text: paragraphs at blank lines.
std::vector<std::string> text_paragraphs(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    std::string current;
    while (pos <= text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        auto line = text.substr(pos, end - pos);
        if (collapse_spaces(line).empty()) {
            if (!current.empty()) out.push_back(collapse_spaces(current));
            current.clear();
        } else {
            current += ' ';
            current += line;
        }
        pos = end + 1;
    }
    if (!current.empty()) out.push_back(collapse_spaces(current));
    return out;
}

// An Atom text construct (type text, html or xhtml) as paragraphs.
std::vector<std::string> atom_paragraphs(const xmlNode* element) {
    const auto type = attribute(element, "type");
    if (type == "xhtml" || type == "application/xhtml+xml") {
        // The XHTML is part of the feed's tree: write it out and read it as HTML.
        std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer(xmlBufferCreate(),
                                                                    xmlBufferFree);
        if (!buffer) return {};
        for (auto* child = element->children; child; child = child->next)
            xmlNodeDump(buffer.get(), element->doc, child, 0, 0);
        const auto* content = xmlBufferContent(buffer.get());
        return html_paragraphs(content ? reinterpret_cast<const char*>(content) : "");
    }
    if (type == "html" || type == "text/html") return html_paragraphs(raw_text(element));
    return text_paragraphs(raw_text(element));
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
    return out;
}

// What the channel (feed) gives every item.
struct Channel {
    std::string title;
    std::string link;
    std::string language;
};

Channel channel_of(const xmlNode* channel, bool atom) {
    Channel out;
    out.language = language_code(xml_lang(channel));
    for (auto* n = channel->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is(n, "title") && out.title.empty())
            out.title = atom ? joined(atom_paragraphs(n)) : text_of(n);
        else if (is(n, "link") && out.link.empty()) {
            const auto rel = attribute(n, "rel");
            out.link =
                atom ? (rel.empty() || rel == "alternate" ? attribute(n, "href") : "") : text_of(n);
        } else if (is(n, "language") && out.language.empty())
            out.language = language_code(text_of(n));
    }
    return out;
}

struct Item {
    Article article;
    std::string guid;
    bool has_text = false;
};

void add_category(Article& a, const std::string& category) {
    if (category.empty()) return;
    auto& list = a.metadata["categories"];
    list += (list.empty() ? "" : ", ") + category;
}

void add_author(Article& a, const std::string& author) {
    if (author.empty()) return;
    // Not `author`: that key names the one speaker of an op-ed or a statement, and a feed's
    // author is the byline of the story (a reporter, a press office).
    auto& list = a.metadata["byline"];
    if (list.find(author) != std::string::npos) return;
    list += (list.empty() ? "" : ", ") + author;
}

Item rss_item(const xmlNode* item) {
    Item out;
    Article& a = out.article;
    std::vector<std::string> content, description;
    std::string pub_date, dc_date;
    a.language = language_code(xml_lang(item));
    for (auto* n = item->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const auto ns = ns_of(n);
        if (is(n, "title") && a.title.empty())
            a.title = joined(html_paragraphs(raw_text(n)));
        else if (is(n, "link") && a.url.empty())
            a.url = text_of(n);
        else if (is(n, "encoded") && ns == kContentNs && content.empty())
            content = html_paragraphs(raw_text(n));
        else if (is(n, "description") && description.empty())
            description = html_paragraphs(raw_text(n));
        else if (is(n, "pubDate"))
            pub_date = text_of(n);
        else if (is(n, "date") && ns == kDcNs)
            dc_date = text_of(n);
        else if (is(n, "guid") && out.guid.empty())
            out.guid = text_of(n);
        else if ((is(n, "author") && ns.empty()) || (is(n, "creator") && ns == kDcNs))
            add_author(a, text_of(n));
        else if (is(n, "category") || (is(n, "subject") && ns == kDcNs))
            add_category(a, text_of(n));
        else if (is(n, "language") && ns == kDcNs && a.language.empty())
            a.language = language_code(text_of(n));
    }
    a.date = !pub_date.empty() ? pub_date : dc_date;
    const auto& paragraphs = content.empty() ? description : content;
    out.has_text = !paragraphs.empty();
    a.body = join_paragraphs(paragraphs);
    return out;
}

Item atom_entry(const xmlNode* entry) {
    Item out;
    Article& a = out.article;
    std::vector<std::string> content, summary;
    std::string published, updated;
    a.language = language_code(xml_lang(entry));
    for (auto* n = entry->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is(n, "title") && a.title.empty())
            a.title = joined(atom_paragraphs(n));
        else if (is(n, "link")) {
            const auto rel = attribute(n, "rel");
            if ((rel.empty() || rel == "alternate") && a.url.empty()) a.url = attribute(n, "href");
        } else if (is(n, "content") && content.empty()) {
            if (attribute(n, "src").empty()) content = atom_paragraphs(n);
            if (a.language.empty()) a.language = language_code(xml_lang(n));
        } else if (is(n, "summary") && summary.empty())
            summary = atom_paragraphs(n);
        else if (is(n, "published"))
            published = text_of(n);
        else if (is(n, "updated"))
            updated = text_of(n);
        else if (is(n, "id") && out.guid.empty())
            out.guid = text_of(n);
        else if (is(n, "author")) {
            for (auto* part = n->children; part; part = part->next)
                if (is(part, "name")) add_author(a, text_of(part));
        } else if (is(n, "category")) {
            auto label = attribute(n, "label");
            add_category(a, label.empty() ? attribute(n, "term") : label);
        }
    }
    a.date = !published.empty() ? published : updated;
    const auto& paragraphs = content.empty() ? summary : content;
    out.has_text = !paragraphs.empty();
    a.body = join_paragraphs(paragraphs);
    return out;
}

// A guid that is a URI (`https://…`, `urn:uuid:…`, `tag:…`) is unique the world over; a
// bare one (`12345`) only within its feed.
bool is_uri(const std::string& id) {
    auto colon = id.find(':');
    if (colon == std::string::npos || colon == 0) return false;
    for (std::size_t i = 0; i < colon; ++i)
        if (!std::isalnum(static_cast<unsigned char>(id[i])) && id[i] != '+' && id[i] != '-' &&
            id[i] != '.')
            return false;
    return true;
}

std::string item_id(const Item& item, const Channel& channel, const SourceFile& file) {
    if (!item.guid.empty())
        return is_uri(item.guid)
                   ? item.guid
                   : (channel.link.empty() ? file.relative : channel.link) + " " + item.guid;
    if (!item.article.url.empty()) return item.article.url;
    return "feed-item-" + content_hash(item.article.title + "\n" + item.article.date);
}

struct XmlDocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ParserFree {
    void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

std::unique_ptr<xmlDoc, XmlDocFree> parse_xml(std::string_view utf8, const SourceFile& file) {
    if (utf8.size() > INT_MAX) throw InputError(file.path, "feed too large");
    init_libxml();
    std::unique_ptr<xmlParserCtxt, ParserFree> ctxt(xmlNewParserCtxt());
    if (!ctxt) throw std::bad_alloc();
    // No network, no DTD loading, no entity substitution: nothing outside the file is read
    // and no entity is expanded.
    std::unique_ptr<xmlDoc, XmlDocFree> doc(xmlCtxtReadMemory(
        ctxt.get(), utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA));
    if (!doc || !ctxt->wellFormed) {
        const xmlError* error = xmlCtxtGetLastError(ctxt.get());
        std::string message = error && error->message ? error->message : "cannot be parsed";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        const int line = error ? error->line : 0;
        throw InputError(file.path, "not well-formed XML" +
                                        (line > 0 ? " at line " + std::to_string(line) : "") +
                                        ": " + message);
    }
    return doc;
}

}  // namespace

std::vector<Article> read_feed(std::string_view utf8, const SourceFile& file,
                               std::vector<FileFailure>& bad_items) {
    const auto doc = parse_xml(utf8, file);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root) throw InputError(file.path, "feed has no items");

    // Where the items are and what the channel says of them.
    std::vector<const xmlNode*> items;
    Channel channel;
    const bool atom = is(root, "feed");
    if (atom) {
        channel = channel_of(root, true);
        for (auto* n = root->children; n; n = n->next)
            if (is(n, "entry")) items.push_back(n);
    } else if (is(root, "rss") || is(root, "RDF")) {
        // RSS 2.0 keeps its items in the channel; RSS 1.0 (RDF) beside it.
        for (auto* n = root->children; n; n = n->next) {
            if (is(n, "channel")) {
                channel = channel_of(n, false);
                for (auto* c = n->children; c; c = c->next)
                    if (is(c, "item")) items.push_back(c);
            } else if (is(n, "item")) {
                items.push_back(n);
            }
        }
    } else {
        throw InputError(file.path, "not an RSS or Atom feed (its root element is <" +
                                        std::string(local_name(root)) + ">)");
    }
    if (items.empty()) throw InputError(file.path, "feed has no items");

    std::vector<Article> out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto where = file.path + ": item " + std::to_string(i + 1);
        auto item = atom ? atom_entry(items[i]) : rss_item(items[i]);
        Article& a = item.article;
        a.path = file.path;
        a.source = channel.title;
        if (a.language.empty()) a.language = channel.language;
        // A headline with no text is still news: the headline is its text.
        if (!item.has_text) a.body = a.title;
        if (a.body.empty()) {
            bad_items.push_back({where, "no text"});
            continue;
        }
        a.id = item_id(item, channel, file);
        try {
            check_article(a, where);
        } catch (const InputError& e) {
            bad_items.push_back({where, e.problem()});
            continue;
        }
        if (!seen.insert(a.id).second) {
            bad_items.push_back({where, "id '" + a.id + "' was already used"});
            continue;
        }
        for (auto& w : a.warnings) w = "item " + std::to_string(i + 1) + ": " + w;
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace newsdex
