#include "text_weights.hpp"

#include <algorithm>
#include <cmath>

namespace newsdex {

TextWeights::TextWeights(const Xapian::Database& db, const Bm25Parameters& bm25,
                         std::shared_ptr<PassageWords> words)
    : db_(db),
      k1_(bm25.k1),
      b_(bm25.b),
      min_normalised_length_(bm25.min_normalised_length),
      words_(std::move(words)) {
    const double average = db_.get_avlength();
    length_factor_ = (b_ == 0 || k1_ == 0 || average == 0) ? 0 : 1 / average;
}

// The idf part: Xapian's, with its floor for words in more than a third of the passages.
double TextWeights::term_weight(const std::string& term) {
    if (auto known = term_weights_.find(term); known != term_weights_.end()) return known->second;
    const double passages = db_.get_doccount();
    const double having = db_.get_termfreq(term);
    double ratio = (passages - having + 0.5) / (having + 0.5);
    if (ratio < 2) ratio = ratio * 0.5 + 1;
    const double weight = std::log(ratio) * (k1_ + 1);
    return term_weights_.emplace(term, weight).first->second;
}

double TextWeights::of(const Xapian::Document& passage, const std::vector<std::string>& terms) {
    const auto& words = words_->of(passage);
    const double length = db_.get_doclength(passage.get_docid());
    const double normalised = std::max(length * length_factor_, min_normalised_length_);
    double sum = 0;
    for (const auto& term : terms) {
        const auto found = words.find(term);
        if (found == words.end() || found->second.empty()) return 0;
        const double wdf = static_cast<double>(found->second.size());
        sum += term_weight(term) * (wdf / (k1_ * (normalised * b_ + (1 - b_)) + wdf));
    }
    return sum;
}

}  // namespace newsdex
