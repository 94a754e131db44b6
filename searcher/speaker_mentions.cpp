#include "speaker_mentions.hpp"

#include <algorithm>

#include "newsdex/schema.hpp"
#include "query_scan.hpp"

namespace newsdex {

namespace s = newsdex::schema;

namespace {
constexpr std::string_view kField = "speaker:";
}  // namespace

std::optional<SpeakerSplit> split_speakers(const SearchRequest& request) {
    SpeakerSplit split;
    const auto& query = request.query;
    if (request.prose) {
        split.rest = query;
    } else {
        bool in_quotes = false;
        bool brackets = false;
        std::size_t last = 0;
        for (std::size_t i = 0; i < query.size(); ++i) {
            const char c = query[i];
            if (c == '"') in_quotes = !in_quotes;
            if (in_quotes) continue;
            if (c == '(' || c == ')') brackets = true;
            if (!query_scan::field_at(query, i, kField)) continue;
            // A `+`/`-` before the field asks for it, or against it, among other words: that
            // is not a plain filter.
            if (i > 0 && (query[i - 1] == '+' || query[i - 1] == '-')) return std::nullopt;
            auto begin = i + kField.size();
            auto end = begin;
            std::string name;
            if (end < query.size() && query[end] == '"') {
                const auto close = query.find('"', end + 1);
                if (close == std::string::npos) return std::nullopt;
                name = query.substr(end + 1, close - end - 1);
                end = close + 1;
            } else {
                while (end < query.size() && !query_scan::is_space(query[end])) ++end;
                name = query.substr(begin, end - begin);
            }
            split.rest += query.substr(last, i - last);
            split.names.push_back(name);
            last = end;
            i = end - 1;
        }
        split.rest += query.substr(last);
        if (brackets && !split.names.empty()) return std::nullopt;
        if (!split.names.empty() && !query_scan::operators(query).empty()) return std::nullopt;
    }
    split.names.insert(split.names.end(), request.speakers.begin(), request.speakers.end());
    if (split.names.empty()) return std::nullopt;
    return split;
}

Xapian::Query naming_query(const std::vector<std::string>& names) {
    static thread_local const auto stem = s::stemmer();
    std::vector<Xapian::Query> each;
    for (const auto& name : names) {
        const auto words = s::words(s::fold(name));
        if (words.empty()) continue;
        auto term = [&](const std::string& w) {
            return Xapian::Query(std::string(s::kStemmed) + stem(w));
        };
        Xapian::Query named = term(words.back());
        if (words.size() > 1) {
            std::vector<Xapian::Query> others;
            for (std::size_t i = 0; i + 1 < words.size(); ++i) others.push_back(term(words[i]));
            named = Xapian::Query(Xapian::Query::OP_AND_MAYBE, named,
                                  Xapian::Query(Xapian::Query::OP_OR, others.begin(), others.end()));
        }
        each.push_back(named);
    }
    return Xapian::Query(Xapian::Query::OP_OR, each.begin(), each.end());
}

Xapian::Query spoken_by_query(const std::vector<std::string>& names) {
    std::vector<Xapian::Query> terms;
    for (const auto& name : names) {
        auto filter = s::filter_terms(s::kSpeaker, name);
        if (!filter.empty()) terms.emplace_back(filter.back());
    }
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace newsdex
