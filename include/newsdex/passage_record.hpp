#pragma once
// What the index stores for each passage (the Xapian document data), written by the indexer
// and read back by the searcher: one definition, serialised as JSON.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "newsdex/article.hpp"

namespace newsdex {

struct PassageRecord {
    std::string passage_id;  ///< <article_id>#<ordinal>
    std::string article_id;
    int ordinal = 0;
    int paragraph = 0;  ///< ordinal of the paragraph passage a quote was taken from
    PassageKind kind = PassageKind::paragraph;
    std::optional<std::string> speaker;
    std::vector<std::string> topics;
    std::string title;
    std::string date;  ///< YYYY-MM-DD or empty
    std::string time;  ///< HH:MM:SS or empty: orders passages within their day
    std::string source;
    std::string url;
    std::string path;
    std::string language;
    std::map<std::string, std::string> metadata;
    std::string text;

    static PassageRecord from(const Article& article, const Passage& passage);
    std::string serialise() const;
    /// Throws DatabaseError(corrupt) when the data is not a record of this schema.
    static PassageRecord parse(const std::string& data);
};

}  // namespace newsdex
