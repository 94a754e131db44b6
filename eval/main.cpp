// newsdex-eval: measures newsdex's ranking on relevance test collections, beside SQLite FTS5
// and plain Xapian on the same files.

#include <chrono>
#include <filesystem>
#include <iostream>
#include <xapian.h>

#include "baselines.hpp"
#include "cli_common.hpp"
#include "collection.hpp"
#include "judging_pool.hpp"
#include "newsdex/display_text.hpp"
#include "newsdex/errors.hpp"
#include "newsdex_run.hpp"
#include "passage_collection.hpp"
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
    app.add_option("--run", run_path,
                   "Write newsdex's TREC run here (with several DIRs: a folder, one NAME.trec "
                   "each)");
    std::string keep;
    app.add_option("--db", keep,
                   "Keep the indexes in this folder (one per collection) and reuse them next "
                   "time; default: a temporary folder, removed");
    std::size_t depth = 1000;
    using newsdex::cli::number;
    using newsdex::cli::whole_number;
    app.add_option("--depth", depth, "Articles ranked per query")
        ->capture_default_str()
        ->check(whole_number(1, newsdex::kMaxLimit));
    std::string pool_path;
    app.add_option("--pool", pool_path,
                   "Passage collections: write the passages to judge here (the union of each "
                   "system's top --pool-depth: newsdex, newsdex without feedback, FTS5, Xapian)");
    std::size_t pool_depth = 20;
    app.add_option("--pool-depth", pool_depth, "Passages per system and query in --pool")
        ->capture_default_str()
        ->check(whole_number(1, 1000));
    bool no_baselines = false;
    app.add_flag("--no-baselines", no_baselines, "Measure newsdex only");
    std::string format = "text";
    app.add_option("--format", format, "text or json")->capture_default_str()->check(CLI::IsMember({"text", "json"}));
    newsdex::Ranking ranking;
    app.add_option("--k1", ranking.k1, "BM25 k1 (to compare with the default)")->capture_default_str()->check(number(0, 100));
    app.add_option("--b", ranking.b, "BM25 b (to compare with the default)")->capture_default_str()->check(number(0, 1));
    app.add_option("--feedback-docs", ranking.feedback_docs, "Pseudo-relevance feedback: top passages taken as relevant (0: off)")->capture_default_str()->check(whole_number(0, 1000));
    app.add_option("--feedback-terms", ranking.feedback_terms, "Words feedback adds")->capture_default_str()->check(whole_number(0, 1000));
    app.add_option("--feedback-weight", ranking.feedback_weight, "Weight of the best added word, relative to an original one")->capture_default_str()->check(number(0, 100));
    app.add_option("--feedback-widens-from", ranking.feedback_widens_from, "Added words may bring new matches to plain queries of this many content words (0: never)")->capture_default_str()->check(whole_number(0, 1000));
    app.add_option("--feedback-scheme", ranking.feedback_scheme, "bo1 or trad")
        ->capture_default_str()
        ->check(CLI::IsMember({"bo1", "trad"}));
    app.add_option("--feedback-from-words", ranking.feedback_from_words, "Feedback only for queries of this many content words")->capture_default_str()->check(whole_number(0, 1000));
    app.add_option("--proximity-weight", ranking.proximity_weight, "Share of their weight neighbouring query words found close together add (0: off)")->capture_default_str()->check(number(0, 100));
    app.add_option("--proximity-window", ranking.proximity_window, "Window, in words, for --proximity-weight")->capture_default_str()->check(whole_number(1, 1000));
    bool keep_stopwords = false;
    app.add_flag("--keep-stopwords", keep_stopwords, "Search for function words too");
    bool length_from_all = false;
    app.add_flag("--length-from-all-passages", length_from_all,
                 "BM25 normalises lengths by the average of all passages, quotes included "
                 "(default: of the paragraphs and turns)");
    newsdex::cli::add_version_flag(app, "newsdex-eval");
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-eval")) return *stop;

    ranking.stopwords = !keep_stopwords;
    ranking.length_from_text = !length_from_all;
    try {
        std::optional<TempDir> temp;
        const fs::path db_root = keep.empty() ? temp.emplace().path : fs::path(keep);
        if (!run_path.empty() && dirs.size() > 1) fs::create_directories(run_path);
        if (!pool_path.empty() && (dirs.size() != 1 || !is_passage_collection(dirs.front()) ||
                                   load_passage_collection(dirs.front()).article_unit))
            throw std::runtime_error("--pool takes one passage collection");
        std::vector<CollectionResult> results;
        for (const auto& dir : dirs) {
            auto collection =
                is_passage_collection(dir) ? load_passage_collection(dir) : load_collection(dir);
            CollectionResult r;
            // Shown in the report, text or JSON: a folder name is bytes.
            r.name = newsdex::display_text(collection.name);
            r.queries = collection.queries.size();
            const auto db_path = (db_root / collection.name).string();
            auto start = std::chrono::steady_clock::now();
            auto indexed = index_collection(collection, db_path);
            for (const auto& f : indexed.failed)
                report(f.path + ": " + f.error);
            r.index_seconds = seconds_since(start);
            // A passage collection's judgments name passages by their words: found in the
            // index, they become qrels; the baselines index the same passages.
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
            }

            if (collection.article_unit) collection.qrels = article_qrels(collection.qrels, passages);

            start = std::chrono::steady_clock::now();
            auto ours = newsdex_run(collection, db_path, depth, ranking);
            if (collection.article_unit) ours.run = article_run(ours.run, passages);
            r.search_seconds = seconds_since(start);
            r.read_as_prose = ours.read_as_prose;
            r.newsdex = evaluate(ours.run, collection.qrels);
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
                               {{"newsdex", ours.run},
                                {"newsdex-no-feedback", no_feedback.run},
                                {"fts5", fts5},
                                {"xapian", xapian}},
                               passages, pool_depth);
                }
            }
            if (!run_path.empty())
                write_trec_run(dirs.size() > 1 ? (fs::path(run_path) / (collection.name + ".trec")).string()
                                               : run_path,
                               collection.queries, ours.run, "newsdex");
            results.push_back(std::move(r));
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
