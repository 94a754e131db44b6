#include "duplicate_filter.hpp"

#include <algorithm>
#include <map>

namespace newsdex {

std::vector<Candidate> drop_repeated_paragraphs(std::vector<Candidate> candidates) {
    // Matched terms of the quotes of each (article, paragraph).
    std::map<std::pair<std::string, int>, std::set<std::string>> quoted;
    for (const auto& c : candidates)
        if (c.hit.passage.kind == PassageKind::quote)
            quoted[{c.hit.passage.article_id, c.hit.passage.paragraph}].insert(c.terms.begin(),
                                                                              c.terms.end());
    std::vector<Candidate> kept;
    for (auto& c : candidates) {
        const auto& p = c.hit.passage;
        if (p.kind != PassageKind::quote) {
            auto it = quoted.find({p.article_id, p.ordinal});
            if (it != quoted.end() && std::includes(it->second.begin(), it->second.end(),
                                                    c.terms.begin(), c.terms.end()))
                continue;
        }
        kept.push_back(std::move(c));
    }
    return kept;
}

}  // namespace newsdex
