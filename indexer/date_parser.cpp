#include "date_parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace newsdex {

namespace {

// A cursor over the text with the few steps every form is made of.
class Scan {
public:
    explicit Scan(std::string_view text) : text_(text) {}
    bool done() const { return pos_ == text_.size(); }
    char peek() const { return done() ? '\0' : text_[pos_]; }
    std::size_t position() const { return pos_; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }
    void spaces() {
        while (!done() && std::isspace(static_cast<unsigned char>(peek()))) ++pos_;
    }
    /// Exactly `min`..`max` digits.
    std::optional<int> number(std::size_t min, std::size_t max) {
        std::size_t n = 0;
        int value = 0;
        while (n < max && !done() && std::isdigit(static_cast<unsigned char>(peek()))) {
            value = value * 10 + (peek() - '0');
            ++pos_;
            ++n;
        }
        if (n < min) return std::nullopt;
        return value;
    }
    std::string_view word() {
        const auto start = pos_;
        while (!done() && std::isalpha(static_cast<unsigned char>(peek()))) ++pos_;
        return text_.substr(start, pos_ - start);
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

std::optional<int> month_named(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3) return std::nullopt;
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (lower == kMonths[i] || (lower.size() == 3 && kMonths[i].starts_with(lower)) ||
            (lower == "sept" && i == 8))
            return static_cast<int>(i + 1);
    return std::nullopt;
}

std::optional<ParsedDate> make(int year, int month, int day, int hour = -1, int minute = 0,
                               int second = 0) {
    const std::chrono::year_month_day ymd{std::chrono::year{year},
                                          std::chrono::month{static_cast<unsigned>(month)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok() || year < 1000) return std::nullopt;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    ParsedDate out{buf, {}};
    if (hour >= 0) {
        if (hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return std::nullopt;
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hour, minute, second);
        out.time = buf;
    }
    return out;
}

// `HH:MM[:SS[.fff]]` then an optional zone (`Z`, `+02:00`, `+0200`, `GMT`, `UTC`): the
// time as written.
bool time_of_day(Scan& s, int& hour, int& minute, int& second) {
    auto h = s.number(1, 2);
    if (!h || !s.eat(':')) return false;
    auto m = s.number(2, 2);
    if (!m) return false;
    hour = *h;
    minute = *m;
    second = 0;
    if (s.eat(':')) {
        auto sec = s.number(2, 2);
        if (!sec) return false;
        second = *sec;
        if (s.eat('.') || s.eat(','))
            if (!s.number(1, 9)) return false;
    }
    s.spaces();
    if (s.eat('Z')) return true;
    if (s.peek() == '+' || s.peek() == '-') {
        s.eat(s.peek());
        if (!s.number(2, 2)) return false;
        s.eat(':');
        s.number(2, 2);
        return true;
    }
    auto zone = s.word();
    // GMT, UT, EST, and the four-letter names feeds use too (CEST, AEDT).
    const bool upper = std::all_of(zone.begin(), zone.end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; });
    return zone.empty() || zone == "UT" || zone.size() == 3 || (zone.size() == 4 && upper);
}

std::optional<ParsedDate> iso(std::string_view text) {
    Scan s(text);
    auto y = s.number(4, 4);
    if (!y || !s.eat('-')) return std::nullopt;
    auto m = s.number(2, 2);
    if (!m || !s.eat('-')) return std::nullopt;
    auto d = s.number(2, 2);
    if (!d) return std::nullopt;
    if (s.done()) return make(*y, *m, *d);
    if (!s.eat('T') && !s.eat('t') && !s.eat(' ')) return std::nullopt;
    s.spaces();
    int hour = 0, minute = 0, second = 0;
    if (!time_of_day(s, hour, minute, second) || !s.done()) return std::nullopt;
    return make(*y, *m, *d, hour, minute, second);
}

// `[Sun, ]14 Mar 2021[ 09:00[:00] +0000]`, `14 March 2021`, `March 14, 2021`.
std::optional<ParsedDate> written(std::string_view text) {
    Scan s(text);
    s.spaces();
    int day = 0, month = 0;
    if (std::isalpha(static_cast<unsigned char>(s.peek()))) {
        auto word = s.word();
        if (s.eat(',')) {  // a weekday
            s.spaces();
        } else if (auto named = month_named(word)) {  // March 14, 2021
            month = *named;
            s.spaces();
            auto d = s.number(1, 2);
            if (!d) return std::nullopt;
            day = *d;
            s.eat(',');
            s.spaces();
        } else {
            return std::nullopt;
        }
    }
    if (!month) {
        auto d = s.number(1, 2);
        if (!d) return std::nullopt;
        day = *d;
        s.spaces();
        auto named = month_named(s.word());
        if (!named) return std::nullopt;
        month = *named;
        s.eat('.');
        s.spaces();
    }
    // RFC 822, still in old feeds, writes the year in two digits (`14 Mar 21 09:00 GMT`):
    // read as RFC 2822 says (under 50 is 20xx), and only before a time.
    const auto year_at = s.position();
    auto y = s.number(2, 4);
    if (!y) return std::nullopt;
    const auto digits = s.position() - year_at;
    if (digits == 3) return std::nullopt;
    s.spaces();
    if (s.done()) {
        if (digits != 4) return std::nullopt;
        return make(*y, month, day);
    }
    if (digits == 2) y = *y + (*y < 50 ? 2000 : 1900);
    int hour = 0, minute = 0, second = 0;
    if (!time_of_day(s, hour, minute, second)) return std::nullopt;
    s.spaces();
    if (!s.done()) return std::nullopt;
    return make(*y, month, day, hour, minute, second);
}

}  // namespace

std::optional<ParsedDate> parse_date(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    if (std::isdigit(static_cast<unsigned char>(text[0])) && text.size() >= 10 && text[4] == '-')
        return iso(text);
    return written(text);
}

}  // namespace newsdex
