#include "html_reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "article_checks.hpp"
#include "date_parser.hpp"
#include "front_matter.hpp"
#include "html_text.hpp"
#include "newsdex/errors.hpp"
#include "plain_text.hpp"

namespace newsdex {

namespace {

std::string attribute(const GumboNode& node, const char* name) {
    if (node.type != GUMBO_NODE_ELEMENT) return {};
    const auto* a = gumbo_get_attribute(&node.v.element.attributes, name);
    return a ? std::string(a->value) : std::string();
}

// Words that, as a whole word of a class or id (`site-nav`, `share_buttons`, `cookieBanner`
// is one word and not matched), mark what is not the story. `hidden` and `tooltip`: what the
// page shows only on demand or not at all, as the person card that pops up over a name inside
// a speaker's label (`<span class="read__tooltip tooltip_person hidden">`).
bool boilerplate_word(std::string_view word) {
    static const char* const kWords[] = {
        "nav",        "navbar",     "navigation",  "menu",       "menubar",   "footer",
        "share",      "sharing",    "social",      "cookie",     "cookies",   "consent",
        "banner",     "related",    "comment",     "comments",   "subscribe", "subscription",
        "newsletter", "breadcrumb", "breadcrumbs", "sidebar",    "advert",    "advertisement",
        "ad",         "ads",        "promo",       "popup",      "modal",     "masthead",
        "skip",       "print",      "tags",        "pagination", "hidden",    "tooltip"};
    for (const char* w : kWords)
        if (word == w) return true;
    return false;
}

// Words that keep an element whatever else its class says (`content-with-sidebar`), as
// readability keeps its likely candidates.
bool content_word(std::string_view word) {
    for (const char* w : {"article", "body", "content", "main", "story", "entry",
                          "transcript", "speech", "release"})
        if (word == w) return true;
    return false;
}

bool boilerplate_name(const std::string& value) {
    std::string word;
    bool found = false;
    for (char c : ascii_lower(value) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += c;
            continue;
        }
        if (content_word(word)) return false;
        found = found || boilerplate_word(word);
        word.clear();
    }
    return found;
}

bool boilerplate(const GumboNode& node) {
    if (node.type != GUMBO_NODE_ELEMENT) return false;
    switch (node.v.element.tag) {
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_MENU:
            return true;
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_HTML:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_ARTICLE:
            return false;
        default:
            break;
    }
    if (gumbo_get_attribute(&node.v.element.attributes, "hidden")) return true;
    if (ascii_lower(attribute(node, "aria-hidden")) == "true") return true;
    const auto role = ascii_lower(attribute(node, "role"));
    if (role == "navigation" || role == "banner" || role == "contentinfo" ||
        role == "complementary" || role == "menu" || role == "menubar" || role == "search" ||
        role == "dialog" || role == "alertdialog")
        return true;
    return boilerplate_name(attribute(node, "class")) || boilerplate_name(attribute(node, "id"));
}

// What the page's head and structure say, gathered in one walk.
struct PageFacts {
    std::map<std::string, std::string> meta;  // property or name, lower case → first content
    std::string title;
    std::string h1;
    std::string canonical;
    std::string lang;
    std::vector<std::string> json_ld;
    std::vector<std::pair<const GumboNode*, std::string>> times;  // <time>, its datetime
    std::vector<const GumboNode*> articles;                       // not inside boilerplate
    std::vector<const GumboNode*> mains;
    std::map<const GumboNode*, double> paragraph_score;  // container → its paragraphs' text
};

std::string script_text(const GumboNode& node) {
    std::string out;
    const auto& children = node.v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto& c = *static_cast<const GumboNode*>(children.data[i]);
        if (c.type == GUMBO_NODE_TEXT || c.type == GUMBO_NODE_CDATA ||
            c.type == GUMBO_NODE_WHITESPACE)
            out += c.v.text.text;
    }
    return out;
}

