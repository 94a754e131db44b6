#include <cmath>

#include "newsdex/display_text.hpp"
#include "newsdex/json_version.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/response_json.hpp"

namespace newsdex {

using json = nlohmann::ordered_json;

namespace {

// Starts a record with its type, in a batch the query's id, and the JSON version.
json record(const char* type, const std::string& qid) {
    json r = {{"type", type}};
    if (!qid.empty()) r["qid"] = qid;
    r[kJsonVersionKey] = kJsonVersion;
    return r;
}

}  // namespace

void print_jsonl(std::ostream& out, const SearchResponse& response, const std::string& qid,
                 std::size_t facet_limit) {
    for (const auto& hit : response.hits) {
        auto line = record("hit", qid);
        line.update(result_json(hit));
        out << dump_json(std::move(line)) << '\n';
    }
    // The summary closes the query's stream even when nothing was found, so a program reading
    // a pipe knows the answer is complete.
    auto summary = record("summary", qid);
    summary["query"] = response.query;
    summary["total_estimate"] = response.total_estimate;
    summary["shown"] = response.hits.size();
    summary["suggestion"] = response.suggestion ? json(*response.suggestion) : json(nullptr);
    if (!response.facets.empty()) summary.update(facets_json(response.facets, facet_limit));
    summary["elapsed_ms"] = std::round(response.seconds * 1e6) / 1e3;
    out << dump_json(std::move(summary)) << '\n';
}

}  // namespace newsdex
