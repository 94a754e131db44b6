// newsdex-search: parses options, runs search(), prints text or JSON.

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli_common.hpp"
#include "newsdex/db_location.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/searcher.hpp"

namespace {
constexpr int kExitFound = 0;
constexpr int kExitNothing = 1;
constexpr int kExitError = 2;
}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Search a newsdex database for ranked passages.\n"
        "Query: words, \"phrases\", AND/OR/NOT, speaker:NAME, topic:NAME, title:WORD, "
        "kind:quote|paragraph|turn, source:WORD, year:YYYY.\n"
        "Exit status: 0 results found; 1 no results; 2 error (missing database, bad query)."};
    std::optional<std::string> db;
    std::vector<std::string> words;
    std::string format = "text";
    newsdex::SearchRequest request;
    newsdex::cli::add_db_option(app, db);
    app.add_option("-n,--limit", request.limit, "Results to show")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    app.add_option("--format", format, "Output format")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json"}));
    app.add_option("--speaker", request.speakers,
                   "Only passages by this speaker: a name, alias or any word of them (repeat "
                   "for any of several)");
    app.add_option("--topic", request.topics, "Only passages on this topic (repeatable)");
    app.add_option("QUERY", words,
                   "The query (several arguments are joined by spaces); may be left out "
                   "with --speaker or --topic");
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-search")) return *stop;
    if (words.empty() && request.speakers.empty() && request.topics.empty()) {
        std::cerr << "newsdex-search: give a QUERY, --speaker or --topic (see --help)\n";
        return kExitError;
    }
    request.db_path = newsdex::resolve_db_path(db);
    for (const auto& w : words) request.query += (request.query.empty() ? "" : " ") + w;

    try {
        auto response = newsdex::search(request);
        if (format == "json") {
            std::cout << newsdex::to_json(response).dump(2) << '\n';
        } else {
            newsdex::TextStyle style;
            const char* no_color = std::getenv("NO_COLOR");
            style.color = isatty(STDOUT_FILENO) && !(no_color && *no_color);
            newsdex::print_text(std::cout, response, style);
        }
        return response.hits.empty() ? kExitNothing : kExitFound;
    } catch (const newsdex::QueryError& e) {
        std::cerr << "newsdex-search: bad query: " << e.what() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "newsdex-search: " << e.what() << '\n';
    }
    return kExitError;
}
