#include "newsdex/schema.hpp"

#include "cached_stemmer.hpp"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace newsdex::schema {

Xapian::Stem stemmer() { return Xapian::Stem(new CachedStemmer("english")); }

Xapian::TermGenerator term_generator() {
    Xapian::TermGenerator generator;
    generator.set_stemmer(stemmer());
    generator.set_stemming_strategy(kIndexStemming);
    return generator;
}

bool is_text_term(std::string_view term) {
    return !term.empty() &&
           (term.starts_with(kStemmed) || !std::isupper(static_cast<unsigned char>(term[0])));
}

std::string id_term(std::string_view prefix, std::string_view value) {
    constexpr size_t kMaxTerm = 240;
    std::string term(prefix);
    if (prefix.size() + value.size() <= kMaxTerm) {
        term += value;
        return term;
    }
    // FNV-1a: stable across platforms and runs, unlike std::hash.
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : value) hash = (hash ^ c) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    term += value.substr(0, kMaxTerm - prefix.size() - 18);
    term += "#";
    term += hex;
    return term;
}

std::vector<std::string> filter_terms(std::string_view prefix, std::string_view value) {
    std::vector<std::string> terms;
    auto folded_words = words(fold(value));
    if (folded_words.empty()) return terms;
    std::string whole;
    for (const auto& w : folded_words) {
        terms.push_back(id_term(prefix, w));
        if (!whole.empty()) whole += ' ';
        whole += w;
    }
    if (folded_words.size() > 1) terms.push_back(id_term(prefix, whole));
    return terms;
}

std::string date_value(std::string_view iso_date, std::string_view time) {
    std::string out;
    for (char c : iso_date)
        if (c != '-') out += c;
    if (!out.empty())
        for (char c : time)
            if (c != ':') out += c;
    return out;
}

}  // namespace newsdex::schema
