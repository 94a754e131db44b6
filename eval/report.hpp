#pragma once
// Presents evaluation results: per collection, newsdex beside the baselines with ratios,
// then one summary table over all collections; or, for --cv, the cross-validated table first
// and the in-sample figures after it.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cross_validation.hpp"
#include "metrics.hpp"

namespace newsdex::eval {

struct CollectionResult {
    std::string name;
    std::size_t documents = 0;
    std::size_t queries = 0;  ///< in queries.tsv
    std::size_t read_as_prose = 0;
    double index_seconds = 0;
    double search_seconds = 0;  ///< newsdex, all queries
    Scores newsdex;
    /// newsdex's results alone, without the section after a speaker filter; only when that
    /// section added passages to some query.
    std::optional<Scores> newsdex_filter_only;
    std::optional<Scores> fts5;
    std::optional<Scores> xapian;
};

void print_text(std::ostream& out, const std::vector<CollectionResult>& results);
void print_json(std::ostream& out, const std::vector<CollectionResult>& results);

/// What --cv measured: every setting of the grid on every collection, and the choice each
/// fold made from the others.
struct CvReport {
    std::vector<std::string> settings;          ///< labels, in grid order
    std::vector<CollectionResult> collections;  ///< `newsdex`: the held-out figure
    std::vector<std::vector<Scores>> scores;    ///< [setting][collection], in-sample
    std::vector<Fold> folds;                    ///< one per collection, chosen on MAP
    std::string base_label;                     ///< the setting without --cv: the defaults
    std::vector<Scores> base;                   ///< that setting per collection, in-sample
    std::size_t best = 0;  ///< the setting with the best mean MAP over all collections
};

void print_cv_text(std::ostream& out, const CvReport& cv);
void print_cv_json(std::ostream& out, const CvReport& cv);

}  // namespace newsdex::eval
