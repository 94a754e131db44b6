#pragma once
// What a newsdex database holds: counts, date span, when it was last written.

#include <cstddef>
#include <string>

namespace newsdex {

struct DatabaseStats {
    std::size_t articles = 0;
    std::size_t passages = 0;
    std::size_t speakers = 0;  ///< distinct speakers
    std::string first_date;    ///< YYYY-MM-DD, empty when no passage is dated
    std::string last_date;
    std::string last_indexed;  ///< UTC, ISO 8601
    std::string last_run;      ///< JSON: the last indexer run's counts and seconds
    int schema_version = 0;
    bool positions = false;  ///< built with --positions: word positions kept in the index
};

/// Throws DatabaseError like search().
DatabaseStats database_stats(const std::string& db_path);

}  // namespace newsdex
