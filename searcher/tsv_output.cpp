#include <cstdio>

#include "newsdex/presenters.hpp"

namespace newsdex {

namespace {
std::string field(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
}
}  // namespace

void print_tsv(std::ostream& out, const SearchResponse& response, bool header) {
    if (header) out << "rank\tscore\tpassage_id\tarticle_id\tdate\tspeaker\tkind\ttitle\ttext\n";
    for (const auto& hit : response.hits) {
        const auto& p = hit.passage;
        char score[32];
        std::snprintf(score, sizeof score, "%.4f", hit.score);
        out << hit.rank << '\t' << score << '\t' << field(p.passage_id) << '\t'
            << field(p.article_id) << '\t' << p.date << '\t' << field(p.speaker.value_or(""))
            << '\t' << to_string(p.kind) << '\t' << field(p.title) << '\t' << field(p.text)
            << '\n';
    }
}

void print_trec(std::ostream& out, const SearchResponse& response, const std::string& qid,
                const std::string& tag) {
    for (const auto& hit : response.hits) {
        char score[32];
        std::snprintf(score, sizeof score, "%.6f", hit.score);
        out << qid << " Q0 " << field(hit.passage.article_id) << ' ' << hit.rank << ' ' << score
            << ' ' << tag << '\n';
    }
}

}  // namespace newsdex
