#pragma once
// The passages that name a speaker, for the section a search adds after a speaker filter
// that keeps fewer passages than were asked for: the person's reported speech, others'
// words about them, and their words the indexer could not attribute.

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/searcher.hpp"

namespace newsdex {

/// A search's speaker filters taken out of it: the names they give and the search without
/// them.
struct SpeakerSplit {
    std::vector<std::string> names;  ///< as typed, quotes left out: the query's, then --speaker's
    std::string rest;                ///< the query without its `speaker:` fields
};

/// The speaker filters of the request (its query's `speaker:` fields and its `speakers`),
/// and its query without them. nullopt when there is none, or when the query's cannot be
/// taken out alone: the query has operators or brackets, or a `+`/`-` before the field.
std::optional<SpeakerSplit> split_speakers(const SearchRequest& request);

/// Passages whose text names any of these people: the last word of each name (a surname)
/// required, its other words weighed when present. Empty when no name has a word.
Xapian::Query naming_query(const std::vector<std::string>& names);

/// Every passage attributed to any of these people, as the speaker filter finds them.
Xapian::Query spoken_by_query(const std::vector<std::string>& names);

}  // namespace newsdex
