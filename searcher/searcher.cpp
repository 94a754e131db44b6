#include "newsdex/searcher.hpp"

#include <chrono>

#include "duplicate_filter.hpp"
#include "highlighter.hpp"
#include "newsdex/database.hpp"
#include "newsdex/schema.hpp"
#include "query_builder.hpp"

namespace newsdex {

namespace {

constexpr std::size_t kSnippetBytes = 360;

// Lucene, tantivy and FTS5 use k1=1.2, b=0.75; Xapian's own defaults (1, 0.5) are weaker on
// the classic collections (see shared/datasets/README.md).
Xapian::BM25Weight ranking() { return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5); }

std::set<std::string> text_terms(const Xapian::Enquire& enquire, const Xapian::MSetIterator& it) {
    std::set<std::string> terms;
    for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it);
         ++t) {
        const auto& term = *t;
        // Body words are unprefixed (lower case) or Z-stems; everything else is a field.
        if (!term.empty() && (term[0] == 'Z' || !std::isupper(static_cast<unsigned char>(term[0]))))
            terms.insert(term);
    }
    return terms;
}

}  // namespace

SearchResponse search(const SearchRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    auto db = open_for_reading(request.db_path);
    SearchResponse response;
    response.query = request.query;
    auto filter = build_filter(request);
    auto query = build_query(request.query, db, !filter.empty());
    if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);

    with_reopen(db, [&](Xapian::Database& database) {
        Xapian::Enquire enquire(database);
        enquire.set_query(query);
        enquire.set_weighting_scheme(ranking());
        using Sort = SearchRequest::Sort;
        if (request.sort != Sort::relevance)
            enquire.set_sort_by_value_then_relevance(schema::kSlotDate,
                                                     request.sort == Sort::date_descending);
        if (request.per_article > 0)
            enquire.set_collapse_key(schema::kSlotArticle,
                                     static_cast<Xapian::doccount>(request.per_article));
        // Enough extra candidates that dropping paragraphs repeated by their quotes still
        // leaves a full page.
        const auto wanted = request.offset + request.limit;
        auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(wanted * 2 + 10));
        std::vector<Candidate> candidates;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            Candidate c;
            c.hit.score = it.get_weight();
            c.hit.more_in_article = it.get_collapse_count();
            c.hit.passage = PassageRecord::parse(it.get_document().get_data());
            c.terms = text_terms(enquire, it);
            candidates.push_back(std::move(c));
        }
        const auto fetched = candidates.size();
        auto kept = drop_repeated_paragraphs(std::move(candidates));
        response.total_estimate = mset.get_matches_estimated() - (fetched - kept.size());
        response.hits.clear();
        for (std::size_t i = request.offset; i < kept.size() && i < wanted; ++i) {
            auto& hit = kept[i].hit;
            hit.rank = i + 1;
            hit.matches = find_matches(hit.passage.text, kept[i].terms);
            hit.snippet = choose_snippet(hit.passage.text, hit.matches, kSnippetBytes);
            response.hits.push_back(std::move(hit));
        }
        return 0;
    });
    response.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return response;
}

}  // namespace newsdex
