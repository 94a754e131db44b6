#pragma once
// Presents evaluation results: per collection, newsdex beside the baselines with ratios,
// then one summary table over all collections.

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

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
    std::optional<Scores> fts5;
    std::optional<Scores> xapian;
};

void print_text(std::ostream& out, const std::vector<CollectionResult>& results);
void print_json(std::ostream& out, const std::vector<CollectionResult>& results);

}  // namespace newsdex::eval
