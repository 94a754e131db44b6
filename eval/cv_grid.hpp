#pragma once
// The candidate ranking settings --cv chooses among: a built-in grid, or one setting a line
// of a --cv-grid file, written as newsdex-eval's own ranking flags.

#include <string>
#include <vector>

#include "newsdex/searcher.hpp"

namespace newsdex::eval {

struct Setting {
    std::string label;  ///< the flags, as written: `--k1 1.2 --b 0.75 --feedback-docs 0`
    Ranking ranking;
};

/// BM25 k1 {1.2, 2.0} × b {0.5, 0.6, 0.75} × feedback {off, the searcher's default number of
/// passages} × proximity weight {0, 0.14}: 24 settings, each applied on top of `base`.
std::vector<Setting> default_grid(const Ranking& base);

/// One setting per line of `path` (`#` starts a comment; blank lines are skipped), each
/// applied on top of `base`. Throws std::runtime_error naming the file, the line and the
/// problem for an unreadable file, a bad line or a file with no setting.
std::vector<Setting> read_grid(const std::string& path, const Ranking& base);

}  // namespace newsdex::eval
