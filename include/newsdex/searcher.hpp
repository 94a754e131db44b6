#pragma once
// Searches a newsdex database for ranked passages: the library behind newsdex-search, for
// programs that embed search.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsdex/passage_record.hpp"

namespace newsdex {

/// How passages are scored. The defaults are the settings measured best on seven classic
/// test collections (README, "Relevance"); newsdex-eval overrides them to compare.
struct Ranking {
    double k1 = 2.0;  ///< BM25 term-frequency saturation
    double b = 0.6;   ///< BM25 length normalisation
    bool stopwords = true;  ///< drop English function words from queries
    /// Pseudo-relevance feedback: the best `feedback_terms` words (Bo1) of the top
    /// `feedback_docs` passages join the query, the best at `feedback_weight` of an original
    /// word's weight. 0 docs: off. Only with relevance order, and only for queries of at
    /// least `feedback_from_words` content words: two keywords say too little to expand on.
    unsigned feedback_docs = 15;
    std::size_t feedback_from_words = 3;
    unsigned feedback_terms = 10;
    double feedback_weight = 0.2;
    std::string feedback_scheme = "bo1";  ///< Xapian's expansion weighting: bo1 or trad
    /// Only passages scoring at least this share of the best one are taken as relevant (at
    /// most `feedback_docs` of them): a query with few strong matches learns from few. 0: all.
    double feedback_min_share = 0;
    /// Feedback takes at most this many passages of one article (0: any number), so one
    /// article's words do not stand for the whole top.
    unsigned feedback_per_article = 0;
    /// Quotations may be taken as feedback; off, only paragraphs and turns are, since a
    /// quote repeats words its paragraph, often also among the top, already holds.
    bool feedback_quotes = true;
    /// Feedback is skipped when fewer passages than this pass `feedback_min_share`: too few
    /// strong matches to learn from. 0 or 1: never skipped for that.
    unsigned feedback_min_docs = 0;
    /// Feedback is skipped when the scores of the top `feedback_docs` passages vary less than
    /// this (their standard deviation over their mean, a query-performance predictor measured
    /// before feedback: flat scores foretell a poor ranking to learn from; about one query in
    /// ten on the test collections). 0: never.
    double feedback_min_spread = 0.08;
    /// RM3-style interpolation: when above 0, the added words together weigh this share of
    /// the query and the query's own words the rest, the added words in proportion to their
    /// expansion weight, so the share means the same for a query of two words or twenty
    /// (`feedback_weight` is then not used). Below 1.
    double feedback_interpolation = 0;
    /// The added words may also bring in passages the query did not match, but only for
    /// queries of plain words with at least this many content words (a question, a pasted
    /// description); 0: never. Shorter or structured queries are only reordered, so a word,
    /// a phrase or a field still finds exactly what has it.
    std::size_t feedback_widens_from = 5;
    /// Neighbouring content words of a plain query (a compound's parts too) found within
    /// `proximity_window` words of each other add this share of their weight again. 0: off.
    double proximity_weight = 0.14;
    unsigned proximity_window = 2;
    /// BM25 normalises a passage's length by the average of the passages that are article
    /// text (paragraphs and turns), leaving out the quotations copied out of them; off: by
    /// the average of all passages.
    bool length_from_text = true;
    /// BM25's k1 suits passages of about this many words: on an index whose text passages
    /// average more, k1 is scaled by this length ÷ that average (an article a line weighs
    /// repeated words with a lower k1 than paragraphs do). 0: k1 as given. 150 was chosen by
    /// cross-validation over two judged sets of long news articles (docs/relevance.md).
    double k1_reference_length = 150;
    /// A passage's score leans this share towards its article's best passage among those
    /// ranked: (1 - share) x its own + share x the best, so passages of articles that match
    /// well rise above lone matches elsewhere. 0: off.
    double article_weight = 0;

