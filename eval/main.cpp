// newsdex-eval: measures newsdex's ranking on relevance test collections, beside SQLite FTS5
// and plain Xapian on the same files; with --cv, chooses among ranking settings by
// leave-one-collection-out cross-validation.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <thread>
#include <xapian.h>

#include "baselines.hpp"
#include "cli_common.hpp"
#include "collection.hpp"
#include "cross_validation.hpp"
#include "cv_grid.hpp"
#include "judging_pool.hpp"
#include "newsdex/display_text.hpp"
#include "newsdex/errors.hpp"
#include "newsdex_run.hpp"
#include "passage_collection.hpp"
#include "ranking_options.hpp"
#include "report.hpp"

namespace fs = std::filesystem;
using namespace newsdex::eval;

namespace {

// One line on stderr; paths and problems shown safely.
void report(const std::string& message) {
    std::cerr << "newsdex-eval: " << newsdex::display_text(message) << '\n';
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A temporary folder removed on every way out.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "newsdex-eval-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
        path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Evaluate newsdex's ranking on relevance test collections (folders holding docs.tsv, "
        "queries.tsv and qrels.trec; or passage collections: sources.txt, queries.tsv and "
        "judgments.tsv), beside SQLite FTS5 bm25 and plain Xapian.\n"
        "Exit status: 0 done; 2 usage error or unreadable collection."};
    std::vector<std::string> dirs;
    app.add_option("DIR", dirs, "Collection folders")->required()->check(CLI::ExistingDirectory);
    std::string run_path;
    auto* run_option =
        app.add_option("--run", run_path,
                       "Write newsdex's TREC run here (with several DIRs: a folder, one NAME.trec "
                       "each)");
    std::string keep;
    app.add_option("--db", keep,
                   "Keep the indexes in this folder (one per collection) and reuse them next "
                   "time; default: a temporary folder, removed");
    std::size_t depth = 1000;
    app.add_option("--depth", depth, "Articles ranked per query")
        ->capture_default_str()
        ->check(newsdex::cli::whole_number(1, newsdex::kMaxLimit));
    std::string pool_path;
    auto* pool_option = app.add_option(
        "--pool", pool_path,
        "Passage collections: write the passages to judge here (the union of each system's "
        "top --pool-depth: newsdex, newsdex without feedback, FTS5, Xapian); judged by "
        "article line, the articles (kind 'article')");
    std::size_t pool_depth = 20;
    app.add_option("--pool-depth", pool_depth, "Passages per system and query in --pool")
        ->capture_default_str()
        ->check(newsdex::cli::whole_number(1, 1000));
    bool no_baselines = false;
    app.add_flag("--no-baselines", no_baselines, "Measure newsdex only");
    std::string format = "text";
    app.add_option("--format", format, "text or json")->capture_default_str()->check(CLI::IsMember({"text", "json"}));
    newsdex::Ranking ranking;
    add_ranking_options(app, ranking);
    bool cv = false;
    auto* cv_flag = app.add_flag(
        "--cv", cv,
        "Cross-validate a grid of ranking settings, leaving one collection out at a time: "
        "each collection is scored with the setting best on the others (2 DIRs or more)");
    std::string grid_path;
    app.add_option("--cv-grid", grid_path,
                   "The settings --cv chooses among, one a line, written as the ranking options "
                   "(default: k1 1.2|2 x b 0.5|0.6|0.75 x feedback off|on x proximity 0|0.14)")
        ->needs(cv_flag);
    run_option->excludes(cv_flag);
    pool_option->excludes(cv_flag);
    newsdex::cli::add_version_flag(app, "newsdex-eval");
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-eval")) return *stop;

