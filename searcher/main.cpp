// newsdex-search: parses options, runs search(), prints text, JSON, JSON lines, TSV or TREC.

#include <sys/ioctl.h>
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

struct Output {
    std::string format = "text";
    std::string color = "auto";
};

newsdex::TextStyle text_style(const Output& output) {
    newsdex::TextStyle style;
    const bool terminal = isatty(STDOUT_FILENO);
    const char* no_color = std::getenv("NO_COLOR");
    style.color = output.color == "always" ||
                  (output.color == "auto" && terminal && !(no_color && *no_color));
    if (terminal) {
        winsize ws{};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) style.width = ws.ws_col;
    }
    return style;
}

void present(const newsdex::SearchResponse& response, const Output& output) {
    if (output.format == "json") {
        std::cout << newsdex::to_json(response).dump(2) << '\n';
    } else if (output.format == "jsonl") {
        for (const auto& hit : response.hits)
            std::cout << newsdex::result_json(response, hit).dump() << '\n';
    } else if (output.format == "tsv") {
        newsdex::print_tsv(std::cout, response, true);
    } else if (output.format == "trec") {
        newsdex::print_trec(std::cout, response, "1", "newsdex");
    } else {
        newsdex::print_text(std::cout, response, text_style(output));
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Search a newsdex database for ranked passages.\n"
        "Query: words, \"phrases\", AND/OR/NOT, NEAR, +/-, energ*, speaker:NAME, topic:NAME, "
        "title:WORD, kind:quote|paragraph|turn, source:WORD, lang:CODE, year:YYYY, "
        "date:FROM..TO.\n"
        "Exit status: 0 results found; 1 no results; 2 error (missing database, bad query)."};
    std::optional<std::string> db;
    std::vector<std::string> words;
    Output output;
    std::string sort = "relevance";
    newsdex::SearchRequest request;
    newsdex::cli::add_db_option(app, db);
    app.add_option("-n,--limit", request.limit, "Results to show")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    app.add_option("--offset", request.offset, "Skip this many results first")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    app.add_option("--format", output.format, "Output format")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json", "jsonl", "tsv", "trec"}));
    app.add_option("--color", output.color, "Colour in text output (NO_COLOR turns auto off)")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--sort", sort, "relevance, date (oldest first) or -date (newest first)")
        ->capture_default_str()
        ->check(CLI::IsMember({"relevance", "date", "-date"}));
    app.add_option("--per-article", request.per_article,
                   "At most N passages per article (0: no limit)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--speaker", request.speakers,
                   "Only passages by this speaker: a name, alias or any word of them (repeat "
                   "for any of several)");
    app.add_option("--topic", request.topics, "Only passages on this topic (repeatable)");
    app.add_option("--kind", request.kinds, "Only passages of this kind: quote, paragraph, turn")
        ->check(CLI::IsMember({"quote", "paragraph", "turn"}));
    app.add_option("--since", request.since, "Only passages dated on or after YYYY[-MM[-DD]]");
    app.add_option("--until", request.until, "Only passages dated on or before YYYY[-MM[-DD]]");
    app.add_option("QUERY", words,
                   "The query (several arguments are joined by spaces); may be left out "
                   "when a filter option is given");
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-search")) return *stop;
    const bool filtered = !request.speakers.empty() || !request.topics.empty() ||
                          !request.kinds.empty() || !request.since.empty() ||
                          !request.until.empty();
    if (words.empty() && !filtered) {
        std::cerr << "newsdex-search: give a QUERY or a filter option (see --help)\n";
        return kExitError;
    }
    request.db_path = newsdex::resolve_db_path(db);
    for (const auto& w : words) request.query += (request.query.empty() ? "" : " ") + w;
    using Sort = newsdex::SearchRequest::Sort;
    request.sort = sort == "date" ? Sort::date : sort == "-date" ? Sort::date_descending : Sort::relevance;
    // TREC runs rank articles: the best passage of each stands for it.
    if (output.format == "trec") request.per_article = 1;

    try {
        auto response = newsdex::search(request);
        present(response, output);
        return response.hits.empty() ? kExitNothing : kExitFound;
    } catch (const newsdex::QueryError& e) {
        std::cerr << "newsdex-search: bad query: " << e.what() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "newsdex-search: " << e.what() << '\n';
    }
    return kExitError;
}
