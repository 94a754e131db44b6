#pragma once
// --access-log: one line per request on stderr.

#include <cstddef>
#include <string>
#include <string_view>

namespace newsdex::serve {

/// `2026-11-30T13:40:41.123Z GET /search 200 1234 0.85`: UTC time, method, path (without
/// the query string, which may hold what users searched for), status, body bytes and
/// milliseconds from reading the request line to handing the answer over.
std::string access_log_line(std::string_view method, std::string_view path, int status,
                            std::size_t bytes, double ms);

/// Writes one line to stderr in a single write, so lines of concurrent requests do not mix.
void write_access_log(const std::string& line);

}  // namespace newsdex::serve
