#pragma once
// The options that override newsdex's ranking (--k1, --b, --feedback-*, --proximity-*,
// --keep-stopwords): one definition for the command line and for --cv-grid's lines, so a grid
// line reads exactly as the flags do.

#include <CLI/CLI.hpp>

#include "newsdex/searcher.hpp"

namespace newsdex::eval {

/// Adds the ranking options to `app`, each writing into `ranking`.
void add_ranking_options(CLI::App& app, Ranking& ranking);

}  // namespace newsdex::eval
