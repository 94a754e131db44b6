#pragma once
// Where the programs under test and the source tree are, as the build placed them (the
// NEWSDEX_*_BIN and NEWSDEX_SOURCE_DIR definitions every test target is given).

#include <string>

namespace newsdex::test {

inline const std::string kIndex = NEWSDEX_INDEX_BIN;
inline const std::string kSearch = NEWSDEX_SEARCH_BIN;
inline const std::string kEval = NEWSDEX_EVAL_BIN;
inline const std::string kSource = NEWSDEX_SOURCE_DIR;
inline const std::string kCorpora = kSource + "/corpora";

}  // namespace newsdex::test
