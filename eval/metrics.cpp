#include "metrics.hpp"

#include <algorithm>
#include <cmath>

namespace newsdex::eval {

namespace {
bool relevant(const std::map<std::string, int>& grades, const std::string& doc) {
    auto it = grades.find(doc);
    return it != grades.end() && it->second > 0;
}
std::size_t relevant_count(const std::map<std::string, int>& grades) {
    return static_cast<std::size_t>(
        std::count_if(grades.begin(), grades.end(), [](const auto& g) { return g.second > 0; }));
}
}  // namespace

double average_precision(const std::vector<std::string>& ranked,
                         const std::map<std::string, int>& grades) {
    const auto total = relevant_count(grades);
    if (total == 0) return 0;
    double sum = 0;
    std::size_t found = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (relevant(grades, ranked[i])) sum += static_cast<double>(++found) / static_cast<double>(i + 1);
    return sum / static_cast<double>(total);
}

double ndcg_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades,
               std::size_t k) {
    double dcg = 0;
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) {
        auto it = grades.find(ranked[i]);
        if (it != grades.end() && it->second > 0) dcg += it->second / std::log2(static_cast<double>(i) + 2);
    }
    std::vector<int> ideal;
    for (const auto& [doc, grade] : grades)
        if (grade > 0) ideal.push_back(grade);
    std::sort(ideal.rbegin(), ideal.rend());
    double idcg = 0;
    for (std::size_t i = 0; i < ideal.size() && i < k; ++i)
        idcg += ideal[i] / std::log2(static_cast<double>(i) + 2);
    return idcg > 0 ? dcg / idcg : 0;
}

double precision_at(const std::vector<std::string>& ranked,
                    const std::map<std::string, int>& grades, std::size_t k) {
    std::size_t hits = 0;
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) hits += relevant(grades, ranked[i]);
    return static_cast<double>(hits) / static_cast<double>(k);
}

double reciprocal_rank(const std::vector<std::string>& ranked,
                       const std::map<std::string, int>& grades) {
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (relevant(grades, ranked[i])) return 1.0 / static_cast<double>(i + 1);
    return 0;
}

double r_precision(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades) {
    const auto r = relevant_count(grades);
    return r == 0 ? 0 : precision_at(ranked, grades, r);
}

Scores evaluate(const Run& run, const Qrels& qrels) {
    Scores s;
    static const std::vector<std::string> none;
    for (const auto& [qid, grades] : qrels) {
        if (relevant_count(grades) == 0) continue;
        auto it = run.find(qid);
        const auto& ranked = it == run.end() ? none : it->second;
        s.map += average_precision(ranked, grades);
        s.ndcg10 += ndcg_at(ranked, grades, 10);
        s.p10 += precision_at(ranked, grades, 10);
        s.mrr += reciprocal_rank(ranked, grades);
        s.rprec += r_precision(ranked, grades);
        ++s.queries;
    }
    if (s.queries > 0) {
        const auto n = static_cast<double>(s.queries);
        s.map /= n, s.ndcg10 /= n, s.p10 /= n, s.mrr /= n, s.rprec /= n;
    }
    return s;
}

}  // namespace newsdex::eval
