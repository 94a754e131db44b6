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
    if (!ranking.length_from_text || ranking.k1 == 0 || ranking.b == 0) return p;
    const double passages = db.get_doccount();
    const double average = db.get_avlength();
    if (passages == 0 || average == 0) return p;
    // The quotes' lengths, read from the posting list of their kind (quotes are a small
    // share of an index; their lengths are read in well under a millisecond for thousands).
    const std::string quote_term =
        std::string(schema::kKind) + std::string(to_string(PassageKind::quote));
    double quote_length = 0, quotes = 0;
    for (auto it = db.postlist_begin(quote_term); it != db.postlist_end(quote_term); ++it) {
        quote_length += it.get_doclength();
        ++quotes;
    }
    if (quotes == 0 || quotes >= passages) return p;
    const double text_average = (average * passages - quote_length) / (passages - quotes);
    if (text_average <= 0) return p;
    const double r = text_average / average;
    const double k1 = ranking.k1 * ((1 - ranking.b) + ranking.b / r);
    p.k1 = k1;
    p.b = ranking.k1 * ranking.b / (r * k1);
    p.min_normalised_length = kMinNormalisedLength * r;
    return p;
}

Xapian::BM25Weight bm25_weight(const Bm25Parameters& p) {
    return Xapian::BM25Weight(p.k1, 0, 1, p.b, p.min_normalised_length);
}

}  // namespace newsdex