void note_element(const GumboNode& node, bool in_boilerplate, PageFacts& facts) {
    switch (node.v.element.tag) {
        case GUMBO_TAG_HTML:
            if (facts.lang.empty()) facts.lang = attribute(node, "lang");
            break;
        case GUMBO_TAG_TITLE:
            if (facts.title.empty()) facts.title = html_node_text(node);
            break;
        case GUMBO_TAG_META: {
            auto key = attribute(node, "property");
            if (key.empty()) key = attribute(node, "name");
            if (key.empty()) key = attribute(node, "itemprop");
            const auto content = attribute(node, "content");
            if (!key.empty() && !content.empty()) facts.meta.emplace(ascii_lower(key), content);
            break;
        }
        case GUMBO_TAG_LINK:
            if (facts.canonical.empty() && ascii_lower(attribute(node, "rel")) == "canonical")
                facts.canonical = attribute(node, "href");
            break;
        case GUMBO_TAG_SCRIPT:
            if (ascii_lower(attribute(node, "type")) == "application/ld+json")
                facts.json_ld.push_back(script_text(node));
            break;
        case GUMBO_TAG_H1:
            if (facts.h1.empty() && !in_boilerplate) facts.h1 = html_node_text(node);
            break;
        case GUMBO_TAG_TIME: {
            auto when = attribute(node, "datetime");
            if (!when.empty()) facts.times.emplace_back(&node, std::move(when));
            break;
        }
        case GUMBO_TAG_ARTICLE:
            if (!in_boilerplate) facts.articles.push_back(&node);
            break;
        case GUMBO_TAG_MAIN:
            if (!in_boilerplate) facts.mains.push_back(&node);
            break;
        case GUMBO_TAG_P:
            if (!in_boilerplate && node.parent) {
                // As readability scores: a paragraph counts for its container, half for the
                // one above.
                const double length = static_cast<double>(html_node_text(node).size());
                facts.paragraph_score[node.parent] += length;
                if (node.parent->parent) facts.paragraph_score[node.parent->parent] += length / 2;
            }
            break;
        default:
            break;
    }
}

PageFacts gather(const GumboNode& root) {
    PageFacts facts;
    struct Frame {
        const GumboNode* node;
        bool in_boilerplate;
        unsigned next = 0;
    };
    std::vector<Frame> stack{{&root, false}};
    note_element(root, false, facts);
    while (!stack.empty()) {
        auto& top = stack.back();
        const auto& children = top.node->v.element.children;
        if (top.next >= children.length) {
            stack.pop_back();
            continue;
        }
        const auto& child = *static_cast<const GumboNode*>(children.data[top.next++]);
        if (child.type != GUMBO_NODE_ELEMENT) continue;
        const bool in = top.in_boilerplate || boilerplate(child);
        note_element(child, in, facts);
        stack.push_back({&child, in});
    }
    return facts;
}

bool within(const GumboNode* node, const GumboNode* ancestor) {
    for (; node; node = node->parent)
        if (node == ancestor) return true;
    return false;
}

std::size_t text_bytes(const std::vector<TextBlock>& blocks) {
    std::size_t n = 0;
    for (const auto& b : blocks)
        if (!b.heading) n += b.text.size();
    return n;
}

// The <article> (or <main>) with the most text, else the container whose paragraphs hold
// the most, else the whole page.
const GumboNode& main_block(const GumboNode& root, const PageFacts& facts) {
    const GumboNode* best = nullptr;
    std::size_t best_bytes = 0;
    for (const auto* a : facts.articles) {
        const auto bytes = text_bytes(html_text_blocks(*a, boilerplate));
        if (bytes > best_bytes) best = a, best_bytes = bytes;
    }
    for (const auto* m : facts.mains) {
        // Teaser cards marked up as <article>s in a <main>: the main is the story.
        const auto bytes = text_bytes(html_text_blocks(*m, boilerplate));
        if (bytes > 3 * best_bytes) best = m, best_bytes = bytes;
    }
    if (best) return *best;
    double best_score = 0;
    for (const auto& [node, score] : facts.paragraph_score)
        if (score > best_score) best = node, best_score = score;
    return best ? *best : root;
}

// `Talks in Baku | President of Azerbaijan` less its ` | Site` tail, when the site is
// named: the site is the source, not part of the title.
std::string without_site(const std::string& title, const std::string& site) {
    if (site.empty()) return title;
    for (const char* sep : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xC2\xBB "}) {
        const std::string tail = sep + site;
        if (title.size() > tail.size() && title.ends_with(tail))
            return title.substr(0, title.size() - tail.size());
        const std::string head = site + sep;
        if (title.size() > head.size() && title.starts_with(head)) return title.substr(head.size());
    }
    return title;
}

