// newsdex-search: parses options, runs search(), prints text, JSON, JSON lines, TSV or TREC.

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <xapian.h>

#include "cli_common.hpp"
#include "newsdex/db_location.hpp"
#include "newsdex/display_text.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"

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

// Text from files, the index or the user, safe to print on a terminal.
std::string shown(std::string_view text) { return newsdex::display_text(text); }

// One line on stderr.
void report(const std::string& message) {
    std::cerr << "newsdex-search: " << shown(message) << '\n';
}

void present(const newsdex::SearchResponse& response, const Output& output,
             const std::string& qid = {}) {
    using json = nlohmann::ordered_json;
    if (output.format == "json") {
        auto j = newsdex::to_json(response);
        if (!qid.empty()) {
            json with_qid = {{"qid", qid}};
            with_qid.update(j);
            j = with_qid;
        }
        std::cout << newsdex::dump_json(std::move(j), 2) << '\n';
    } else if (output.format == "jsonl") {
        for (const auto& hit : response.hits) {
            auto line = newsdex::result_json(hit);
            if (!qid.empty()) line["qid"] = qid;
            std::cout << newsdex::dump_json(std::move(line)) << '\n';
        }
    } else if (output.format == "tsv") {
        newsdex::print_tsv(std::cout, response, qid.empty());
    } else if (output.format == "trec") {
        newsdex::print_trec(std::cout, response, qid.empty() ? "1" : qid, "newsdex");
    } else {
        if (!qid.empty())
            std::cout << "## " << shown(qid) << ": " << shown(response.query) << "\n\n";
        newsdex::print_text(std::cout, response, text_style(output));
    }
}

void print_stats(const newsdex::DatabaseStats& s, const Output& output) {
    auto null_if_empty = [](const std::string& v) {
        return v.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
    };
    nlohmann::ordered_json j = {{"articles", s.articles},
                                {"passages", s.passages},
                                {"speakers", s.speakers},
                                {"first_date", null_if_empty(s.first_date)},
                                {"last_date", null_if_empty(s.last_date)},
                                {"last_indexed", null_if_empty(s.last_indexed)},
                                {"schema_version", s.schema_version},
                                {"positions", s.positions}};
    if (!s.last_run.empty()) j["last_run"] = nlohmann::ordered_json::parse(s.last_run, nullptr, false);
    if (output.format == "json" || output.format == "jsonl") {
        std::cout << newsdex::dump_json(std::move(j), output.format == "json" ? 2 : -1) << '\n';
        return;
    }
    for (const auto& [key, value] : j.items())
        std::cout << key << ": "
                  << (value.is_null()     ? "-"
                      : value.is_string() ? shown(value.get<std::string>())
                                          : shown(newsdex::dump_json(value)))
                  << '\n';
}

