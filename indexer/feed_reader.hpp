#pragma once
// Reads a news feed (RSS 2.0, RSS 1.0/RDF, Atom) into one article per item.

#include <string_view>
#include <vector>

#include "newsdex/article.hpp"
#include "newsdex/indexer.hpp"
#include "source_files.hpp"

namespace newsdex {

/// One article per item or entry of the feed `utf8` (already UTF-8): its title, link (url),
/// date, body (content:encoded, else description; Atom content, else summary) as paragraphs,
/// author and categories as metadata, the channel's title as source and its language. The
/// id is the item's guid (Atom id), else its link, else a hash of its title and date, so a
/// feed fetched again updates its items rather than adding them twice; a guid that is not a
/// URI is prefixed with the channel's link. An item with a title but no text has its title
/// as body. An item with no text at all, an id used before in the feed, or one that fails
/// check_article is appended to `bad_items` as `PATH: item N`. Throws InputError naming
/// file.path when the XML is broken (with libxml2's line), is not a feed, or has no items.
std::vector<Article> read_feed(std::string_view utf8, const SourceFile& file,
                               std::vector<FileFailure>& bad_items);

}  // namespace newsdex
