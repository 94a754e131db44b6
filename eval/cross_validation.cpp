#include "cross_validation.hpp"

#include <algorithm>
#include <stdexcept>

namespace newsdex::eval {

namespace {

// The highest mean over the collections other than `left_out` (none left out when it is past
// the end), first index on a tie.
Fold best_without(const std::vector<std::vector<double>>& score, std::size_t left_out,
                  const std::vector<std::size_t>& group) {
    auto out = [&](std::size_t c) {
        if (left_out >= score[0].size()) return false;
        return group.empty() ? c == left_out : group[c] == group[left_out];
    };
    Fold best;
    bool any = false;
    for (std::size_t s = 0; s < score.size(); ++s) {
        double sum = 0;
        std::size_t n = 0;
        for (std::size_t c = 0; c < score[s].size(); ++c)
            if (!out(c)) sum += score[s][c], ++n;
        const double mean = n ? sum / static_cast<double>(n) : 0;
        if (!any || mean > best.training_mean) best = {s, mean}, any = true;
    }
    return best;
}

void check(const std::vector<std::vector<double>>& score, std::size_t min_collections) {
    if (score.empty()) throw std::invalid_argument("cross-validation needs a setting");
    for (const auto& row : score)
        if (row.size() != score[0].size() || row.size() < min_collections)
            throw std::invalid_argument(
                "cross-validation needs every setting scored on every "
                "collection, and enough collections");
}

}  // namespace

std::vector<Fold> leave_one_out(const std::vector<std::vector<double>>& score,
                                const std::vector<std::size_t>& group) {
    check(score, 2);
    if (!group.empty()) {
        if (group.size() != score[0].size())
            throw std::invalid_argument("cross-validation needs a group for every collection");
        if (std::all_of(group.begin(), group.end(), [&](auto g) { return g == group[0]; }))
            throw std::invalid_argument("cross-validation needs collections of two groups");
    }
    std::vector<Fold> folds;
    for (std::size_t c = 0; c < score[0].size(); ++c)
        folds.push_back(best_without(score, c, group));
    return folds;
}

std::size_t best_overall(const std::vector<std::vector<double>>& score) {
    check(score, 1);
    return best_without(score, score[0].size(), {}).chosen;
}

}  // namespace newsdex::eval
