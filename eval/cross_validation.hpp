#pragma once
// Leave-one-collection-out cross-validation: for each collection, the setting chosen on the
// others only, so the figure reported for it is one the choice never saw.

#include <cstddef>
#include <vector>

namespace newsdex::eval {

struct Fold {
    std::size_t chosen = 0;    ///< index of the setting with the best mean over the others
    double training_mean = 0;  ///< that mean
};

/// `score[setting][collection]` (higher is better, e.g. MAP); one fold per collection, each
/// choosing the setting whose mean over the other collections is highest, the first in grid
/// order on a tie. Needs at least two collections and one setting, every row as long.
/// `group[collection]`, when given: collections of one group (views of one judged set) are
/// left out together, so no fold trains on its own queries; at least two groups.
std::vector<Fold> leave_one_out(const std::vector<std::vector<double>>& score,
                                const std::vector<std::size_t>& group = {});

/// The index of the setting with the highest mean over all collections (in-sample), the first
/// on a tie.
std::size_t best_overall(const std::vector<std::vector<double>>& score);

}  // namespace newsdex::eval
