#pragma once
// For the attribution evaluations that name a passage by a snippet of its words
// (expected.tsv: file, snippet, expected speaker or `-`, kind): the annotation rows, the
// passage a snippet stands for, and whether that passage carries the expected speaker.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsdex/article.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::test {

/// The tab-separated fields of each line after the header.
inline std::vector<std::vector<std::string>> read_annotation_rows(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
        rows.push_back(std::move(cols));
    }
    return rows;
}

/// Runs of white space as one space, so a snippet matches however the passage was joined.
inline std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

/// The smallest passage holding the (squeezed) snippet — a quote rather than its paragraph;
/// nullptr when none does.
inline const Passage* passage_with(const std::vector<Passage>& passages,
                                   const std::string& snippet) {
    const Passage* found = nullptr;
    for (const auto& p : passages)
        if (squeezed(p.text).find(snippet) != std::string::npos &&
            (!found || p.text.size() < found->text.size()))
            found = &p;
    return found;
}

/// Whether the passage carries the expected speaker (`-`: none), names compared folded.
inline bool speaker_is(const Passage* found, const std::string& expected) {
    if (!found) return false;
    if (expected == "-") return !found->speaker;
    return found->speaker && schema::fold(*found->speaker) == schema::fold(expected);
}

/// What the passage carries, for error lists.
inline std::string speaker_shown(const Passage* found) {
    return !found ? "(no passage)" : found->speaker ? *found->speaker : "-";
}

}  // namespace newsdex::test
