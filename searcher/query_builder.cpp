#include "query_builder.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "date_range.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "newsdex/utf8.hpp"
#include "query_scan.hpp"
#include "spelling_suggestion.hpp"

namespace newsdex {

namespace s = newsdex::schema;

namespace {
// A query in capitals throughout and this long is text typed with caps lock or pasted from
// an all-caps source, not a boolean expression: its AND, OR and NOT are words.
constexpr std::size_t kShoutedProseWords = 5;
}  // namespace

namespace {

struct Field {
    std::string_view name;
    std::string_view prefix;
    bool boolean;
};

constexpr std::array kFields = {
    Field{"speaker", s::kSpeaker, true}, Field{"topic", s::kTopic, true},
    Field{"kind", s::kKind, true},       Field{"source", s::kSource, true},
    Field{"lang", s::kLanguage, true},   Field{"year", s::kYear, true},
    Field{"title", s::kTitle, false},    Field{"date", "", false},
};

std::string known_fields() {
    std::string out;
    for (const auto& f : kFields) out += (out.empty() ? "" : ", ") + std::string(f.name) + ":";
    return out;
}

// Words followed by a colon, outside quotes, that are not fields: Xapian would silently
// search them as words, which hides the user's typo.
void check_fields(const std::string& folded) {
    bool in_quotes = false;
    std::string outside;
    for (char c : folded) {
        if (c == '"') in_quotes = !in_quotes;
        outside += in_quotes ? ' ' : c;
    }
    for (const auto& span : query_scan::field_names(outside)) {
        const auto name = outside.substr(span.begin, span.end - span.begin);
        bool known = false;
        for (const auto& f : kFields) known = known || f.name == name;
        if (!known)
            throw QueryError("unknown field '" + name + ":' (known: " + known_fields() + ")");
    }
}

// Xapian's parser quietly repairs what it cannot read; a user is better told where the
// query is broken.
void check_syntax(const std::string& query) {
    auto where = [&](std::size_t byte) {
        std::size_t column = 1;
        for (std::size_t i = 0; i < byte; ++i)
            if ((static_cast<unsigned char>(query[i]) & 0xC0) != 0x80) ++column;
        return "column " + std::to_string(column) + " of: " + query;
    };
    std::size_t open_quote = std::string::npos;
    std::vector<std::size_t> parens;
    for (std::size_t i = 0; i < query.size(); ++i) {
        char c = query[i];
        if (c == '"') {
            open_quote = open_quote == std::string::npos ? i : std::string::npos;
        } else if (open_quote == std::string::npos && c == '(') {
            parens.push_back(i);
        } else if (open_quote == std::string::npos && c == ')') {
            if (parens.empty()) throw QueryError("unmatched ')' at " + where(i));
            parens.pop_back();
        }
    }
    if (open_quote != std::string::npos) throw QueryError("unclosed quote at " + where(open_quote));
    if (!parens.empty()) throw QueryError("unclosed '(' at " + where(parens.back()));
    if (shouted_prose(query)) return;
    auto text_of = [&](query_scan::Span op) { return query.substr(op.begin, op.end - op.begin); };
    if (const auto op = query_scan::trailing_operator(query))
        throw QueryError(text_of(*op) + " has nothing after it at " + where(op->begin));
    if (const auto op = query_scan::leading_operator(query))
        throw QueryError(text_of(*op) + " has nothing before it at " + where(op->begin));
}

// Collects the terms of nested ORs of plain terms; false when anything else is inside.
bool or_of_terms(const Xapian::Query& query, std::map<std::string, Xapian::termcount>& counts) {
    if (query.get_type() == Xapian::Query::LEAF_TERM) {
        ++counts[*query.get_terms_begin()];
        return true;
    }
    if (query.get_type() != Xapian::Query::OP_OR) return false;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (!or_of_terms(query.get_subquery(i), counts)) return false;
    return true;
}

// Xapian adds a word's weight once per repetition in the query, so a request that names its
// key word three times weighs it three times. One leaf per word with the repetitions as its
// within-query frequency lets BM25 saturate them instead (k3). Only for a plain OR of words:
// synonym groups and anything structured are left as parsed.
Xapian::Query merge_repeats(const Xapian::Query& query) {
    std::map<std::string, Xapian::termcount> counts;
    if (!or_of_terms(query, counts) || counts.size() < 2) return query;
    std::vector<Xapian::Query> leaves;
    for (const auto& [term, n] : counts) leaves.emplace_back(term, n);
    return Xapian::Query(Xapian::Query::OP_OR, leaves.begin(), leaves.end());
}

// The distinct body terms that carry weight (stems and words, not field terms).
std::size_t weighted_words(const Xapian::Query& query) {
    static thread_local auto stem = s::stemmer();
    std::set<std::string> words;
    for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
        const auto& term = *t;
        if (term.empty()) continue;
        if (term.compare(0, s::kStemmed.size(), s::kStemmed) == 0)
            words.insert(term.substr(s::kStemmed.size()));
        else if (!std::isupper(static_cast<unsigned char>(term[0])))
            words.insert(stem(term));
    }
    return words.size();
}

// The parser reads `boundary-layer` as a phrase, which finds nothing for a text that has
// "the boundary" alone. A plain query searches a compound's words instead; the proximity
// pairs (below) still rank them side by side first.
std::string split_compounds(std::string text) {
    const auto spans = s::word_spans(text);
    for (std::size_t i = 1; i < spans.size(); ++i)
        if (spans[i].begin == spans[i - 1].end + 1 && text[spans[i - 1].end] == '-')
            text[spans[i - 1].end] = ' ';
    return text;
}

// Neighbouring content words of a plain query, as stemmed terms, in the order typed; a
// punctuation mark between two words ends a clause, and words of different clauses are no pair.
std::vector<std::pair<std::string, std::string>> neighbour_pairs(std::string_view folded,
                                                                 bool stopwords) {
    static thread_local auto stem = s::stemmer();
    std::vector<std::pair<std::string, std::string>> pairs;
    std::string previous;
    std::size_t last_end = 0;
    for (const auto& span : s::word_spans(folded)) {
        const auto gap = folded.substr(last_end, span.begin - last_end);
        last_end = span.end;
        if (gap.find_first_of(".,;:!?()[]") != std::string_view::npos) previous.clear();
        const std::string word(folded.substr(span.begin, span.end - span.begin));
        if (stopwords && s::stopper()(word)) continue;
        auto term = std::string(s::kStemmed) + stem(word);
        if (!previous.empty() && previous != term) pairs.emplace_back(previous, term);
        previous = std::move(term);
    }
    return pairs;
}

}  // namespace

