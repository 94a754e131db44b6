#pragma once
// Turns the user's query text into a Xapian query with the schema's analysis: folded like
// indexed text (so case and accents never matter), fields mapped to prefixes.

#include <xapian.h>

#include <string>

#include "newsdex/searcher.hpp"

namespace newsdex {

/// Whether the query is all capitals and five words or more: then it is read as words, and
/// AND, OR, NOT … in it are not operators.
bool shouted_prose(std::string_view query);

/// Folds everything except the operators AND, OR, NOT, XOR, NEAR and ADJ written in capitals
/// (unless the whole query is shouted prose).
std::string fold_query(std::string_view query);

struct ParsedQuery {
    Xapian::Query query;
    /// With QueryOptions::correct_spelling: the query with misspelt words corrected; empty
    /// if none.
    std::string correction;
    /// Prefixes of the query's trailing wildcards (`energ*` → `energ`), for highlighting:
    /// Xapian expands them inside the matcher and does not report the words it matched.
    std::vector<std::string> wildcards;
    /// How many distinct words (stems, function words left out) the query ranks by when it
    /// is nothing but words — no operators, fields, phrases or wildcards; 0 otherwise.
    std::size_t plain_words = 0;
    /// Distinct words the query ranks by, whatever its syntax (field values do not count).
    std::size_t content_words = 0;
    /// Stemmed terms of neighbouring content words, in query order, for plain queries.
    std::vector<std::pair<std::string, std::string>> pairs;
};

struct QueryOptions {
    bool allow_empty = false;  ///< an empty query matches everything (a filter narrows it)
    /// The text is only words: no operators, fields, phrases or wildcards, so nothing in it
    /// is an error.
    bool prose = false;
    bool stopwords = true;  ///< drop schema::stopper()'s words (unless nothing else is left)
    /// Look for corrections of misspelt words. Costly (the index holds stems, so the parser
    /// looks every word up in the spelling data): asked for only when a search found little.
    bool correct_spelling = false;
};

/// Throws QueryError for non-UTF-8 or unparseable queries and unknown fields, and for an
/// empty query unless options.allow_empty.
ParsedQuery build_query(const std::string& query, const Xapian::Database& db,
                        const QueryOptions& options = {});

/// Boolean filter for the request's --speaker / --topic / --kind values (one term per value:
/// the whole name, or the word; values of one option OR-ed, options AND-ed) and its
/// --since / --until dates. Empty query when there is nothing to filter on.
Xapian::Query build_filter(const SearchRequest& request);

}  // namespace newsdex
