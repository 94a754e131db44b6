#pragma once
// Option handling shared by the newsdex command-line tools (CLI11).

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "newsdex/display_text.hpp"
#include "newsdex/schema.hpp"
#include "newsdex/searcher.hpp"
#include "search_names.hpp"

namespace newsdex::cli {

/// Both tools exit 2 on usage errors.
inline constexpr int kExitUsage = 2;

/// `PROGRAM VERSION (schema N, Xapian X.Y.Z)`: what --version prints.
inline std::string version_line(const char* program) {
    return std::string(program) + " " + NEWSDEX_VERSION + " (schema " +
           std::to_string(schema::kVersion) + ", Xapian " + Xapian::version_string() + ")";
}

/// --version: the version line on stdout, exit 0.
inline void add_version_flag(CLI::App& app, const char* program) {
    app.set_version_flag("--version", version_line(program),
                         "Print newsdex's version, its index schema's and Xapian's, and exit");
}

/// --db, resolved later by resolve_db_path().
inline void add_db_option(CLI::App& app, std::optional<std::string>& db) {
    app.add_option("--db", db,
                   "Database folder (default: $NEWSDEX_DB, else $XDG_DATA_HOME/newsdex/db, else "
                   "~/.local/share/newsdex/db)");
}

/// A check for a whole-number option: decimal digits only (no sign, exponent or fraction),
/// from `min` to `max`. CLI11's own checks let values beyond the option's type wrap around.
inline CLI::Validator whole_number(std::uint64_t min, std::uint64_t max) {
    const std::string range = "a whole number from " + std::to_string(min) + " to " +
                              std::to_string(max);
    return CLI::Validator(
        [min, max, range](std::string& text) -> std::string {
            bool ok = !text.empty();
            std::uint64_t value = 0;
            for (char c : text) {
                if (c < '0' || c > '9') {
                    ok = false;
                    break;
                }
                value = value * 10 + static_cast<std::uint64_t>(c - '0');
                if (value > max) {
                    ok = false;
                    break;
                }
            }
            if (ok && value >= min) return {};
            return display_text(text) + " is not " + range;
        },
        range);
}

/// A check for a decimal option: a finite number in decimal notation, from `min` (above it,
/// when `above_min`) to `max`.
inline CLI::Validator number(double min, double max, bool above_min = false) {
    auto show = [](double v) {
        std::ostringstream out;
        out << v;
        return out.str();
    };
    const std::string range = "a number " + std::string(above_min ? "above " : "from ") +
                              show(min) + (above_min ? " and at most " : " to ") + show(max);
    return CLI::Validator(
        [min, max, above_min, range](std::string& text) -> std::string {
            // Decimal notation only: strtod would also take hex, inf and nan.
            bool ok = !text.empty() &&
                      text.find_first_not_of("0123456789.eE+-") == std::string::npos;
            char* end = nullptr;
            const double value = ok ? std::strtod(text.c_str(), &end) : 0;
            ok = ok && end == text.c_str() + text.size() && std::isfinite(value) &&
                 (above_min ? value > min : value >= min) && value <= max;
            if (ok) return {};
            return display_text(text) + " is not " + range;
        },
        range);
}

/// Parses argv; returns the exit code to stop with (help: 0, usage error: 2 with one line
/// on stderr), or nullopt to go on.
inline std::optional<int> parse(CLI::App& app, int argc, char** argv, const char* program) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << program << ": " << display_text(e.what(), Whitespace::as_space) << " (see --help)\n";
        return kExitUsage;
    }
    return std::nullopt;
}

}  // namespace newsdex::cli
