#include <unordered_map>

#include "newsdex/schema.hpp"

namespace newsdex::schema {

namespace {

struct Occurrences {
    Xapian::termcount count = 0;
    std::vector<Xapian::termpos> positions;
};

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
    std::unordered_map<std::string_view, Occurrences> body_words, title_words;
    for_each_passage_word(body, heading, [&](std::string_view word, Xapian::termpos at, bool in_title) {
        auto& o = (in_title ? title_words : body_words)[word];
        ++o.count;
        if (positions) o.positions.push_back(at);
    });
    const std::string stemmed(kStemmed), title_stemmed = stemmed + std::string(kTitle);
    add_terms(doc, stemmer, stemmed, body_words, positions);
    add_terms(doc, stemmer, title_stemmed, title_words, positions);
    WordCounts spelling;
    spelling.reserve(body_words.size());
    for (const auto& [word, o] : body_words) spelling.emplace_back(std::string(word), o.count);
    return spelling;
}

WordCounts spelling_words(std::string_view text) {
    const auto body = fold(text);
    std::unordered_map<std::string_view, Xapian::termcount> counts;
    for_each_passage_word(body, {}, [&](std::string_view word, Xapian::termpos, bool in_title) {
        if (!in_title) ++counts[word];
    });
    WordCounts out;
    out.reserve(counts.size());
    for (const auto& [word, count] : counts) out.emplace_back(std::string(word), count);
    return out;
}

}  // namespace newsdex::schema
