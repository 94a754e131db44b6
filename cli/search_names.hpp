#pragma once
// How every front end (newsdex-search, newsdex-serve, the Python module) names a search's
// options and reads them into a SearchRequest, so that the three take the same values.

#include <string>
#include <vector>

#include "newsdex/searcher.hpp"

namespace newsdex::cli {

/// The orders a search can be given by name (newsdex-search --sort, newsdex-serve's sort=,
/// Python's sort=): relevance, date (oldest first), -date (newest first).
inline const std::vector<std::string> kSortNames = {"relevance", "date", "-date"};

/// The SearchRequest order of one of kSortNames.
inline SearchRequest::Sort sort_from_name(const std::string& name) {
    using Sort = SearchRequest::Sort;
    return name == "date" ? Sort::date : name == "-date" ? Sort::date_descending : Sort::relevance;
}

/// The passage kinds a search can be limited to (--kind, kind=).
inline const std::vector<std::string> kKindNames = {"quote", "paragraph", "turn"};

/// `speaker,topic` → {speaker, topic}: several facet names in one value, as --facets,
/// facets= and facets="…" take them.
inline std::vector<std::string> comma_list(const std::string& value) {
    std::vector<std::string> out;
    for (std::size_t begin = 0;;) {
        const auto comma = value.find(',', begin);
        out.push_back(value.substr(begin, comma - begin));
        if (comma == std::string::npos) return out;
        begin = comma + 1;
    }
}

/// Whether the request filters by speaker, topic, kind or date: such a search needs no
/// query words.
inline bool has_filter(const SearchRequest& r) {
    return !r.speakers.empty() || !r.topics.empty() || !r.kinds.empty() || !r.since.empty() ||
           !r.until.empty();
}

}  // namespace newsdex::cli