// `qid<TAB>query` lines; blank lines and lines starting with # are skipped.
int run_batch(const std::string& file, const newsdex::SearchRequest& base, const Output& output) {
    std::ifstream in(file);
    if (!in) {
        report(file + ": cannot read query file");
        return kExitError;
    }
    if (output.format == "tsv") std::cout << "qid\trank\tscore\tpassage_id\tarticle_id\tdate\tspeaker\tkind\ttitle\ttext\n";
    int status = kExitFound;
    std::size_t line_no = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_no;
        if (line.empty() || line[0] == '#') continue;
        auto tab = line.find('\t');
        if (tab == std::string::npos) {
            report(file + ":" + std::to_string(line_no) + ": expected qid<TAB>query");
            status = kExitError;
            continue;
        }
        auto request = base;
        const auto qid = line.substr(0, tab);
        request.query = line.substr(tab + 1);
        try {
            auto response = newsdex::search(request);
            if (output.format == "tsv") {
                std::ostringstream rows;
                newsdex::print_tsv(rows, response, false);
                std::istringstream split(rows.str());
                for (std::string row; std::getline(split, row);) std::cout << qid << '\t' << row << '\n';
            } else {
                present(response, output, qid);
            }
        } catch (const newsdex::QueryError& e) {
            report(file + ":" + std::to_string(line_no) + ": query " + qid +
                   ": bad query: " + e.what());
            status = kExitError;
        }
    }
    return status;
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
    using newsdex::cli::whole_number;
    app.add_option("-n,--limit", request.limit, "Results to show")
        ->capture_default_str()
        ->check(whole_number(0, newsdex::kMaxLimit));
    app.add_option("--offset", request.offset, "Skip this many results first")
        ->capture_default_str()
        ->check(whole_number(0, newsdex::kMaxOffset));
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
        ->check(whole_number(0, newsdex::kMaxPerArticle));
    app.add_option("--speaker", request.speakers,
                   "Only passages by this speaker: a name, alias or any word of them (repeat "
                   "for any of several)");
    app.add_option("--topic", request.topics, "Only passages on this topic (repeatable)");
    app.add_option("--kind", request.kinds, "Only passages of this kind: quote, paragraph, turn")
        ->check(CLI::IsMember({"quote", "paragraph", "turn"}));
    app.add_option("--since", request.since, "Only passages dated on or after YYYY[-MM[-DD]]");
    app.add_option("--until", request.until, "Only passages dated on or before YYYY[-MM[-DD]]");
    app.add_option("--facets", request.facets,
                   "Count the whole match set by speaker, topic, year, source (comma-separated)")
        ->delimiter(',');
    app.add_flag("--explain", request.explain,
                 "Show each result's matched terms and the weight each contributed");
    bool no_feedback = false;
    app.add_flag("--no-feedback", no_feedback,
                 "Rank by the query's own words only (no pseudo-relevance feedback)");
    std::string queries_file;
    app.add_option("--queries", queries_file,
                   "Run every `qid<TAB>query` line of FILE (for scripts and evaluation)");
    bool stats = false;
    app.add_flag("--stats", stats, "Describe the database: articles, passages, speakers, dates");
    app.add_option("QUERY", words,
                   "The query (several arguments are joined by spaces); may be left out "
                   "when a filter option is given");
    newsdex::cli::add_version_flag(app, "newsdex-search");
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-search")) return *stop;
    if (no_feedback) request.ranking.feedback_docs = 0;
    const bool filtered = !request.speakers.empty() || !request.topics.empty() ||
                          !request.kinds.empty() || !request.since.empty() ||
                          !request.until.empty();
    request.db_path = newsdex::resolve_db_path(db);
    using Sort = newsdex::SearchRequest::Sort;
    request.sort = sort == "date" ? Sort::date : sort == "-date" ? Sort::date_descending : Sort::relevance;
    // TREC runs rank articles: the best passage of each stands for it.
    if (output.format == "trec") request.per_article = 1;
    try {
        if (stats) {
            print_stats(newsdex::database_stats(request.db_path), output);
            return kExitFound;
        }
        if (!queries_file.empty()) return run_batch(queries_file, request, output);
    } catch (const std::exception& e) {
        report(e.what());
        return kExitError;
    } catch (const Xapian::Error& e) {
        report("database " + request.db_path + ": " + e.get_description());
        return kExitError;
    }
    if (words.empty() && !filtered) {
        std::cerr << "newsdex-search: give a QUERY or a filter option (see --help)\n";
        return kExitError;
    }
    for (const auto& w : words) request.query += (request.query.empty() ? "" : " ") + w;

    try {
        auto response = newsdex::search(request);
        present(response, output);
        return response.hits.empty() ? kExitNothing : kExitFound;
    } catch (const newsdex::QueryError& e) {
        report(std::string("bad query: ") + e.what());
    } catch (const std::exception& e) {
        report(e.what());
    } catch (const Xapian::Error& e) {
        report("database " + request.db_path + ": " + e.get_description());
    }
    return kExitError;
}
