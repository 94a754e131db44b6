#include "access_log.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "newsdex/display_text.hpp"

namespace newsdex::serve {

std::string access_log_line(std::string_view method, std::string_view path, int status,
                            std::size_t bytes, double ms) {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char when[40];
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &utc);
    char tail[96];
    std::snprintf(tail, sizeof tail, " %d %zu %.2f\n", status, bytes, ms);
    // The path is the client's: shown safely, spaces included, as one field.
    std::string shown_path = display_text(path, Whitespace::as_space);
    for (auto& c : shown_path)
        if (c == ' ') c = '+';
    char stamp[48];
    std::snprintf(stamp, sizeof stamp, "%s.%03dZ ", when, static_cast<int>(millis));
    return stamp + display_text(method) + " " + shown_path + tail;
}

void write_access_log(const std::string& line) {
    std::size_t done = 0;
    while (done < line.size()) {
        const auto n = ::write(STDERR_FILENO, line.data() + done, line.size() - done);
        if (n <= 0) return;  // a closed stderr costs the log, not the request
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace newsdex::serve
