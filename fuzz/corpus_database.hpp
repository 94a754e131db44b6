#pragma once
// A small real newsdex database for the query fuzzers: corpora/ indexed once per process
// into a temporary folder (under $TMPDIR), removed at exit.

#include <string>

namespace newsdex::fuzz {

/// The database's path; built on the first call.
const std::string& corpus_database();

}  // namespace newsdex::fuzz
