#pragma once
// BM25's length normalisation against the passages that are an article's own text
// (paragraphs and transcript turns), not the quotations carved out of them. Quotes are
// short copies of words their paragraphs already hold; counted in the average length, they
// make every paragraph look long, and in an index of one paragraph an article (a TSV
// collection, a wire story without blank lines) they made BM25 punish whole articles for
// their length.

#include <xapian.h>

#include "newsdex/searcher.hpp"

namespace newsdex {

/// Xapian's BM25Weight(k1, 0, 1, b, min_normlen) parameters that weigh a passage as BM25
/// with the ranking's k1 and b would against the average length of the article-text
/// passages: with r = that average ÷ the average of all passages, the document-length
/// part k1·((1 − b) + b·len/avg_text) is k1'·((1 − b') + b'·len/avg_all) for
/// k1' = k1·((1 − b) + b/r) and b' = k1·b / (r·k1'); the floor on the normalised length
/// moves with it. The (k1' + 1) factor scales every term alike, so the order is BM25's.
///
/// With ranking.k1_reference_length L, an index whose text passages average more than L
/// words is weighed with k1 × L ÷ that average in place of k1: a saturation that adapts
/// to the collection, so whole articles a line are not weighed with the k1 that suits
/// paragraphs.
struct Bm25Parameters {
    double k1 = 0;
    double b = 0;
    double min_normalised_length = 0.5;
    double k1_of_ranking = 0;  ///< the k1 BM25 weighs with, before the conversion above
    double text_average = 0;   ///< the average length the conversion and the rule use
};

/// The parameters for `db`; the ranking's own (r = 1) when ranking.length_from_text is
/// off, or the index has no quotes or nothing but quotes.
Bm25Parameters bm25_parameters(const Xapian::Database& db, const Ranking& ranking);

/// The weighting scheme of those parameters.
Xapian::BM25Weight bm25_weight(const Bm25Parameters& p);

}  // namespace newsdex
