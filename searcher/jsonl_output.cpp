#include <cmath>

#include "json_output.hpp"
#include "newsdex/json_version.hpp"
#include "newsdex/presenters.hpp"

namespace newsdex {

namespace {

// Opens a record with its type, in a batch the query's id, and the JSON version.
void begin_record(JsonWriter& w, const char* type, const std::string& qid) {
    w.begin_object();
    w.member("type", type);
    if (!qid.empty()) w.member("qid", qid);
    w.member(kJsonVersionKey, kJsonVersion);
}

}  // namespace

void print_jsonl(std::ostream& out, const SearchResponse& response, const std::string& qid,
                 std::size_t facet_limit) {
    for (const auto& hit : response.hits) {
        JsonWriter line;
        begin_record(line, "hit", qid);
        write_result_members(line, hit);
        line.end_object();
        out << line.take() << '\n';
    }
    // The summary closes the query's stream even when nothing was found, so a program reading
    // a pipe knows the answer is complete.
    JsonWriter summary;
    begin_record(summary, "summary", qid);
    summary.member("query", response.query);
    summary.member("total_estimate", response.total_estimate);
    summary.member("shown", response.hits.size());
    summary.key("suggestion");
    summary.value_or_null(response.suggestion);
    if (!response.facets.empty()) write_facets(summary, response.facets, facet_limit);
    summary.member("elapsed_ms", std::round(response.seconds * 1e6) / 1e3);
    summary.end_object();
    out << summary.take() << '\n';
}

}  // namespace newsdex
