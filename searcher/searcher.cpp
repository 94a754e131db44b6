#include "newsdex/searcher.hpp"

#include <algorithm>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <set>

#include "article_evidence.hpp"
#include "database_reads.hpp"
#include "duplicate_filter.hpp"
#include "facets.hpp"
#include "feedback.hpp"
#include "highlighter.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "length_normalisation.hpp"
#include "rescorer.hpp"
#include "query_builder.hpp"
#include "speaker_mentions.hpp"
#include "speaker_name_completion.hpp"

namespace newsdex {

namespace {

constexpr std::size_t kSnippetBytes = 360;
constexpr std::size_t kSuggestBelow = 3;

void check_request(const SearchRequest& request) {
    auto at_most = [](const char* what, std::size_t value, std::size_t most) {
        if (value > most)
            throw QueryError(std::string(what) + " " + std::to_string(value) +
                             " is out of range (at most " + std::to_string(most) + ")");
    };
    at_most("limit", request.limit, kMaxLimit);
    at_most("offset", request.offset, kMaxOffset);
    at_most("per_article", request.per_article, kMaxPerArticle);
    check_facet_names(request.facets);
}


template <typename TermIterator>
std::set<std::string> text_terms(TermIterator begin, TermIterator end) {
    std::set<std::string> terms;
    for (auto t = begin; t != end; ++t)
        if (schema::is_text_term(*t)) terms.insert(*t);
    return terms;
}

// What each matching term, and each piece of evidence weighed after the match, added to a
// passage's score: BM25 sums per-term parts (a NEAR match weighs the sum of its words), so
// the weight of one part alone, on that passage alone, scaled as the query scales it, is
// exactly its share.
std::vector<SearchHit::TermWeight> explain(Xapian::Database& db, const Xapian::Enquire& full,
                                           const Candidate& candidate, const Ranking& ranking,
                                           const std::map<std::string, double>& scaled,
                                           const std::vector<const Rescorer*>& after) {
    const auto docid = candidate.docid;
    const Xapian::Query passage(schema::id_term(schema::kPassageId, candidate.hit.passage.passage_id));
    auto weight_of = [&](const Xapian::Query& part, const Xapian::MatchDecider* only_where) {
        Xapian::Enquire one(db);
        one.set_query(Xapian::Query(Xapian::Query::OP_FILTER, part, passage));
        one.set_weighting_scheme(bm25_weight(bm25_parameters(db, ranking)));
        auto mset = one.get_mset(0, 1, 0, nullptr, only_where);
        return mset.empty() ? 0.0 : mset.begin().get_weight();
    };
    std::vector<SearchHit::TermWeight> out;
    for (auto t = full.get_matching_terms_begin(docid); t != full.get_matching_terms_end(docid);
         ++t) {
        auto scale = scaled.find(*t);
        out.push_back({*t, weight_of(Xapian::Query(*t), nullptr) *
                               (scale == scaled.end() ? 1.0 : scale->second)});
    }
    for (const auto* rescorer : after)
        for (const auto& e : rescorer->evidence())
            if (const double w = weight_of(e.query, e.only_where.get()); w > 0)
                out.push_back({e.label, w * e.weight});
    if (candidate.from_article > 0) out.push_back({"(article's best passage)", candidate.from_article});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.weight > b.weight; });
    // The k1 the weights above were worked out with, when the index's average length
    // changed it (it adds nothing itself).
    if (const auto bm25 = bm25_parameters(db, ranking); bm25.k1_of_ranking != ranking.k1) {
        char label[96];
        std::snprintf(label, sizeof label, "(BM25 k1 %.2f: passages average %.0f words)",
                      bm25.k1_of_ranking, bm25.text_average);
        out.push_back({label, 0});
    }
    return out;
}

// The `size` best passages by the query's own weight. On an index without positions the
// match is fetched deeper until taking back phrase weight (`exact`) cannot bring a passage
// it left out among them; Rescorer::best then gives those `size`. `counts`, the match
// spy if any, counts the last match only.
Xapian::MSet best_of(Xapian::Enquire& enquire, Xapian::doccount size,
                     Xapian::doccount check_at_least, const Xapian::MatchDecider* check,
                     Rescorer& exact, FacetSpy* counts = nullptr) {
    auto deeper = size;
    auto mset = enquire.get_mset(0, deeper, check_at_least, nullptr, check);
    while (mset.size() == deeper && !exact.settled(mset, size)) {
        if (counts) counts->clear();
        mset = enquire.get_mset(0, deeper *= 4, check_at_least, nullptr, check);
    }
    return mset;
}

