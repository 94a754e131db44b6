#pragma once
// Reads a web page (a press release, a transcript, a news story saved as HTML) into an
// Article: its title, date, site, address and language from the page's head, and the
// paragraphs of its main content without navigation, banners, share buttons or footers.

#include <string_view>

#include "newsdex/article.hpp"
#include "source_files.hpp"

namespace newsdex {

/// Title: og:title, else <title> less a ` | Site` or ` - Site` suffix naming og:site_name,
/// else the first <h1>. Date: the first <time datetime> of the main content (else of the
/// page), meta article:published_time, JSON-LD datePublished, meta date or dc.date, the
/// first that parse_date reads. Source: og:site_name; url: the canonical link, else og:url;
/// language: <html lang>, its primary subtag. Body: the <article> or <main> element (else
/// the element whose own paragraphs hold the most text) without nav, header, footer, aside,
/// forms, scripts, and elements whose class, id or role names navigation, menus, footers,
/// sharing, social links, cookies, banners, related stories, comments, subscriptions,
/// breadcrumbs, sidebars or adverts. Headings in it stay as short paragraphs, as in a
/// Markdown file; the heading that repeats the title is left out. Throws InputError naming
/// the file when the page has no text.
Article read_html(std::string_view utf8, const SourceFile& file);

}  // namespace newsdex
