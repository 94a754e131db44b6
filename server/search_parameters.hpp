#pragma once
// GET /search's query parameters, checked and turned into a SearchRequest: the names of
// newsdex-search's options, checked by the same rules.

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>

#include "newsdex/searcher.hpp"

namespace newsdex::serve {

/// The largest page one HTTP search returns (newsdex-search allows kMaxLimit): a server
/// answers many clients, and a deep result list is for the CLI's batch runs.
inline constexpr std::size_t kMaxServeLimit = 1000;

/// A parameter that is unknown, repeated where it takes one value, or out of range.
class BadParameter : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SearchParameters {
    SearchRequest request;
    std::size_t facet_limit = 0;  ///< values per facet in the answer; 0: all
};

/// q, speaker, topic, kind (repeatable), since, until, sort, limit, offset, per_article,
/// facets (repeatable or comma-separated), facet_limit, explain, no_feedback. Throws
/// BadParameter; what the searcher itself checks (dates, facet names, the query's syntax
/// and length) it reports as QueryError when searching.
SearchParameters search_parameters(const std::multimap<std::string, std::string>& params);

}  // namespace newsdex::serve