// What a search for the section after a speaker filter adds to the request, and what the
// filtered search tells that section.
struct Narrowing {
    Xapian::Query required;  ///< a passage must match this too (empty: nothing more)
    Xapian::Query excluded;  ///< and must not match this
};
struct Shown {
    bool complete = false;  ///< every match was ranked: `kept` is all there is
    std::size_t kept = 0;   ///< passages ranked, repeated paragraphs left out
    std::vector<std::string> quoted_paragraphs;  ///< passage ids of the paragraphs quotes came from
};

SearchResponse search_in(Xapian::Database& db, const std::string& path,
                         const SearchRequest& request, const Narrowing& narrowing = {},
                         Shown* shown = nullptr) {
    const auto started = std::chrono::steady_clock::now();
    SearchResponse response;
    response.query = request.query;
    check_request(request);
    const auto filter = build_filter(request);

    // Everything that reads the database is inside: the parser reads synonyms, spelling
    // data and wildcard expansions from it too.
    read_database(db, path, [&](Xapian::Database& database) {
        const auto parsed = build_query(request.query, database,
                                        {.allow_empty = !filter.empty(), .prose = request.prose,
                                         .stopwords = request.ranking.stopwords});
        // The section after a speaker filter matches the words, not the names alone.
        if (!narrowing.required.empty() && parsed.content_words == 0) return 0;
        auto query = parsed.query;
        if (!narrowing.required.empty())
            query = Xapian::Query(Xapian::Query::OP_AND, narrowing.required, query);
        if (!narrowing.excluded.empty())
            query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, narrowing.excluded);
        if (!filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
        Xapian::Enquire enquire(database);
        const auto bm25 = bm25_parameters(database, request.ranking);
        const auto scheme = bm25_weight(bm25);
        enquire.set_weighting_scheme(scheme);
        using Sort = SearchRequest::Sort;
        const bool by_relevance = request.sort == Sort::relevance;
        // On an index without positions, phrases are matched as AND and held to positions
        // by a check of each passage's text; the weight Xapian gave phrases that only add
        // weight, where they are not, is taken back.
        const auto words = std::make_shared<PassageWords>();
        const auto text_weights = std::make_shared<TextWeights>(database, bm25, words);
        const auto check = QueryCheck::of(query, database, words);
        Rescorer exact(database,
                       by_relevance ? phrase_corrections(check.get()) : std::vector<Evidence>{},
                       scheme, text_weights);
        Rescorer proximity(database,
                           by_relevance ? proximity_evidence(parsed, request.ranking, database, words)
                                        : std::vector<Evidence>{},
                           scheme, text_weights);
        // Enough extra candidates that dropping paragraphs repeated by their quotes, or
        // proximity and feedback moving passages up, still leaves a full page.
        const auto wanted = request.offset + request.limit;
        const auto pool = static_cast<Xapian::doccount>(wanted * 2 + 10);
        // Feedback's pass ranks the query as the final pass would when nothing collapses or
        // counts: its candidates then serve both, and the query is matched once.
        const bool one_pass = request.per_article == 0 && request.facets.empty();
        std::optional<Xapian::MSet> first;
        Xapian::doccount first_size = 0;
        Expansion expanded{query, {}};
        if (by_relevance && !parsed.query.empty() &&
            request.ranking.feedback_docs > 0 &&
            parsed.content_words >= request.ranking.feedback_from_words &&
            parsed.query.get_type() != Xapian::Query::LEAF_MATCH_ALL) {
            const auto feedback_docs = request.ranking.feedback_docs;
            enquire.set_query(check ? check->relaxed() : query);
            first_size = std::max(proximity.evidence().empty() ? feedback_docs : 2 * feedback_docs,
                                  one_pass ? pool : 0u);
            first = best_of(enquire, first_size, 0, check.get(), exact);
            expanded = expand(enquire, query,
                              feedback_passages(database,
                                                top_passages(exact.best(*first, first_size),
                                                             first_size, {&proximity}),
                                                request.ranking),
                              request.ranking,
                              request.ranking.feedback_widens_from > 0 &&
                                  parsed.plain_words >= request.ranking.feedback_widens_from,
                              parsed.content_words);
        }
        Rescorer feedback(database,
                          expanded.widened ? std::vector<Evidence>{} : feedback_evidence(expanded.added),
                          scheme);
        const auto final_check =
            expanded.widened ? QueryCheck::of(expanded.query, database, words) : check;
        enquire.set_query(final_check ? final_check->relaxed() : expanded.query);
        if (!by_relevance)
            enquire.set_sort_by_value_then_relevance(schema::kSlotDate,
                                                     request.sort == Sort::date_descending);
        if (request.per_article > 0)
            enquire.set_collapse_key(schema::kSlotArticle,
                                     static_cast<Xapian::doccount>(request.per_article));
        FacetSpy spy(request.facets);
        if (!request.facets.empty()) enquire.add_matchspy(&spy);
        // With facets, every match is looked at so the counts are exact.
        const Xapian::doccount check_at_least =
            request.facets.empty() ? 0 : database.get_doccount();
        const bool reuse = first && one_pass && !expanded.widened;
        const auto size = reuse ? first_size : pool;
        const auto mset =
            reuse ? *first
                  : best_of(enquire, size, check_at_least, final_check.get(), exact,
                            request.facets.empty() ? nullptr : &spy);
        if (!request.facets.empty()) response.facets = spy.result();
        std::map<Xapian::docid, Xapian::MSetIterator> iterator_of;
        for (auto it = mset.begin(); it != mset.end(); ++it) iterator_of.emplace(*it, it);
        std::vector<Candidate> candidates;
        std::vector<Xapian::MSetIterator> where;
        for (const auto& passage : exact.best(mset, size)) {
            const auto it = iterator_of.at(passage.docid);
            Candidate c;
            c.hit.score = passage.score;
            c.hit.more_in_article = it.get_collapse_count();
            c.hit.passage = words->record(it.get_document());
            c.docid = *it;
            c.rank = where.size();
            candidates.push_back(std::move(c));
            where.push_back(it);
        }
        if (!proximity.evidence().empty() || !feedback.evidence().empty()) {
            std::vector<Scored> ranked;
            for (const auto& c : candidates)
                ranked.push_back({c.docid, c.hit.score,
                                  schema::id_term(schema::kPassageId, c.hit.passage.passage_id)});
            ranked = proximity.rescore(feedback.rescore(std::move(ranked)));
            std::map<Xapian::docid, std::size_t> at;
            for (std::size_t i = 0; i < candidates.size(); ++i) at[candidates[i].docid] = i;
            std::vector<Candidate> reordered;
            for (const auto& r : ranked) {
                auto& c = candidates[at[r.docid]];
                c.hit.score = r.score;
                reordered.push_back(std::move(c));
            }
            candidates = std::move(reordered);
        }
        if (by_relevance)
            candidates = lean_on_article(std::move(candidates), request.ranking.article_weight);
        // The words each passage matched cost a termlist read: only for the passages the
        // repeated-paragraph rule compares. Highlighting looks for the query's own words in
        // the text, which finds the same.
        auto find_terms = [&](Candidate& c, const Xapian::MSetIterator& it) {
            if (c.terms_known) return;
            c.terms = text_terms(enquire.get_matching_terms_begin(it),
                                 enquire.get_matching_terms_end(it));
            for (const auto& added : expanded.added) c.terms.erase(added.first);
            c.terms_known = true;
        };
        std::set<std::pair<std::string, int>> quoted;
        for (const auto& c : candidates)
            if (c.hit.passage.kind == PassageKind::quote)
                quoted.insert({c.hit.passage.article_id, c.hit.passage.paragraph});
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const auto& p = candidates[i].hit.passage;
            if (quoted.count({p.article_id, p.kind == PassageKind::quote ? p.paragraph : p.ordinal}))
                find_terms(candidates[i], where[candidates[i].rank]);
        }
        const auto fetched = candidates.size();
        auto kept = drop_repeated_paragraphs(std::move(candidates));
        response.total_estimate = mset.get_matches_estimated() - (fetched - kept.size());
        if (shown) {
            shown->complete = mset.size() < size;
            shown->kept = kept.size();
            for (const auto& c : kept)
                if (c.hit.passage.kind == PassageKind::quote)
                    shown->quoted_paragraphs.push_back(c.hit.passage.article_id + "#" +
                                                       std::to_string(c.hit.passage.paragraph));
        }
        response.hits.clear();
        const auto query_words =
            text_terms(parsed.query.get_unique_terms_begin(), parsed.query.get_unique_terms_end());
        for (std::size_t i = request.offset; i < kept.size() && i < wanted; ++i) {
            auto& hit = kept[i].hit;
            hit.rank = i + 1;
            if (request.highlight) {
                hit.matches = find_matches(hit.passage.text, query_words, parsed.wildcards);
                hit.snippet = choose_snippet(hit.passage.text, hit.matches, kSnippetBytes);
            }
            if (request.explain) hit.explanation = explain(database, enquire, kept[i],
                                                             request.ranking, expanded.added,
                                                             {&exact, &proximity, &feedback});
            response.hits.push_back(std::move(hit));
        }
        // Few results and a better spelling known: offer it.
        if (response.total_estimate < kSuggestBelow && !request.prose) {
            auto corrected = build_query(request.query, database,
                                         {.allow_empty = !filter.empty(),
                                          .stopwords = request.ranking.stopwords,
                                          .correct_spelling = true})
                                 .correction;
            if (!corrected.empty()) response.suggestion = corrected;
        }
        return 0;
    });
    response.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return response;
}

}  // namespace

