#include "date_range.hpp"

#include <string>

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

namespace {

struct Parts {
    std::string year, month, day;
};

// YYYY, YYYY-MM or YYYY-MM-DD, digits and dashes where they belong.
bool well_formed(std::string_view date) {
    if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
    for (std::size_t i = 0; i < date.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? date[i] != '-' : (date[i] < '0' || date[i] > '9')) return false;
    }
    return true;
}

Parts parse(std::string_view date) {
    if (!well_formed(date))
        throw QueryError("bad date '" + std::string(date) + "': use YYYY, YYYY-MM or YYYY-MM-DD");
    auto part = [&](std::size_t at, std::size_t size) {
        return date.size() > at ? std::string(date.substr(at, size)) : std::string();
    };
    Parts p{part(0, 4), part(5, 2), part(8, 2)};
    if (!p.month.empty() && (p.month < "01" || p.month > "12"))
        throw QueryError("bad month in date '" + std::string(date) + "'");
    if (!p.day.empty() && (p.day < "01" || p.day > "31"))
        throw QueryError("bad day in date '" + std::string(date) + "'");
    return p;
}

}  // namespace

std::string date_lower_bound(std::string_view date) {
    auto p = parse(date);
    return p.year + (p.month.empty() ? "01" : p.month) + (p.day.empty() ? "01" : p.day);
}

std::string date_upper_bound(std::string_view date) {
    auto p = parse(date);
    return p.year + (p.month.empty() ? "12" : p.month) + (p.day.empty() ? "31" : p.day);
}

Xapian::Query date_range_query(std::string_view since, std::string_view until) {
    const auto slot = schema::kSlotDate;
    // A passage's value is its day, then its time where it has one: the end of a range takes
    // every time of its last day.
    const auto through = [](std::string day) { return day + "~"; };
    if (!since.empty() && !until.empty()) {
        auto lo = date_lower_bound(since), hi = date_upper_bound(until);
        if (lo > hi)
            throw QueryError("date range " + std::string(since) + ".." + std::string(until) +
                             " ends before it starts");
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, lo, through(hi));
    }
    if (!since.empty())
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, date_lower_bound(since));
    if (!until.empty())
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, through(date_upper_bound(until)));
    return Xapian::Query::MatchAll;
}

DateRangeProcessor::DateRangeProcessor() : Xapian::RangeProcessor(schema::kSlotDate, "date:") {}

Xapian::Query DateRangeProcessor::operator()(const std::string& begin, const std::string& end) {
    if (begin.empty() && end.empty()) throw QueryError("date: needs a date, e.g. date:2024..");
    return date_range_query(begin, end);
}

}  // namespace newsdex
