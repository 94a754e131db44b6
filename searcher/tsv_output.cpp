#include <cstdio>

#include "newsdex/display_text.hpp"
#include "newsdex/presenters.hpp"

namespace newsdex {

namespace {
// Tabs and newlines would split the row: spaces. Other control characters and bytes that
// are not UTF-8 would reach a terminal or break a reader: escaped.
std::string field(std::string_view text) { return display_text(text, Whitespace::as_space); }
}  // namespace

void print_tsv(std::ostream& out, const SearchResponse& response, bool header) {
    if (header) out << "rank\tscore\tpassage_id\tarticle_id\tdate\tspeaker\tkind\ttitle\ttext\n";
    for (const auto& hit : response.hits) {
        const auto& p = hit.passage;
        char score[32];
        std::snprintf(score, sizeof score, "%.4f", hit.score);
        out << hit.rank << '\t' << score << '\t' << field(p.passage_id) << '\t'
            << field(p.article_id) << '\t' << field(p.date) << '\t' << field(p.speaker.value_or(""))
            << '\t' << to_string(p.kind) << '\t' << field(p.title) << '\t' << field(p.text)
            << '\n';
    }
}

void print_trec(std::ostream& out, const SearchResponse& response, const std::string& qid,
                const std::string& tag) {
    for (const auto& hit : response.hits) {
        char score[32];
        std::snprintf(score, sizeof score, "%.6f", hit.score);
        out << field(qid) << " Q0 " << field(hit.passage.article_id) << ' ' << hit.rank << ' ' << score
            << ' ' << field(tag) << '\n';
    }
}

}  // namespace newsdex