    bool operator==(const Ranking&) const = default;
};

/// The largest query, in bytes, and the largest page a search accepts (QueryError beyond
/// them): a query is typed or pasted, not a document, and a page of results is read.
inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxLimit = 100000;
inline constexpr std::size_t kMaxOffset = 1000000;
inline constexpr std::size_t kMaxPerArticle = 100000;

/// One search: the query, its filters and the page of results wanted. Which database it
/// runs on is the Searcher's (or search()'s first argument).
struct SearchRequest {
    std::string query;  ///< words, "phrases", AND/OR/NOT, speaker:, topic:, title:, …; at most kMaxQueryBytes
    /// The query is plain prose (a question, a pasted paragraph): every word is a search
    /// word, and nothing in it is read as an operator, field, phrase or wildcard.
    bool prose = false;
    Ranking ranking;
    /// Filters as options give them; each list matches any of its values, like the fields.
    std::vector<std::string> speakers;  ///< a name, alias, or any word of them
    std::vector<std::string> topics;
    std::vector<std::string> kinds;  ///< paragraph, quote, turn
    std::string since;               ///< YYYY, YYYY-MM or YYYY-MM-DD; empty: open
    std::string until;
    enum class Sort { relevance, date, date_descending } sort = Sort::relevance;
    std::size_t limit = 10;   ///< at most kMaxLimit
    std::size_t offset = 0;   ///< at most kMaxOffset
    /// At most this many passages per article (0: no limit); each hit then says how many
    /// more its article had. At most kMaxPerArticle.
    std::size_t per_article = 0;
    /// Count the whole match set by these: speaker, topic, year, source.
    std::vector<std::string> facets;
    /// Give each hit the query terms it matched, with the weight each contributed.
    bool explain = false;
    /// Find each hit's matched words and snippet; off, hits carry only passage and score
    /// (much faster for deep result lists, e.g. evaluation runs of 1000).
    bool highlight = true;
    /// When a speaker filter (`speaker:` in the query, or `speakers`) leaves fewer passages
    /// than the page asks for, go on with passages that name the speaker and match the rest
    /// of the query (SearchResponse::also). Off: the filter's passages only.
    bool also = true;
};

/// A byte range [begin, end) of a passage's text.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct SearchHit {
    std::size_t rank = 0;  ///< 1-based, counting from the first result of the whole match
    double score = 0;
    PassageRecord passage;
    std::vector<TextRange> matches;  ///< words of the passage that matched the query
    TextRange snippet;               ///< the stretch of text worth showing, around the matches
    std::size_t more_in_article = 0;  ///< passages of the same article left out by per_article
    struct TermWeight {
        std::string term;  ///< as indexed: `Z` + stem, a word, or a prefixed filter term
        double weight;
    };
    std::vector<TermWeight> explanation;  ///< with SearchRequest::explain
};

struct FacetValue {
    std::string value;
    std::size_t count;
};

struct Facet {
    std::string name;
    std::vector<FacetValue> values;  ///< most frequent first
};

struct SearchResponse {
    std::string query;
    std::size_t total_estimate = 0;
    std::vector<SearchHit> hits;
    std::vector<Facet> facets;
    /// A spelling correction of the query, offered when it found little.
    std::optional<std::string> suggestion;
    /// With SearchRequest::also: passages that name the filter's speaker and match the rest
    /// of the query, none of them attributed to that speaker, ranked after `hits` to fill the
    /// page (their rank counts from 1 within this list). Empty unless a speaker filter left
    /// fewer passages than asked for.
    std::vector<SearchHit> also;
    /// The speaker names `also` was found by, as the query and SearchRequest::speakers give
    /// them; empty when `also` is.
    std::vector<std::string> also_names;
    double seconds = 0;
};

/// Opens the database at db_path, searches it once and closes it: Searcher(db_path).search().
/// A commit landing meanwhile is searched again at the new commit.
/// Throws DatabaseError (missing, corrupt or unreadable, other schema; never a Xapian
/// error) and QueryError (unparseable query, a limit out of range).
SearchResponse search(const std::string& db_path, const SearchRequest& request);

/// A database kept open for many searches, as a server or a long-lived embedder wants: each
/// search sees the last commit without paying for an open. One per thread.
class Searcher {
public:
    /// Throws DatabaseError as search() does.
    explicit Searcher(const std::string& db_path);
    ~Searcher();
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    /// Searches this database at its last commit. Throws as search() does.
    SearchResponse search(const SearchRequest& request);
    /// The passage of this id (`<article_id>#<ordinal>`) at the last commit; nullopt when
    /// there is none. Throws DatabaseError as search() does.
    std::optional<PassageRecord> passage(const std::string& passage_id);

private:
    struct Open;
    std::unique_ptr<Open> open_;
};

}  // namespace newsdex
