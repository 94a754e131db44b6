#include "serve_options.hpp"

#include <iostream>

#include "bearer_token.hpp"
#include "cli_common.hpp"
#include "newsdex/db_location.hpp"
#include "newsdex/display_text.hpp"

namespace newsdex::serve {

namespace {

// `HOST:PORT` or `[IPV6]:PORT`; an empty string when it is well formed, else the problem.
std::string split_listen(const std::string& text, ServeOptions& options) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return "--listen " + display_text(text) + " is not ADDR:PORT (e.g. 127.0.0.1:8080)";
    std::string host = text.substr(0, colon), port = text.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    std::string digits = port;
    if (!cli::whole_number(0, 65535)(digits).empty() || host.empty())
        return "--listen " + display_text(text) + " is not ADDR:PORT with a port from 0 to 65535";
    options.host = host;
    options.port = std::stoi(port);
    return {};
}

}  // namespace

std::optional<ServeOptions> parse_serve_options(int argc, char** argv, int& exit_code) {
    CLI::App app{
        "Answer newsdex searches over HTTP with JSON (docs/server.md).\n"
        "Exit status: 0 stopped by SIGTERM or SIGINT; 2 usage error, unusable token file, or "
        "the address cannot be bound."};
    ServeOptions options;
    std::string listen = "127.0.0.1:8080";
    std::optional<std::string> db;
    std::string token_file;
    app.add_option("--listen", listen, "ADDR:PORT to listen on (port 0: any free port)")
        ->capture_default_str();
    cli::add_db_option(app, db);
    app.add_option("--threads", options.threads, "Workers answering connections")
        ->capture_default_str()
        ->check(cli::whole_number(1, 256));
    app.add_option("--max-queue", options.max_queue,
                   "Connections that may wait for a worker; more are answered 503")
        ->capture_default_str()
        ->check(cli::whole_number(0, 100000));
    app.add_option("--max-body", options.max_body, "Largest request body in bytes (beyond: 413)")
        ->capture_default_str()
        ->check(cli::whole_number(1, std::uint64_t{1} << 32));
    auto* writes = app.add_flag("--allow-writes", options.allow_writes,
                                "Accept POST /articles and DELETE /articles/{id} (needs "
                                "--token-file)");
    app.add_option("--token-file", token_file,
                   "File holding the bearer token that write requests must carry")
        ->needs(writes);
    app.add_flag("--access-log", options.access_log,
                 "One line per request on stderr: time, method, path, status, bytes, ms");
    cli::add_version_flag(app, "newsdex-serve");
    if (auto stop = cli::parse(app, argc, argv, "newsdex-serve")) {
        exit_code = *stop;
        return std::nullopt;
    }
    exit_code = cli::kExitUsage;
    if (auto problem = split_listen(listen, options); !problem.empty()) {
        std::cerr << "newsdex-serve: " << problem << '\n';
        return std::nullopt;
    }
    if (options.allow_writes) {
        if (token_file.empty()) {
            std::cerr << "newsdex-serve: --allow-writes needs --token-file FILE\n";
            return std::nullopt;
        }
        std::string problem;
        auto token = read_token_file(token_file, problem);
        if (!token) {
            std::cerr << "newsdex-serve: " << display_text(problem) << '\n';
            return std::nullopt;
        }
        options.token = std::move(*token);
    }
    options.db_path = resolve_db_path(db);
    exit_code = 0;
    return options;
}

}  // namespace newsdex::serve
