#include "spelling_suggestion.hpp"

#include <vector>

#include "newsdex/schema.hpp"
#include "query_scan.hpp"

namespace newsdex {

namespace {

constexpr Xapian::doccount kCommonerBy = 100;

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (query_scan::is_space(c)) {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

// `title:grain` → `grain`; the field is not part of the word.
std::string bare(const std::string& token) {
    const auto colon = token.rfind(':');
    auto word = colon == std::string::npos ? token : token.substr(colon + 1);
    while (!word.empty() && (word.front() == '+' || word.front() == '-' || word.front() == '('))
        word.erase(word.begin());
    while (!word.empty() && (word.back() == ')')) word.pop_back();
    return word;
}

// How many passages hold the word, in any of its forms.
Xapian::doccount passages_with(const std::string& word, const Xapian::Database& db) {
    static thread_local const auto stem = schema::stemmer();
    return db.get_termfreq(std::string(schema::kStemmed) + stem(word));
}

}  // namespace

std::string worthwhile_correction(const std::string& parsed, const std::string& corrected,
                                  const Xapian::Database& db) {
    if (corrected.empty()) return corrected;
    const auto typed = split(parsed);
    const auto offered = split(corrected);
    // Not word for word: the parser's own judgement is all there is.
    if (typed.size() != offered.size()) return corrected;
    const auto& stopper = schema::stopper();
    for (std::size_t i = 0; i < typed.size(); ++i) {
        if (typed[i] == offered[i]) continue;
        const auto word = bare(typed[i]);
        const auto replacement = bare(offered[i]);
        if (replacement.empty() || stopper(replacement)) continue;
        const auto seen = passages_with(word, db);
        if (seen == 0 || passages_with(replacement, db) >= kCommonerBy * seen) return corrected;
    }
    return {};
}

}  // namespace newsdex