struct Searcher::Open {
    // A database folder put in place of another (a first build is compacted that way) is
    // new files: reopen() would go on reading the old ones. The version file is written anew
    // at each commit; its device, inode and change time tell one from another (an inode
    // alone can be reused once the folder it was in has been deleted).
    struct VersionFile {
        dev_t device = 0;
        ino_t inode = 0;
        timespec changed{};
        bool operator==(const VersionFile& o) const {
            return device == o.device && inode == o.inode &&
                   changed.tv_sec == o.changed.tv_sec && changed.tv_nsec == o.changed.tv_nsec;
        }
    };
    static VersionFile version_file(const std::string& db_path) {
        struct stat st {};
        if (::stat((db_path + "/iamglass").c_str(), &st) != 0) return {};
        return {st.st_dev, st.st_ino, st.st_ctim};
    }

    std::string path;
    Xapian::Database db;
    VersionFile version;

    /// Moves to the last commit, opening the folder anew when it was replaced.
    void catch_up();
};

Searcher::Searcher(const std::string& db_path)
    : open_(std::make_unique<Open>(
          Open{db_path, open_database(db_path), Open::version_file(db_path)})) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

void Searcher::Open::catch_up() {
    if (auto now = version_file(path); !(now == version)) {
        db = open_database(path);
        version = now;
    }
    read_database(db, path, [](Xapian::Database& d) { return d.reopen(); });
}

