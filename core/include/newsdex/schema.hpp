#pragma once
// The index schema, in one place: term prefixes, value slots, unique-id terms, metadata keys
// and the analysis (normalisation, stemming) that indexer and searcher must share.

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdex::schema {

/// Bumped whenever terms, slots or stored data change meaning; an index of another version
/// is refused rather than misread.
inline constexpr int kVersion = 5;  ///< 5: positions only when asked for (kMetaPositions)

// Term prefixes. Single letters follow Omega's conventions; X… are newsdex's own. Values
// after a prefix are always folded (lower case), so no prefix can swallow another's terms.
inline constexpr std::string_view kPassageId = "Q";    ///< one per passage, unique
inline constexpr std::string_view kArticle = "XA";     ///< every passage of an article
inline constexpr std::string_view kTitle = "S";        ///< title words (probabilistic)
inline constexpr std::string_view kStemmed = "Z";      ///< every body word, stemmed (title: ZS)
inline constexpr std::string_view kSpeaker = "XSPEAKER";  ///< each word and the whole name
inline constexpr std::string_view kTopic = "XTOPIC";
inline constexpr std::string_view kKind = "XKIND";
inline constexpr std::string_view kSource = "XSOURCE";  ///< each word and the whole source
inline constexpr std::string_view kLanguage = "L";
inline constexpr std::string_view kYear = "Y";   ///< YYYY
inline constexpr std::string_view kMonth = "M";  ///< YYYYMM
inline constexpr std::string_view kDay = "D";    ///< YYYYMMDD

// Value slots.
inline constexpr Xapian::valueno kSlotDate = 0;     ///< "YYYYMMDD", absent when unknown
inline constexpr Xapian::valueno kSlotArticle = 1;  ///< article id, for collapsing
inline constexpr Xapian::valueno kSlotSpeaker = 2;  ///< speaker's name as displayed
inline constexpr Xapian::valueno kSlotOrdinal = 3;  ///< sortable_serialise(ordinal)
inline constexpr Xapian::valueno kSlotTopics = 4;   ///< topics joined by newlines, for facets
inline constexpr Xapian::valueno kSlotSource = 5;   ///< source as written, for facets

// Database metadata keys.
inline constexpr std::string_view kMetaSchemaVersion = "newsdex.schema_version";
inline constexpr std::string_view kMetaLastIndexed = "newsdex.last_indexed";
inline constexpr std::string_view kMetaLastRun = "newsdex.last_run";  ///< JSON counts of the last run
/// "1" when the index keeps word positions (newsdex-index --positions), "0" when phrases and
/// NEAR are checked against each candidate passage's stored text instead.
inline constexpr std::string_view kMetaPositions = "newsdex.positions";

/// Case-folds, applies compatibility normalisation and strips accents from Latin, Greek and
/// Cyrillic letters (Əliyev → aliyev, Zelenskyy’s → zelenskyy's). Used on all text before
/// it becomes a term, at index and at query time alike.
std::string fold(std::string_view text);

/// A word's byte range [begin, end) in the text it was found in.
struct WordSpan {
    std::size_t begin;
    std::size_t end;
};

/// Finds words the way the term generator does (letters, digits and marks, with apostrophes
/// between letters and separators between digits kept inside), on folded or original text.
std::vector<WordSpan> word_spans(std::string_view text);

/// Words are indexed as their stems only (`Z` + stem; `ZS` + stem in titles): phrases and
/// NEAR match stems, and no unstemmed copy doubles the index. The query parser must stem
/// every word the same way.
inline constexpr auto kIndexStemming = Xapian::TermGenerator::STEM_ALL_Z;
inline constexpr auto kQueryStemming = Xapian::QueryParser::STEM_ALL_Z;

/// Whether a term is one of the text's words (a `Z` stem, or an unprefixed lower-case word)
/// rather than a field's.
bool is_text_term(std::string_view term);

/// The words of already-folded text, for filter terms.
std::vector<std::string> words(std::string_view folded);

/// The stemmer shared by TermGenerator, QueryParser and the highlighter: English Snowball,
/// remembering what it stemmed, so a new one for each thread (copies share the memory).
Xapian::Stem stemmer();

/// English function words, dropped from free-text queries (the index keeps them, so phrases
/// like "state of the union" still match).
const Xapian::Stopper& stopper();

/// A TermGenerator set up with the schema's stemmer and strategy: what index_passage_words
/// is tested against.
Xapian::TermGenerator term_generator();

/// TermGenerator's longest word, in bytes: longer words are neither indexed nor counted in
/// positions.
inline constexpr std::size_t kMaxWordBytes = 64;
/// The position gap between a passage's body and its title, so that no phrase spans both.
inline constexpr Xapian::termpos kTitleGap = 100;

/// Calls `visit(word, position, in_title)` for each word of a passage's already-folded body
/// and title, numbered as the index numbers them: the body's from 1, words over
/// kMaxWordBytes left out and not counted, then the title's after kTitleGap. The words are
/// views into `body` and `title`.
template <typename Visit>
void for_each_passage_word(std::string_view body, std::string_view title, Visit&& visit) {
    Xapian::termpos at = 0;
    auto words = [&](std::string_view folded, bool in_title) {
        for (const auto span : word_spans(folded))
            if (span.end - span.begin <= kMaxWordBytes)
                visit(folded.substr(span.begin, span.end - span.begin), ++at, in_title);
    };
    words(body, false);
    at += kTitleGap;
    words(title, true);
}

/// A passage's body words, unstemmed, with how often each occurs: what TermGenerator's
/// FLAG_SPELLING would add to the spelling data.
using WordCounts = std::vector<std::pair<std::string, Xapian::termcount>>;

/// Adds a passage's words to `doc` exactly as term_generator() would, in one pass over the
/// folded text and stemming each distinct word once: the body's stems (`Z`) from position 1,
/// then the title's (`ZS`) after kTitleGap. With `positions` false, only the words and their
/// counts (the positions can be worked out again from the same text). Returns the body's
/// words for the spelling data.
WordCounts index_passage_words(Xapian::Document& doc, const Xapian::Stem& stemmer,
                               std::string_view text, std::string_view title, bool positions);

/// The words a passage's text gave the spelling data, as index_passage_words returned them
/// (in another order): what to take off again when the passage is deleted.
WordCounts spelling_words(std::string_view text);

/// prefix + value, with over-long values (Xapian's term limit is 245 bytes) replaced by a
/// stable hash so ids of any length stay unique.
std::string id_term(std::string_view prefix, std::string_view value);

/// Boolean terms for a filter field that matches any word and the whole value:
/// "Ilham Aliyev" → XSPEAKERilham, XSPEAKERaliyev, XSPEAKERilham aliyev.
std::vector<std::string> filter_terms(std::string_view prefix, std::string_view value);

/// "YYYY-MM-DD" → "YYYYMMDD", with "HHMMSS" after it when a time "HH:MM:SS" is given (so
/// times sort within their day, after the day alone); empty when the date is empty.
std::string date_value(std::string_view iso_date, std::string_view time = {});

}  // namespace newsdex::schema
