#pragma once
// A passage's score leaning towards its article's best passage: a passage of an article that
// matches the query well is more likely to be about it than a lone match in an article that
// does not.

#include <vector>

#include "duplicate_filter.hpp"

namespace newsdex {

/// Each candidate's score becomes (1 - share) x its own + share x the best score among the
/// candidates of its article; the candidates come back best first (ties keep their order).
/// A share of 0 changes nothing.
std::vector<Candidate> lean_on_article(std::vector<Candidate> candidates, double share);

}  // namespace newsdex