namespace {
// The filtered search, then, when a speaker filter left fewer passages than the page asks
// for, the passages that name the speaker and match the rest of the query, not attributed
// to them (those are the results) and not the paragraphs the results quote: the page goes
// on in SearchResponse::also.
SearchResponse search_with_mentions(Xapian::Database& db, const std::string& path,
                                    const SearchRequest& request) {
    const auto split = request.also ? split_speakers(request) : std::nullopt;
    Shown shown;
    auto response = search_in(db, path, request, {}, split ? &shown : nullptr);
    const auto wanted = request.offset + request.limit;
    if (!split || !shown.complete || shown.kept >= wanted) return response;
    // Only words beside the filter are matched: a query of the filter alone adds nothing.
    if (schema::words(schema::fold(split->rest)).empty()) return response;
    const auto named = naming_query(split->names);
    if (named.empty()) return response;
    std::vector<Xapian::Query> excluded{spoken_by_query(split->names)};
    for (const auto& id : shown.quoted_paragraphs)
        excluded.emplace_back(schema::id_term(schema::kPassageId, id));
    const auto from = std::max(request.offset, shown.kept);
    SearchRequest more = request;
    more.query = split->rest;
    more.speakers.clear();
    more.facets.clear();
    more.offset = from - shown.kept;
    more.limit = wanted - from;
    more.also = false;
    SearchResponse section;
    try {
        section = search_in(db, path, more,
                            {named, Xapian::Query(Xapian::Query::OP_OR, excluded.begin(),
                                                  excluded.end())});
    } catch (const QueryError&) {
        return response;  // what is left of the query is not one on its own
    }
    response.also = std::move(section.hits);
    if (!response.also.empty()) response.also_names = split->names;
    response.seconds += section.seconds;
    return response;
}

// The search of the query as typed, its `speaker:` names completed from the index first.
SearchResponse search_as_typed(Xapian::Database& db, const std::string& path,
                               const SearchRequest& typed) {
    if (typed.prose) return search_with_mentions(db, path, typed);
    SearchRequest request = typed;
    request.query = read_database(
        db, path, [&](Xapian::Database& d) { return complete_speaker_names(typed.query, d); });
    auto response = search_with_mentions(db, path, request);
    response.query = typed.query;
    return response;
}
}  // namespace

SearchResponse Searcher::search(const SearchRequest& request) {
    open_->catch_up();
    return search_as_typed(open_->db, open_->path, request);
}

std::optional<PassageRecord> Searcher::passage(const std::string& passage_id) {
    open_->catch_up();
    const auto term = schema::id_term(schema::kPassageId, passage_id);
    return read_database(open_->db, open_->path,
                         [&](Xapian::Database& db) -> std::optional<PassageRecord> {
                             auto it = db.postlist_begin(term);
                             if (it == db.postlist_end(term)) return std::nullopt;
                             return PassageRecord::parse(db.get_document(*it).get_data());
                         });
}

SearchResponse search(const std::string& db_path, const SearchRequest& request) {
    return Searcher(db_path).search(request);
}

}  // namespace newsdex
