#include "length_normalisation.hpp"

#include <string>

#include "newsdex/article.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

namespace {

// The floor on a passage's length ÷ the average, as BM25 applies it: shorter passages
// (a heading, a one-line quote) are weighed as if half the average long.
constexpr double kMinNormalisedLength = 0.5;

}  // namespace

Bm25Parameters bm25_parameters(const Xapian::Database& db, const Ranking& ranking) {
    Bm25Parameters p{ranking.k1, ranking.b, kMinNormalisedLength};
    p.k1_of_ranking = ranking.k1;
    if (ranking.k1 == 0) return p;
    const double passages = db.get_doccount();
    const double average = db.get_avlength();
    if (passages == 0 || average == 0) return p;
    p.text_average = average;
    // The quotes' lengths, read from the posting list of their kind (quotes are a small
    // share of an index; their lengths are read in well under a millisecond for thousands).
    double r = 1;
    if (ranking.length_from_text && ranking.b != 0) {
        const std::string quote_term =
            std::string(schema::kKind) + std::string(to_string(PassageKind::quote));
        double quote_length = 0, quotes = 0;
        for (auto it = db.postlist_begin(quote_term); it != db.postlist_end(quote_term); ++it) {
            quote_length += it.get_doclength();
            ++quotes;
        }
        const double text_average =
            quotes > 0 && quotes < passages
                ? (average * passages - quote_length) / (passages - quotes)
                : 0;
        if (text_average > 0) {
            p.text_average = text_average;
            r = text_average / average;
        }
    }
    // Saturation meant for passages of about the reference length: longer ones on average
    // (whole articles a line) repeat a word more often without being more about it.
    double k1 = ranking.k1;
    if (ranking.k1_reference_length > 0 && p.text_average > ranking.k1_reference_length)
        k1 *= ranking.k1_reference_length / p.text_average;
    p.k1_of_ranking = k1;
    p.k1 = k1;
    if (r == 1) return p;
    const double scaled = k1 * ((1 - ranking.b) + ranking.b / r);
    p.k1 = scaled;
    p.b = k1 * ranking.b / (r * scaled);
    p.min_normalised_length = kMinNormalisedLength * r;
    return p;
}

Xapian::BM25Weight bm25_weight(const Bm25Parameters& p) {
    return Xapian::BM25Weight(p.k1, 0, 1, p.b, p.min_normalised_length);
}

}  // namespace newsdex
