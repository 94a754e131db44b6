#pragma once
// A database of corpora/ built once per test process with the real newsdex-index, and a
// way to run newsdex-search against it.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "process.hpp"

namespace newsdex::test {

/// Path of the database (built on first use; removed when the process exits).
const std::string& corpus_db();

/// newsdex-search --db corpus_db() args…
RunResult search_corpus(const std::vector<std::string>& args);

/// The same with --format json, parsed.
nlohmann::json search_corpus_json(std::vector<std::string> args);

/// The passage ids of a JSON answer's results, in rank order.
std::vector<std::string> passage_ids(const nlohmann::json& answer);

}  // namespace newsdex::test
