#include <unordered_map>

#include "newsdex/schema.hpp"

namespace newsdex::schema {

namespace {

struct Occurrences {
    Xapian::termcount count = 0;
    std::vector<Xapian::termpos> positions;
};

// Each word of `folded` at most kMaxWordBytes long, one position on from `at`, by word.
std::unordered_map<std::string_view, Occurrences> occurrences(std::string_view folded,
                                                              Xapian::termpos& at,
                                                              bool positions) {
    std::unordered_map<std::string_view, Occurrences> out;
    for (const auto span : word_spans(folded)) {
        if (span.end - span.begin > kMaxWordBytes) continue;
        auto& o = out[folded.substr(span.begin, span.end - span.begin)];
        ++o.count;
        ++at;
        if (positions) o.positions.push_back(at);
    }
    return out;
}

void add_terms(Xapian::Document& doc, const Xapian::Stem& stemmer, std::string_view prefix,
               const std::unordered_map<std::string_view, Occurrences>& words, bool positions) {
    std::string term(prefix);
    for (const auto& [word, o] : words) {
        term.resize(prefix.size());
        term += stemmer(std::string(word));
        if (!positions) {
            doc.add_term(term, o.count);
            continue;
        }
        for (const auto at : o.positions) doc.add_posting(term, at);
    }
}

}  // namespace

WordCounts index_passage_words(Xapian::Document& doc, const Xapian::Stem& stemmer,
                               std::string_view text, std::string_view title, bool positions) {
    const auto body = fold(text), heading = fold(title);
    Xapian::termpos at = 0;
    const auto body_words = occurrences(body, at, positions);
    at += kTitleGap;
    const auto title_words = occurrences(heading, at, positions);
    const std::string stemmed(kStemmed), title_stemmed = stemmed + std::string(kTitle);
    add_terms(doc, stemmer, stemmed, body_words, positions);
    add_terms(doc, stemmer, title_stemmed, title_words, positions);
    WordCounts spelling;
    spelling.reserve(body_words.size());
    for (const auto& [word, o] : body_words) spelling.emplace_back(std::string(word), o.count);
    return spelling;
}

}  // namespace newsdex::schema
