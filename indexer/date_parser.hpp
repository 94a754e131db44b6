#pragma once
// Reads the dates news carries — ISO 8601 with or without a time and zone, RFC 2822
// (`Sun, 14 Mar 2021 09:00:00 +0000`, and RFC 822's `14 Mar 21 09:00 GMT`), `14 March 2021`,
// `March 14, 2021` — into a calendar day and, where given, a time of day.

#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

struct ParsedDate {
    std::string day;   ///< YYYY-MM-DD
    std::string time;  ///< HH:MM:SS as written (no zone conversion), empty when not given
};

/// The date `text` names, or nullopt when it is not one of the forms above or not a real
/// calendar date (2021-02-30) or time (25:00).
std::optional<ParsedDate> parse_date(std::string_view text);

}  // namespace newsdex
