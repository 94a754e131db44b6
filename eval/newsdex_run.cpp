#include "newsdex_run.hpp"

#include "newsdex/errors.hpp"

namespace newsdex::eval {

IndexReport index_collection(const Collection& collection, const std::string& db_path) {
    IndexOptions options;
    options.db_path = db_path;
    if (collection.passages()) {
        for (const auto& source : collection.sources) options.paths.push_back(source.path);
    } else {
        options.paths = {collection.docs_path};
        options.format = InputFormat::tsv;
    }
    options.commit_every = 100000;
    return index_paths(options);
}

NewsdexRun newsdex_run(const Collection& collection, const std::string& db_path,
                       std::size_t depth, const Ranking& ranking) {
    NewsdexRun out;
    SearchRequest request;
    request.db_path = db_path;
    request.limit = depth;
    // Classic collections, and passage collections judged by article, judge articles: each
    // ranked by its best passage. Passage collections judge what a search shows, every
    // passage on its own.
    request.per_article = collection.passages() && !collection.article_unit ? 0 : 1;
    request.highlight = false;
    request.ranking = ranking;
    for (const auto& q : collection.queries) {
        request.query = q.text;
        request.prose = false;
        SearchResponse response;
        try {
            response = search(request);
        } catch (const QueryError&) {
            ++out.read_as_prose;
            request.prose = true;
            try {
                response = search(request);
            } catch (const QueryError&) {
                // No words at all: the query retrieves nothing.
            }
        }
        auto& ranked = out.run[q.id];
        for (const auto& hit : response.hits)
            ranked.push_back(collection.passages() ? hit.passage.passage_id
                                                   : hit.passage.article_id);
    }
    return out;
}

}  // namespace newsdex::eval
