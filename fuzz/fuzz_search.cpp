// Fuzz target: a whole search (query building, match, feedback, phrase checks on stored
// text, rescoring, highlighting) on a small real database (corpora/). The first byte
// chooses the request's options, the rest is the query. QueryError is documented; anything
// else escaping is a finding.

#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus_database.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/searcher.hpp"

namespace {

newsdex::Searcher& searcher() {
    static newsdex::Searcher s(newsdex::fuzz::corpus_database());
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    searcher();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    newsdex::SearchRequest request;
    request.prose = data[0] & 1;
    request.per_article = (data[0] & 2) ? 1 : 0;
    request.explain = data[0] & 4;
    if (data[0] & 8) request.facets = {"speaker", "topic", "year", "source"};
    if (data[0] & 16) request.sort = newsdex::SearchRequest::Sort::date_descending;
    if (data[0] & 32) request.ranking.feedback_from_words = 1;
    request.query.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        const auto response = searcher().search(request);
        for (const auto& hit : response.hits) {
            const auto length = hit.passage.text.size();
            for (const auto& m : hit.matches)
                if (m.begin > m.end || m.end > length) __builtin_trap();
            if (hit.snippet.begin > hit.snippet.end || hit.snippet.end > length) __builtin_trap();
        }
    } catch (const newsdex::QueryError&) {
    }
    return 0;
}