bool shouted_prose(std::string_view query) {
    if (std::any_of(query.begin(), query.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return false;
    return s::words(query).size() >= kShoutedProseWords;
}

std::string fold_query(std::string_view query) {
    if (shouted_prose(query)) return s::fold(query);
    std::string out;
    std::size_t last = 0;
    for (const auto& op : query_scan::operators(query)) {
        out += s::fold(query.substr(last, op.begin - last));
        out += query.substr(op.begin, op.end - op.begin);
        last = op.end;
    }
    out += s::fold(query.substr(last));
    return out;
}

// Not a field users can name (check_fields refuses it): only the wildcard rewrite uses it.
constexpr std::string_view kStemField = "newsdexstem";

ParsedQuery build_query(const std::string& query, const Xapian::Database& db,
                        const QueryOptions& options) {
    const bool prose = options.prose;
    if (query.size() > kMaxQueryBytes)
        throw QueryError("query is " + std::to_string(query.size()) + " bytes long; at most " +
                         std::to_string(kMaxQueryBytes) + " are allowed");
    if (auto bad = invalid_utf8_offset(query))
        throw QueryError("query is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
    if (!prose) check_syntax(query);
    auto folded = prose ? s::fold(query) : fold_query(query);
    if (s::words(folded).empty()) {
        if (options.allow_empty) return {Xapian::Query::MatchAll, {}, {}, 0, 0, {}};
        throw QueryError("empty query: give at least one word");
    }

    Xapian::QueryParser parser;
    parser.set_database(db);
    static thread_local const auto stemmer = s::stemmer();  // its memory outlives the query
    parser.set_stemmer(stemmer);
    parser.set_stemming_strategy(s::kQueryStemming);
    if (options.stopwords) parser.set_stopper(&s::stopper());
    if (prose) {
        folded = split_compounds(std::move(folded));
        const unsigned flags = Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
                               Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
        try {
            auto parsed = merge_repeats(parser.parse_query(folded, flags));
            const auto words = weighted_words(parsed);
            return {parsed, {}, {}, words, words, neighbour_pairs(folded, options.stopwords)};
        } catch (const Xapian::QueryParserError& e) {
            throw QueryError("cannot parse query: " + e.get_msg());
        }
    }
    check_fields(folded);
    parser.set_max_expansion(100, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    for (const auto& f : kFields) {
        if (f.prefix.empty()) continue;  // date: is a range, below
        if (f.boolean)
            parser.add_boolean_prefix(std::string(f.name), std::string(f.prefix));
        else
            parser.add_prefix(std::string(f.name), std::string(f.prefix));
    }
    parser.add_rangeprocessor((new DateRangeProcessor())->release());
    const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                           (options.correct_spelling
                                ? unsigned(Xapian::QueryParser::FLAG_SPELLING_CORRECTION)
                                : 0u) |
                           Xapian::QueryParser::FLAG_PURE_NOT |
                           Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
                           Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
    // The index holds stems only, so a wildcard is a stem prefix: `integrity*` looks for the
    // stems starting as `integrity` does once stemmed (integr…), through a field of stems.
    std::vector<std::string> wildcards;
    {
        std::string rewritten;
        std::size_t last = 0;
        for (const auto& word : query_scan::wildcard_words(folded)) {
            wildcards.push_back(stemmer(folded.substr(word.begin, word.end - word.begin)));
            rewritten += folded.substr(last, word.begin - last) + std::string(kStemField) + ":" +
                         wildcards.back();
            last = word.end;
        }
        folded = rewritten + folded.substr(last);
    }
    parser.add_prefix(std::string(kStemField), std::string(s::kStemmed));
    try {
        const bool has_syntax = query_scan::has_syntax(folded);
        if (!has_syntax) folded = split_compounds(std::move(folded));
        auto parsed = parser.parse_query(folded, flags);
        const auto words = weighted_words(parsed);
        const auto plain = has_syntax ? 0 : words;
        if (plain) parsed = merge_repeats(parsed);
        return {parsed,
                worthwhile_correction(folded, parser.get_corrected_query_string(), db),
                wildcards, plain, words,
                plain ? neighbour_pairs(folded, options.stopwords)
                      : std::vector<std::pair<std::string, std::string>>{}};
    } catch (const Xapian::QueryParserError& e) {
        throw QueryError("cannot parse query: " + e.get_msg());
    }
}

namespace {
Xapian::Query any_of(std::string_view prefix, const std::vector<std::string>& values) {
    std::vector<Xapian::Query> terms;
    for (const auto& value : values) {
        if (auto bad = invalid_utf8_offset(value))
            throw QueryError("filter value is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
        auto filter = s::filter_terms(prefix, value);
        if (filter.empty()) throw QueryError("empty filter value");
        terms.emplace_back(filter.back());  // the whole value, or its one word
    }
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}
}  // namespace

Xapian::Query build_filter(const SearchRequest& request) {
    Xapian::Query filter;
    auto add = [&](const Xapian::Query& q) {
        filter = filter.empty() ? q : Xapian::Query(Xapian::Query::OP_AND, filter, q);
    };
    for (const auto& [prefix, values] : {std::pair{s::kSpeaker, &request.speakers},
                                         {s::kTopic, &request.topics}, {s::kKind, &request.kinds}})
        if (!values->empty()) add(any_of(prefix, *values));
    if (!request.since.empty() || !request.until.empty())
        add(date_range_query(request.since, request.until));
    return filter;
}

}  // namespace newsdex
