#include "newsdex_run.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "newsdex/errors.hpp"
#include "passage_collection.hpp"

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
    Searcher searcher(db_path);
    SearchRequest request;
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
            response = searcher.search(request);
        } catch (const QueryError&) {
            ++out.read_as_prose;
            request.prose = true;
            try {
                response = searcher.search(request);
            } catch (const QueryError&) {
                // No words at all: the query retrieves nothing.
            }
        }
        auto id_of = [&](const SearchHit& hit) {
            if (collection.article_unit) return file_key(hit.passage.path, collection.sources);
            return collection.passages() ? hit.passage.passage_id : hit.passage.article_id;
        };
        auto& ranked = out.run[q.id];
        auto& filtered = out.filter_only[q.id];
        for (const auto& hit : response.hits) ranked.push_back(id_of(hit));
        filtered = ranked;
        // Judged by article, an article of the results is not counted again.
        for (const auto& hit : response.also) {
            auto id = id_of(hit);
            if (std::find(ranked.begin(), ranked.end(), id) == ranked.end())
                ranked.push_back(std::move(id));
        }
    }
    return out;
}

std::vector<RankingScores> score_rankings(const Collection& collection, const std::string& db_path,
                                          std::size_t depth, const std::vector<Ranking>& rankings,
                                          unsigned threads) {
    std::vector<RankingScores> out(rankings.size());
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        for (std::size_t i; (i = next++) < rankings.size();) {
            try {
                auto run = newsdex_run(collection, db_path, depth, rankings[i]);
                out[i] = {evaluate(run.run, collection.qrels), run.read_as_prose};
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = rankings.size();
            }
        }
    };
    const auto count =
        std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(rankings.size(), 1));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < count; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    return out;
}

}  // namespace newsdex::eval
