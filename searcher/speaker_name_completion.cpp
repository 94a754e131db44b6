#include "speaker_name_completion.hpp"

#include <vector>

#include "newsdex/schema.hpp"
#include "query_scan.hpp"

namespace newsdex {

namespace s = newsdex::schema;

namespace {

constexpr std::string_view kField = "speaker:";
constexpr std::size_t kMaxNameWords = 4;

// A word that can be part of a name: no syntax of its own.
bool plain_word(std::string_view word) {
    if (word.empty() || word[0] == '+' || word[0] == '-') return false;
    if (word.find_first_of("\"():*") != std::string_view::npos) return false;
    return query_scan::operators(word).empty();
}

// The first `count` words, one space between each.
std::string joined(const std::vector<std::string_view>& words, std::size_t count) {
    std::string name;
    for (std::size_t w = 0; w < count; ++w) name += (w ? " " : "") + std::string(words[w]);
    return name;
}

bool is_speaker_name(const std::string& name, const Xapian::Database& db) {
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
        if (in_quotes || !query_scan::field_at(query, i, kField)) continue;
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
            const auto name = joined(words, k);
            if (!is_speaker_name(name, db)) continue;
            out += query.substr(last, begin - last) + '"' + name + '"';
            last = ends[k - 1];
            i = last - 1;
            break;
        }
    }
    return out + query.substr(last);
}

}  // namespace newsdex
