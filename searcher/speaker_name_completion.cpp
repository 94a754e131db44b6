#include "speaker_name_completion.hpp"

#include <cctype>
#include <vector>

#include "newsdex/schema.hpp"
#include "query_scan.hpp"

namespace newsdex {

namespace s = newsdex::schema;

namespace {

constexpr std::string_view kField = "speaker:";
constexpr std::size_t kMaxNameWords = 4;

bool field_at(const std::string& query, std::size_t i) {
    if (query.size() - i < kField.size()) return false;
    for (std::size_t k = 0; k < kField.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(query[i + k])) != kField[k]) return false;
    return i == 0 || query_scan::is_space(query[i - 1]) || query[i - 1] == '+' ||
           query[i - 1] == '-' || query[i - 1] == '(';
}

// A word that can be part of a name: no syntax of its own.
bool plain_word(std::string_view word) {
    if (word.empty() || word[0] == '+' || word[0] == '-') return false;
    if (word.find_first_of("\"():*") != std::string_view::npos) return false;
    return query_scan::operators(word).empty();
}

bool is_speaker_name(const std::vector<std::string_view>& words, const Xapian::Database& db) {
    std::string name;
    for (auto w : words) name += (name.empty() ? "" : " ") + std::string(w);
    const auto terms = s::filter_terms(s::kSpeaker, name);
    return terms.size() > 1 && db.term_exists(terms.back());
}

}  // namespace

std::string complete_speaker_names(const std::string& query, const Xapian::Database& db) {
    std::string out;
    std::size_t last = 0;
    bool in_quotes = false;
    for (std::size_t i = 0; i < query.size(); ++i) {
        if (query[i] == '"') in_quotes = !in_quotes;
        if (in_quotes || !field_at(query, i)) continue;
        const auto begin = i + kField.size();
        if (begin >= query.size() || query[begin] == '"') continue;
        // The field's word and the whitespace-separated words after it, with their ends.
        std::vector<std::string_view> words;
        std::vector<std::size_t> ends;
        std::size_t pos = begin;
        while (words.size() < kMaxNameWords && pos < query.size()) {
            auto end = pos;
            while (end < query.size() && !query_scan::is_space(query[end])) ++end;
            const std::string_view word(query.data() + pos, end - pos);
            if (!words.empty() && !plain_word(word)) break;
            words.push_back(word);
            ends.push_back(end);
            pos = end;
            while (pos < query.size() && query_scan::is_space(query[pos]) && query[pos] != '\n')
                ++pos;
            if (pos < query.size() && query_scan::is_space(query[pos])) break;
        }
        if (words.empty() || !plain_word(words.front())) continue;
        for (auto k = words.size(); k >= 2; --k) {
            std::vector<std::string_view> name(words.begin(), words.begin() + k);
            if (!is_speaker_name(name, db)) continue;
            out += query.substr(last, begin - last) + '"';
            for (std::size_t w = 0; w < k; ++w) out += (w ? " " : "") + std::string(name[w]);
            out += '"';
            last = ends[k - 1];
            i = last - 1;
            break;
        }
    }
    return out + query.substr(last);
}

}  // namespace newsdex
