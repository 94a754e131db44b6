#pragma once
// newsdex-serve's command line: where to listen, which database, how many workers, whether
// writes are allowed and with which token.

#include <cstddef>
#include <optional>
#include <string>

namespace newsdex::serve {

struct ServeOptions {
    std::string host = "127.0.0.1";
    int port = 8080;  ///< 0: an ephemeral port, printed once bound
    std::string db_path;
    unsigned threads = 4;          ///< workers answering connections
    std::size_t max_queue = 64;    ///< connections waiting for a worker before 503s
    std::size_t max_body = 8u << 20;  ///< request bodies over this many bytes: 413
    bool allow_writes = false;
    std::string token;  ///< the bearer token writes need (from --token-file)
    bool access_log = false;
};

/// Parses argv. Returns the options, or sets `exit_code` (0 after --help/--version, 2 on a
/// usage error or an unusable token file, with one line on stderr) and returns nullopt.
std::optional<ServeOptions> parse_serve_options(int argc, char** argv, int& exit_code);

}  // namespace newsdex::serve
