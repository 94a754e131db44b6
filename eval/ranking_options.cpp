#include "ranking_options.hpp"

#include "cli_common.hpp"

namespace newsdex::eval {

void add_ranking_options(CLI::App& app, Ranking& ranking) {
    using newsdex::cli::number;
    using newsdex::cli::whole_number;
    app.add_option("--k1", ranking.k1, "BM25 k1 (to compare with the default)")
        ->capture_default_str()
        ->check(number(0, 100));
    app.add_option("--k1-reference-length", ranking.k1_reference_length,
                   "k1 suits passages of about this many words: an index whose passages "
                   "average more is weighed with k1 x this / the average (0: k1 as given)")
        ->capture_default_str()
        ->check(number(0, 1000000));
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
    app.add_option("--feedback-min-share", ranking.feedback_min_share,
                   "Feedback learns only from passages scoring at least this share of the best "
                   "(0: from all --feedback-docs)")
        ->capture_default_str()
        ->check(number(0, 1));
    app.add_option("--feedback-per-article", ranking.feedback_per_article,
                   "Feedback takes at most this many passages of one article (0: any number)")
        ->capture_default_str()
        ->check(whole_number(0, 1000));
    app.add_flag_callback(
        "--feedback-skip-quotes", [&ranking] { ranking.feedback_quotes = false; },
        "Feedback learns from paragraphs and turns only, not from the quotes they hold");
    app.add_option("--feedback-min-docs", ranking.feedback_min_docs,
                   "No feedback when fewer passages than this pass --feedback-min-share")
        ->capture_default_str()
        ->check(whole_number(0, 1000));
    app.add_option("--feedback-min-spread", ranking.feedback_min_spread,
                   "No feedback when the best passages' scores spread less than this "
                   "(standard deviation / mean; 0: never)")
        ->capture_default_str()
        ->check(number(0, 100));
    app.add_option("--feedback-interpolation", ranking.feedback_interpolation,
                   "RM3-style: the added words' share of the query's weight, in place of "
                   "--feedback-weight (0: off)")
        ->capture_default_str()
        ->check(number(0, 0.95));
    app.add_option("--article-weight", ranking.article_weight,
                   "Share of a passage's score taken from its article's best passage (0: off)")
        ->capture_default_str()
        ->check(number(0, 1));
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
