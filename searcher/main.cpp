// newsdex-search: parses options, runs search(), prints text, JSON, JSON lines, TSV or TREC.

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <xapian.h>

#include "cli_common.hpp"
#include "json_output.hpp"
#include "newsdex/db_location.hpp"
#include "newsdex/display_text.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/json_version.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/record_json.hpp"
#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"

namespace {

constexpr int kExitFound = 0;
constexpr int kExitNothing = 1;
constexpr int kExitError = 2;

struct Output {
    std::string format = "text";
    std::string color = "auto";
    /// Values shown per facet (0: all); unset: 10 in text, all in JSON.
    std::optional<std::size_t> facet_limit;

    std::size_t facets_in_json() const { return facet_limit.value_or(0); }
};

// The exit status of one search: whether the query matched anything, not whether the page
// asked for holds any of it (-n 0 for facets only, --offset past the last result).
bool matched(const newsdex::SearchResponse& response) {
    return !response.hits.empty() || response.total_estimate > 0;
}

newsdex::TextStyle text_style(const Output& output) {
    newsdex::TextStyle style;
    const bool terminal = isatty(STDOUT_FILENO);
    auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    const char* term = std::getenv("TERM");
    const bool dumb = term && std::string_view(term) == "dumb";
    style.color = output.color == "always" ||
                  (output.color == "auto" && terminal && !set("NO_COLOR") && !dumb);
    style.facet_limit = output.facet_limit.value_or(style.facet_limit);
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
    if (output.format == "json") {
        newsdex::JsonWriter w(2);
        w.begin_object();
        if (!qid.empty()) w.member("qid", qid);
        newsdex::write_response_members(w, response, output.facets_in_json());
        w.end_object();
        std::cout << w.take() << '\n';
    } else if (output.format == "jsonl") {
        newsdex::print_jsonl(std::cout, response, qid, output.facets_in_json());
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
    auto j = newsdex::stats_json(s);
    if (output.format == "json" || output.format == "jsonl") {
        std::cout << newsdex::dump_json(std::move(j), output.format == "json" ? 2 : -1) << '\n';
        return;
    }
    // Text: `key: value`; TSV: `key<TAB>value`, for cut and awk. An unknown value is "-".
    const char* between = output.format == "tsv" ? "\t" : ": ";
    for (const auto& [key, value] : j.items()) {
        if (key == newsdex::kJsonVersionKey) continue;
        std::cout << key << between
                  << (value.is_null()     ? "-"
                      : value.is_string() ? shown(value.get<std::string>())
                                          : shown(newsdex::dump_json(value)))
                  << '\n';
    }
}

// A line of a query file the batch could not answer: on stderr for people and, in JSON
// lines, as an error record too, so a program driving the batch through a pipe gets an
// answer for every line it wrote.
void batch_error(const std::string& where, const std::string& qid, const std::string& problem,
                 std::size_t line_no, const Output& output) {
    report(where + ":" + std::to_string(line_no) + ": " +
           (qid.empty() ? "" : "query " + qid + ": ") + problem);
    if (output.format != "jsonl") return;
    nlohmann::ordered_json record = {
        {"type", "error"},
        {"qid", qid.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(qid)},
        {newsdex::kJsonVersionKey, newsdex::kJsonVersion},
        {"line", line_no},
        {"message", problem}};
    std::cout << newsdex::dump_json(std::move(record)) << '\n';
}

// `qid<TAB>query` lines of FILE, or of standard input for "-"; blank lines and lines
// starting with # are skipped. Each query is answered (and stdout flushed) as its line
// arrives. Exit: 2 if any line failed, else 0 if any query matched, else 1.
int run_batch(const std::string& file, const std::string& db_path,
              const newsdex::SearchRequest& base, const Output& output) {
    const bool from_stdin = file == "-";
    std::ifstream opened;
    if (!from_stdin) {
        opened.open(file);
        if (!opened) {
            report(file + ": cannot read query file");
            return kExitError;
        }
    }
    std::istream& in = from_stdin ? std::cin : opened;
    const std::string where = from_stdin ? "standard input" : file;
    if (output.format == "tsv")
        std::cout << "qid\trank\tscore\tpassage_id\tarticle_id\tdate\tspeaker\tkind\ttitle\ttext\n"
                  << std::flush;
    newsdex::Searcher searcher(db_path);  // opened once: every query sees the last commit
    bool failed = false, any_matched = false;
    std::size_t line_no = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_no;
        if (line.empty() || line[0] == '#') continue;
        auto tab = line.find('\t');
        if (tab == std::string::npos) {
            batch_error(where, {}, "expected qid<TAB>query", line_no, output);
            failed = true;
            std::cout << std::flush;
            continue;
        }
        auto request = base;
        const auto qid = line.substr(0, tab);
        request.query = line.substr(tab + 1);
        try {
            auto response = searcher.search(request);
            any_matched = any_matched || matched(response);
            if (output.format == "tsv") {
                std::ostringstream rows;
                newsdex::print_tsv(rows, response, false);
                std::istringstream split(rows.str());
                for (std::string row; std::getline(split, row);)
                    std::cout << qid << '\t' << row << '\n';
            } else {
                present(response, output, qid);
            }
        } catch (const newsdex::QueryError& e) {
            batch_error(where, qid, std::string("bad query: ") + e.what(), line_no, output);
            failed = true;
        }
        std::cout << std::flush;
    }
    return failed ? kExitError : any_matched ? kExitFound : kExitNothing;
}

// Output options the chosen format has no place for are refused, not ignored.
std::optional<std::string> unsupported(const newsdex::SearchRequest& request,
                                       const Output& output, bool stats, bool batch,
                                       bool has_words, bool filtered) {
    const auto& format = output.format;
    if (stats) {
        if (format == "trec")
            return "--stats has no TREC form; use --format text, json, jsonl or tsv";
        if (has_words || filtered || batch)
            return "--stats describes the whole database and takes no query or filter";
        return std::nullopt;
    }
    if (batch && has_words)
        return "--queries reads its queries from the file; give no QUERY words with it";
    if (format == "tsv" || format == "trec") {
        const auto name = format == "tsv" ? std::string("TSV") : std::string("TREC");
        if (!request.facets.empty())
            return "--facets has no " + name +
                   " form (its rows are results); use --format text, json or jsonl";
        if (request.explain)
            return "--explain has no " + name + " form; use --format text, json or jsonl";
    }
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Search a newsdex database for ranked passages.\n"
        "Query: words, \"phrases\", AND/OR/NOT, NEAR, +/-, energ*, speaker:NAME, topic:NAME, "
        "title:WORD, kind:quote|paragraph|turn, source:WORD, lang:CODE, year:YYYY, "
        "date:FROM..TO.\n"
        "Exit status: 0 the query matched; 1 it matched nothing; 2 error (missing database, "
        "bad query)."};
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
    app.add_option("--color", output.color,
                   "Colour in text output (auto: on a terminal, unless NO_COLOR is set or "
                   "TERM=dumb)")
        ->capture_default_str()
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--sort", sort, "relevance, date (oldest first) or -date (newest first)")
        ->capture_default_str()
        ->check(CLI::IsMember(newsdex::cli::kSortNames));
    app.add_option("--per-article", request.per_article,
                   "At most N passages per article (0: no limit)")
        ->check(whole_number(0, newsdex::kMaxPerArticle));
    // A repeatable option takes one value each time it is given: the words after it are the
    // query's, not more values.
    auto one_value_each = [](CLI::Option* option) {
        return option->expected(1)->allow_extra_args(false)->multi_option_policy(
            CLI::MultiOptionPolicy::TakeAll);
    };
    one_value_each(app.add_option("--speaker", request.speakers,
                                  "Only passages by this speaker: a name, alias or any word of "
                                  "them (repeat for any of several)"));
    one_value_each(app.add_option("--topic", request.topics,
                                  "Only passages on this topic (repeat for any of several)"));
    one_value_each(app.add_option("--kind", request.kinds,
                                  "Only passages of this kind: quote, paragraph, turn (repeat "
                                  "for any of several)"))
        ->check(CLI::IsMember(newsdex::cli::kKindNames));
    app.add_option("--since", request.since, "Only passages dated on or after YYYY[-MM[-DD]]");
    app.add_option("--until", request.until, "Only passages dated on or before YYYY[-MM[-DD]]");
    one_value_each(app.add_option("--facets", request.facets,
                                  "Count the whole match set by speaker, topic, year, source "
                                  "(comma-separated, or repeat the option)"))
        ->delimiter(',');
    app.add_option("--facet-limit", output.facet_limit,
                   "Values shown per facet, in text and JSON (0: all; default: 10 in text, all "
                   "in JSON)")
        ->check(whole_number(0, newsdex::kMaxLimit));
    app.add_flag("--explain", request.explain,
                 "Show each result's matched terms and the weight each contributed");
    bool no_feedback = false;
    app.add_flag("--no-feedback", no_feedback,
                 "Rank by the query's own words only (no pseudo-relevance feedback)");
    bool no_also = false;
    app.add_flag("--no-also", no_also,
                 "A speaker filter shows its passages only: no section of passages that "
                 "mention the speaker after them");
    std::string queries_file;
    app.add_option("--queries", queries_file,
                   "Run every `qid<TAB>query` line of FILE, or of standard input for -, "
                   "answering each as it is read (for scripts and evaluation)");
    bool stats = false;
    app.add_flag("--stats", stats, "Describe the database: articles, passages, speakers, dates");
    app.add_option("QUERY", words,
                   "The query (several arguments are joined by spaces); may be left out "
                   "when a filter option is given");
    newsdex::cli::add_version_flag(app, "newsdex-search");
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-search")) return *stop;
    if (no_feedback) request.ranking.feedback_docs = 0;
    if (no_also) request.also = false;
    const bool filtered = newsdex::cli::has_filter(request);
    if (auto problem = unsupported(request, output, stats, !queries_file.empty(),
                                   !words.empty(), filtered)) {
        report(*problem);
        return kExitError;
    }
    const std::string db_path = newsdex::resolve_db_path(db);
    request.sort = newsdex::cli::sort_from_name(sort);
    // TREC runs rank articles: the best passage of each stands for it.
    if (output.format == "trec") request.per_article = 1;
    try {
        if (stats) {
            print_stats(newsdex::database_stats(db_path), output);
            return kExitFound;
        }
        if (!queries_file.empty()) return run_batch(queries_file, db_path, request, output);
    } catch (const std::exception& e) {
        report(e.what());
        return kExitError;
    } catch (const Xapian::Error& e) {
        report("database " + db_path + ": " + e.get_description());
        return kExitError;
    }
    if (words.empty() && !filtered) {
        std::cerr << "newsdex-search: give a QUERY or a filter option (see --help)\n";
        return kExitError;
    }
    for (const auto& w : words) request.query += (request.query.empty() ? "" : " ") + w;

    try {
        auto response = newsdex::search(db_path, request);
        present(response, output);
        return matched(response) ? kExitFound : kExitNothing;
    } catch (const newsdex::QueryError& e) {
        report(std::string("bad query: ") + e.what());
    } catch (const std::exception& e) {
        report(e.what());
    } catch (const Xapian::Error& e) {
        report("database " + db_path + ": " + e.get_description());
    }
    return kExitError;
}
