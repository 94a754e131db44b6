#pragma once
// A passage's BM25 weight for some of its words, worked out from how often each occurs in
// its stored text, as Xapian's BM25Weight(k1, 0, 1, b, floor) would give it for a query of
// those words: evidence weighed after the match needs no match of its own.

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "length_normalisation.hpp"
#include "position_check.hpp"

namespace newsdex {

class TextWeights {
public:
    TextWeights(const Xapian::Database& db, const Bm25Parameters& bm25,
                std::shared_ptr<PassageWords> words);

    /// The sum of the terms' weights (each once in the query) in the passage; 0 unless the
    /// passage has every one of them, as an AND of them would match.
    double of(const Xapian::Document& passage, const std::vector<std::string>& terms);

private:
    double term_weight(const std::string& term);

    Xapian::Database db_;
    double k1_, b_, min_normalised_length_;
    double length_factor_;
    std::shared_ptr<PassageWords> words_;
    std::map<std::string, double> term_weights_;
};

}  // namespace newsdex
