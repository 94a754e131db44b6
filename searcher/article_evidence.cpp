#include "article_evidence.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace newsdex {

std::vector<Candidate> lean_on_article(std::vector<Candidate> candidates, double share) {
    if (share <= 0 || candidates.empty()) return candidates;
    std::map<std::string, double> best;
    for (const auto& c : candidates) {
        auto [it, added] = best.try_emplace(c.hit.passage.article_id, c.hit.score);
        if (!added) it->second = std::max(it->second, c.hit.score);
    }
    for (auto& c : candidates) {
        c.from_article = share * (best.at(c.hit.passage.article_id) - c.hit.score);
        c.hit.score += c.from_article;
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& x, const Candidate& y) { return x.hit.score > y.hit.score; });
    return candidates;
}

}  // namespace newsdex
