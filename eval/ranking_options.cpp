#include "ranking_options.hpp"

#include "cli_common.hpp"

namespace newsdex::eval {

void add_ranking_options(CLI::App& app, Ranking& ranking) {
    using newsdex::cli::number;
    using newsdex::cli::whole_number;
    app.add_option("--k1", ranking.k1, "BM25 k1 (to compare with the default)")
        ->capture_default_str()
        ->check(number(0, 100));
    app.add_option("--b", ranking.b, "BM25 b (to compare with the default)")
        ->capture_default_str()
        ->check(number(0, 1));
    app.add_option("--feedback-docs", ranking.feedback_docs,
                   "Pseudo-relevance feedback: top passages taken as relevant (0: off)")
        ->capture_default_str()
        ->check(whole_number(0, 1000));
    app.add_option("--feedback-terms", ranking.feedback_terms, "Words feedback adds")
        ->capture_default_str()
        ->check(whole_number(0, 1000));
    app.add_option("--feedback-weight", ranking.feedback_weight,
                   "Weight of the best added word, relative to an original one")
        ->capture_default_str()
        ->check(number(0, 100));
    app.add_option("--feedback-widens-from", ranking.feedback_widens_from,
                   "Added words may bring new matches to plain queries of this many content words "
                   "(0: never)")
        ->capture_default_str()
        ->check(whole_number(0, 1000));
    app.add_option("--feedback-scheme", ranking.feedback_scheme, "bo1 or trad")
        ->capture_default_str()
        ->check(CLI::IsMember({"bo1", "trad"}));
    app.add_option("--feedback-from-words", ranking.feedback_from_words,
                   "Feedback only for queries of this many content words")
        ->capture_default_str()
        ->check(whole_number(0, 1000));
    app.add_option(
           "--proximity-weight", ranking.proximity_weight,
           "Share of their weight neighbouring query words found close together add (0: off)")
        ->capture_default_str()
        ->check(number(0, 100));
    app.add_option("--proximity-window", ranking.proximity_window,
                   "Window, in words, for --proximity-weight")
        ->capture_default_str()
        ->check(whole_number(1, 1000));
    app.add_flag_callback(
        "--keep-stopwords", [&ranking] { ranking.stopwords = false; },
        "Search for function words too");
    app.add_flag_callback(
        "--length-from-all-passages", [&ranking] { ranking.length_from_text = false; },
        "BM25 normalises lengths by the average of all passages, quotes included (default: of "
        "the paragraphs and turns)");
}

}  // namespace newsdex::eval
