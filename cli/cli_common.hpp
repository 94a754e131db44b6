#pragma once
// Option handling shared by the newsdex command-line tools (CLI11).

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>

namespace newsdex::cli {

/// Both tools exit 2 on usage errors.
inline constexpr int kExitUsage = 2;

/// --db, resolved later by resolve_db_path().
inline void add_db_option(CLI::App& app, std::optional<std::string>& db) {
    app.add_option("--db", db,
                   "Database folder (default: $NEWSDEX_DB, else $XDG_DATA_HOME/newsdex/db, else "
                   "~/.local/share/newsdex/db)");
}

/// Parses argv; returns the exit code to stop with (help: 0, usage error: 2 with one line
/// on stderr), or nullopt to go on.
inline std::optional<int> parse(CLI::App& app, int argc, char** argv, const char* program) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << program << ": " << e.what() << " (see --help)\n";
        return kExitUsage;
    }
    return std::nullopt;
}

}  // namespace newsdex::cli