std::string meta(const PageFacts& facts, const char* key) {
    auto it = facts.meta.find(key);
    return it == facts.meta.end() ? std::string() : collapse_white_space(it->second);
}

// datePublished anywhere in a JSON-LD block: an object, a list, an @graph.
void find_date_published(const nlohmann::json& j, std::vector<std::string>& out, int depth = 0) {
    if (depth > 8) return;
    if (j.is_object()) {
        if (auto it = j.find("datePublished"); it != j.end() && it->is_string())
            out.push_back(it->get<std::string>());
        for (const auto& [key, value] : j.items())
            if (value.is_structured()) find_date_published(value, out, depth + 1);
    } else if (j.is_array()) {
        for (const auto& value : j) find_date_published(value, out, depth + 1);
    }
}

// The candidate dates in the order they are trusted.
std::vector<std::string> date_candidates(const PageFacts& facts, const GumboNode& body) {
    std::vector<std::string> out;
    for (const auto& [node, when] : facts.times)
        if (within(node, &body)) out.push_back(when);
    for (const auto& [node, when] : facts.times)
        if (!within(node, &body)) out.push_back(when);
    for (const char* key : {"article:published_time", "og:article:published_time"})
        if (auto v = meta(facts, key); !v.empty()) out.push_back(v);
    for (const auto& block : facts.json_ld) {
        // Pages carry broken JSON-LD often enough: it is then not a source of dates.
        auto j = nlohmann::json::parse(block, nullptr, false);
        if (!j.is_discarded()) find_date_published(j, out);
    }
    for (const char* key : {"date", "dc.date", "dc.date.issued", "dcterms.date", "pubdate",
                            "publish-date", "datepublished"})
        if (auto v = meta(facts, key); !v.empty()) out.push_back(v);
    return out;
}

// ISO 639-1 of `en-GB`, `EN`, `ru_RU`; empty for anything else.
std::string primary_language(const std::string& lang) {
    auto code = ascii_lower(lang.substr(0, lang.find_first_of("-_")));
    if (code.size() != 2 || !std::all_of(code.begin(), code.end(), [](unsigned char c) {
            return c >= 'a' && c <= 'z';
        }))
        return {};
    return code;
}

// At most `limit` bytes of `text`, cut between two UTF-8 characters.
std::string clipped(std::string text, std::size_t limit) {
    if (text.size() <= limit) return text;
    auto cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return text;
}

}  // namespace

Article read_html(std::string_view utf8, const SourceFile& file) {
    const HtmlTree tree(utf8);
    const auto& root = tree.root();
    const auto facts = gather(root);

    Article article;
    article.path = file.path;
    article.id = file.relative;
    article.source = meta(facts, "og:site_name");
    article.url = facts.canonical.empty() ? meta(facts, "og:url") : collapse_white_space(facts.canonical);
    article.language = primary_language(facts.lang);
    article.title = meta(facts, "og:title");
    if (article.title.empty()) article.title = without_site(facts.title, article.source);
    if (article.title.empty()) article.title = facts.h1;
    article.title = clipped(article.title, kMaxTitleBytes);

    const auto& body = main_block(root, facts);
    std::vector<std::string> paragraphs;
    bool title_seen = false;
    for (auto& block : html_text_blocks(body, boilerplate)) {
        // The story's own headline repeats the title: it is the title, not a paragraph.
        if (block.heading && !title_seen &&
            (block.text == article.title || block.text == facts.h1)) {
            title_seen = true;
            continue;
        }
        if (block.heading) article.headings.push_back(block.text);
        paragraphs.push_back(std::move(block.text));
    }
    article.body = join_paragraphs(paragraphs);
    if (article.body.empty()) throw InputError(file.path, "no text in the page");

    const auto dates = date_candidates(facts, body);
    for (const auto& d : dates)
        if (parse_date(d)) {
            article.date = d;
            break;
        }
    if (article.date.empty() && !dates.empty())
        article.warnings.push_back("date '" + dates.front() +
                                   "' is not a date newsdex reads; indexed without a date");
    check_article(article, file.path);
    return article;
}

}  // namespace newsdex
