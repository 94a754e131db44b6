#pragma once
// Dates in queries and options — YYYY, YYYY-MM or YYYY-MM-DD, either end of a range open —
// turned into bounds on the date value slot (YYYYMMDD), and the `date:FROM..TO` field.

#include <xapian.h>

#include <string>
#include <string_view>

namespace newsdex {

/// First day the date covers, as YYYYMMDD ("2024" → "20240101"). Throws QueryError.
std::string date_lower_bound(std::string_view date);
/// Last day the date covers ("2024-02" → "20240231": later than any day of the month).
std::string date_upper_bound(std::string_view date);

/// Query for passages dated within [since, until]; either may be empty (open).
Xapian::Query date_range_query(std::string_view since, std::string_view until);

/// `date:2023..2024-06`, `date:2024-05..`, `date:..2019` in the query parser.
class DateRangeProcessor : public Xapian::RangeProcessor {
public:
    DateRangeProcessor();
    Xapian::Query operator()(const std::string& begin, const std::string& end) override;
};

}  // namespace newsdex
