#include "latency.hpp"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <numeric>

#include "fts5_query.hpp"
#include "newsdex/schema.hpp"
#include "newsdex/searcher.hpp"
#include "sqlite_db.hpp"

namespace newsdex::bench {

namespace {

// Answers one query, returning how many results it held.
using Engine = std::function<std::size_t(const BenchQuery&)>;

Engine newsdex_engine(const std::string& db) {
    auto searcher = std::make_shared<Searcher>(db);
    return [searcher](const BenchQuery& q) {
        SearchRequest request;
        request.query = q.text;
        request.limit = kLatencyTop;
        return searcher->search(request).hits.size();
    };
}

// What quest does: QueryParser with a stemmer and the database for wildcards, BM25 defaults,
// then each result's document data. `analysed` gives the words as they are parsed.
Engine quest_engine(const std::string& path, Xapian::Stem stemmer,
                    Xapian::QueryParser::stem_strategy strategy,
                    std::string (*analysed)(std::string_view)) {
    auto db = std::make_shared<Xapian::Database>(path);
    return [db, stemmer, strategy, analysed](const BenchQuery& q) {
        Xapian::QueryParser parser;
        parser.set_database(*db);
        parser.set_stemmer(stemmer);
        parser.set_stemming_strategy(strategy);
        Xapian::Enquire enquire(*db);
        enquire.set_query(parser.parse_query(analysed(q.words)));
        auto mset = enquire.get_mset(0, kLatencyTop);
        std::size_t bytes = 0;
        for (auto it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
        return bytes > 0 ? static_cast<std::size_t>(mset.size()) : 0;
    };
}

// quest itself on omindex's database: the English stemmer, STEM_SOME, the words as written.
Engine xapian_engine(const std::string& path) {
    return quest_engine(path, Xapian::Stem("english"), Xapian::QueryParser::STEM_SOME,
                        [](std::string_view words) { return std::string(words); });
}

// The same on newsdex's own index, a document a passage, the words analysed as newsdex
// analyses them: what the match alone costs over passages, without newsdex's fields,
// feedback, proximity, phrase checks or snippets.
Engine xapian_passages_engine(const std::string& path) {
    return quest_engine(path, schema::stemmer(), schema::kQueryStemming, &schema::fold);
}

Engine fts5_engine(const std::string& path) {
    auto db = std::make_shared<eval::SqliteDb>(path);
    auto select = std::make_shared<eval::Statement>(
        db->prepare("SELECT path FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10"));
    return [db, select](const BenchQuery& q) {
        const auto match = eval::fts5_or_query(q.words);
        sqlite3_bind_text(select->get(), 1, match.c_str(), static_cast<int>(match.size()),
                          SQLITE_TRANSIENT);
        std::size_t rows = 0;
        int rc = 0;
        while ((rc = sqlite3_step(select->get())) == SQLITE_ROW)
            rows += sqlite3_column_bytes(select->get(), 0) > 0;
        db->check(rc);
        sqlite3_reset(select->get());
        return rows;
    };
}

}  // namespace

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

std::vector<LatencySummary> measure_latency(const std::vector<BenchQuery>& queries,
                                            const LatencyTargets& targets, unsigned runs) {
    const std::vector<std::pair<std::string, Engine>> engines = {
        {"newsdex", newsdex_engine(targets.newsdex_db)},
        {"xapian", xapian_engine(targets.xapian_db)},
        {"xapian-passages", xapian_passages_engine(targets.newsdex_db)},
        {"fts5", fts5_engine(targets.fts5_db)}};
    // times[engine][query][run]
    std::vector<std::vector<std::vector<double>>> times(
        engines.size(), std::vector<std::vector<double>>(queries.size()));
    std::vector<std::size_t> hits(engines.size());
    for (unsigned pass = 0; pass <= runs; ++pass) {
        for (std::size_t e = 0; e < engines.size(); ++e) {
            for (std::size_t q = 0; q < queries.size(); ++q) {
                const auto started = std::chrono::steady_clock::now();
                const auto n = engines[e].second(queries[q]);
                const auto ms = std::chrono::duration<double, std::milli>(
                                    std::chrono::steady_clock::now() - started)
                                    .count();
                if (pass == 0) {
                    hits[e] += n;
                    continue;
                }
                times[e][q].push_back(ms);
            }
        }
    }
    std::vector<LatencySummary> out;
    for (std::size_t e = 0; e < engines.size(); ++e) {
        std::vector<double> per_query;
        for (const auto& t : times[e]) per_query.push_back(median(t));
        LatencySummary s;
        s.system = engines[e].first;
        s.p50_ms = percentile(per_query, 0.50);
        s.p95_ms = percentile(per_query, 0.95);
        s.p99_ms = percentile(per_query, 0.99);
        s.mean_ms = std::accumulate(per_query.begin(), per_query.end(), 0.0) /
                    static_cast<double>(per_query.size());
        s.mean_hits = static_cast<double>(hits[e]) / static_cast<double>(queries.size());
        out.push_back(s);
    }
    return out;
}

}  // namespace newsdex::bench