    if (cv && dirs.size() < 2) {
        report("--cv needs at least two collections: it leaves each out in turn");
        return newsdex::cli::kExitUsage;
    }
    try {
        std::optional<TempDir> temp;
        const fs::path db_root = keep.empty() ? temp.emplace().path : fs::path(keep);
        if (!run_path.empty() && dirs.size() > 1) fs::create_directories(run_path);
        if (!pool_path.empty() && (dirs.size() != 1 || !is_passage_collection(dirs.front()) ||
                                   load_passage_collection(dirs.front()).article_unit))
            throw std::runtime_error(
                "--pool takes one passage collection, judged by passage or by article line");
        // With --cv, every collection is searched with each setting of the grid and with the
        // setting of the command line (the defaults, unless overridden), once if it is in the
        // grid.
        std::vector<Setting> grid;
        std::vector<newsdex::Ranking> rankings;
        std::size_t base = 0;
        if (cv) {
            grid = grid_path.empty() ? default_grid(ranking) : read_grid(grid_path, ranking);
            for (const auto& s : grid) rankings.push_back(s.ranking);
            base = static_cast<std::size_t>(std::find(rankings.begin(), rankings.end(), ranking) -
                                            rankings.begin());
            if (base == rankings.size()) rankings.push_back(ranking);
        }
        std::vector<std::vector<Scores>> scores(rankings.size());  // [ranking][collection]
        std::vector<CollectionResult> results;
        // Views of one judged set (a passage collection judged by passage, by article, by
        // article line: the same judgments.tsv) are left out together by --cv.
        std::vector<std::size_t> group;
        std::map<std::string, std::size_t> group_of;
        for (const auto& dir : dirs) {
            auto collection =
                is_passage_collection(dir) ? load_passage_collection(dir) : load_collection(dir);
            {
                std::error_code ec;
                const auto judged = is_passage_collection(dir) ? fs::path(dir) / "judgments.tsv"
                                                               : fs::path(dir);
                auto key = fs::canonical(judged, ec).string();
                if (ec) key = judged.string();
                group.push_back(group_of.emplace(key, group_of.size()).first->second);
            }
            CollectionResult r;
            // Shown in the report, text or JSON: a folder name is bytes.
            r.name = newsdex::display_text(collection.name);
            r.queries = collection.queries.size();
            auto db_path = (db_root / collection.name).string();
            auto start = std::chrono::steady_clock::now();
            auto indexed = index_collection(collection, db_path);
            for (const auto& f : indexed.failed)
                report(f.path + ": " + f.error);
            r.index_seconds = seconds_since(start);
            // A passage collection's judgments name passages by their words: found in the
            // index, they become qrels; the baselines index the same passages (or, judged by
            // article, each article's paragraphs and turns).
            std::vector<IndexedPassage> passages;
            if (collection.passages()) {
                passages = read_passages(db_path, collection.sources);
                const auto unmatched =
                    resolve_judgments(collection.judgments, passages, collection.qrels);
                if (!unmatched.empty())
                    report(dir + ": " + std::to_string(unmatched.size()) + " of " +
                           std::to_string(collection.judgments.size()) +
                           " judgments match no passage (first: " + unmatched.front().qid + " " +
                           unmatched.front().file + " '" + unmatched.front().snippet + "')");
                if (collection.article_unit || collection.line_unit)
                    collection.qrels = article_qrels(collection.qrels, passages);
                // Judged by article, each article one line of text: from here on a
                // collection in the classic layout, its docs.tsv written beside the index.
                if (collection.line_unit) {
                    const auto lines_path = (db_root / (collection.name + ".lines.tsv")).string();
                    const auto lines = article_lines(passages);
                    write_docs(lines_path, lines);
                    // The pool's items are now the lines: an article, judged whole.
                    passages.clear();
                    for (const auto& [file, text] : lines)
                        passages.push_back({file, file, "article", text});
                    collection = lines_collection(collection, lines_path);
                    db_path += ".lines";
                    for (const auto& f : index_collection(collection, db_path).failed)
                        report(f.path + ": " + f.error);
                }
            }

            start = std::chrono::steady_clock::now();
            Run ours_run;
            if (cv) {
                auto each = score_rankings(collection, db_path, depth, rankings,
                                           std::thread::hardware_concurrency());
                for (std::size_t i = 0; i < each.size(); ++i) scores[i].push_back(each[i].scores);
                r.read_as_prose = each[base].read_as_prose;
                r.newsdex = each[base].scores;  // until the fold's choice replaces it
            } else {
                auto ours = newsdex_run(collection, db_path, depth, ranking);
                r.read_as_prose = ours.read_as_prose;
                r.newsdex = evaluate(ours.run, collection.qrels);
                if (ours.filter_only != ours.run)
                    r.newsdex_filter_only = evaluate(ours.filter_only, collection.qrels);
                ours_run = std::move(ours.run);
                if (!run_path.empty())
                    write_trec_run(dirs.size() > 1
                                       ? (fs::path(run_path) / (collection.name + ".trec")).string()
                                       : run_path,
                                   collection.queries, ours_run, "newsdex");
            }
            r.search_seconds = seconds_since(start);
            Documents docs;
            if (collection.article_unit)
                docs = article_documents(passages);
            else if (collection.passages())
                for (const auto& p : passages) docs.emplace_back(p.id, p.text);
            else
                docs = read_docs(collection.docs_path);
            r.documents = docs.size();
            // The baselines know no fields: a passage collection's `speaker:NAME` is words.
            auto plain_queries = collection.queries;
            if (collection.passages())
                for (auto& q : plain_queries) q.text = baseline_words(q.text);
            if (!no_baselines || !pool_path.empty()) {
                auto fts5 = fts5_run(docs, plain_queries, depth);
                auto xapian = plain_xapian_run(docs, plain_queries, depth);
                if (!no_baselines) {
                    r.fts5 = evaluate(fts5, collection.qrels);
                    r.xapian = evaluate(xapian, collection.qrels);
                }
                if (!pool_path.empty()) {
                    auto plain_ranking = ranking;
                    plain_ranking.feedback_docs = 0;
                    auto no_feedback = newsdex_run(collection, db_path, depth, plain_ranking);
                    write_pool(pool_path, collection.queries,
                               {{"newsdex", ours_run},
                                {"newsdex-no-feedback", no_feedback.run},
                                {"fts5", fts5},
                                {"xapian", xapian}},
                               passages, pool_depth);
                }
            }
            results.push_back(std::move(r));
        }
        if (cv) {
            CvReport out;
            for (const auto& s : grid) out.settings.push_back(newsdex::display_text(s.label));
            std::vector<std::vector<double>> map;  // the grid's only: the choice is among them
            for (std::size_t i = 0; i < grid.size(); ++i) {
                map.emplace_back();
                for (const auto& s : scores[i]) map.back().push_back(s.map);
            }
            if (group_of.size() < 2)
                throw std::runtime_error("--cv needs collections of two judged sets or more");
            out.folds = leave_one_out(map, group);
            out.best = best_overall(map);
            out.scores.assign(scores.begin(),
                              scores.begin() + static_cast<std::ptrdiff_t>(grid.size()));
            out.base = scores[base];
            out.base_label =
                ranking == newsdex::Ranking{} ? "the defaults" : "the command line's setting";
            if (base < grid.size()) out.base_label += " (" + out.settings[base] + ")";
            for (std::size_t c = 0; c < results.size(); ++c)
                results[c].newsdex = scores[out.folds[c].chosen][c];
            out.collections = std::move(results);
            if (format == "json")
                print_cv_json(std::cout, out);
            else
                print_cv_text(std::cout, out);
            return 0;
        }
        if (format == "json")
            print_json(std::cout, results);
        else
            print_text(std::cout, results);
        return 0;
    } catch (const std::exception& e) {
        report(e.what());
        return newsdex::cli::kExitUsage;
    } catch (const Xapian::Error& e) {
        report(e.get_description());
        return newsdex::cli::kExitUsage;
    }
}
