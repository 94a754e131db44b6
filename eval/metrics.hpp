#pragma once
// Retrieval effectiveness measures over a TREC-style run and judgments, as trec_eval
// defines them: MAP, nDCG@10, P@10, MRR and R-precision.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace newsdex::eval {

/// qid → docid → grade (> 0 is relevant).
using Qrels = std::map<std::string, std::map<std::string, int>>;
/// qid → docids, best first.
using Run = std::map<std::string, std::vector<std::string>>;

struct Scores {
    double map = 0, ndcg10 = 0, p10 = 0, mrr = 0, rprec = 0;
    std::size_t queries = 0;  ///< judged queries (with at least one relevant document)
};

double average_precision(const std::vector<std::string>& ranked,
                         const std::map<std::string, int>& grades);
/// Gain = grade, discount log2(rank + 1), normalised by the ideal ordering of all judgments.
double ndcg_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades,
               std::size_t k);
double precision_at(const std::vector<std::string>& ranked,
                    const std::map<std::string, int>& grades, std::size_t k);
double reciprocal_rank(const std::vector<std::string>& ranked,
                       const std::map<std::string, int>& grades);
double r_precision(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades);

/// Means over every judged query; a judged query missing from the run scores 0.
Scores evaluate(const Run& run, const Qrels& qrels);

}  // namespace newsdex::eval
