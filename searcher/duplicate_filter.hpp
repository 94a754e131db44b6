#pragma once
// Keeps the same words from showing twice: a paragraph is dropped when the quotes taken
// from it that also matched cover every word it matched (the quote is the better answer).

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "newsdex/searcher.hpp"

namespace newsdex {

struct Candidate {
    SearchHit hit;
    std::set<std::string> terms;  ///< the index terms of the query that the passage matched
    bool terms_known = false;     ///< `terms` filled in (only quotes and their paragraphs need it)
    Xapian::docid docid = 0;
    std::size_t rank = 0;  ///< place in the match set
    double from_article = 0;  ///< what its article's best passage added to the score
};

/// Candidates in rank order in, the survivors in the same order out. Needs `terms` of every
/// quote and of every paragraph a quote among the candidates came from.
std::vector<Candidate> drop_repeated_paragraphs(std::vector<Candidate> candidates);

}  // namespace newsdex
