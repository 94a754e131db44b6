#include "query_set.hpp"

#include <fstream>
#include <stdexcept>

namespace newsdex::bench {

std::string words_only(const std::string& text) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text[pos] == ' ') {
            ++pos;
            continue;
        }
        auto end = text.find(' ', pos);
        const auto colon = text.find(':', pos);
        const bool field = colon != std::string::npos && (end == std::string::npos || colon < end);
        if (field && colon + 1 < text.size() && text[colon + 1] == '"') {
            const auto close = text.find('"', colon + 2);
            end = close == std::string::npos ? std::string::npos : close + 1;
        }
        if (end == std::string::npos) end = text.size();
        if (!field) out += (out.empty() ? "" : " ") + text.substr(pos, end - pos);
        pos = end;
    }
    return out;
}

std::vector<BenchQuery> load_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read");
    std::vector<BenchQuery> queries;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        BenchQuery q{line, words_only(line), false};
        q.filtered = q.words != line;
        queries.push_back(std::move(q));
    }
    if (queries.empty()) throw std::runtime_error(path + ": no queries");
    return queries;
}

}  // namespace newsdex::bench
