#pragma once
// Runs a command as a child process and measures it the way the benchmark reports every
// indexer: wall time and the child's peak resident set size.

#include <cstdint>
#include <string>
#include <vector>

namespace newsdex::bench {

struct ProcessStats {
    int exit_code = -1;
    double seconds = 0;
    std::uint64_t peak_rss_bytes = 0;
};

/// Runs argv (looked up on PATH) with stdout to `stdout_path` and stderr to `stderr_path`
/// (created or truncated). Throws std::runtime_error when it cannot be started.
ProcessStats run_measured(const std::vector<std::string>& argv, const std::string& stdout_path,
                          const std::string& stderr_path);

}  // namespace newsdex::bench
