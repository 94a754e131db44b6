#pragma once
// A relevance test collection on disk: docs.tsv, queries.tsv and qrels.trec in one folder.

#include <string>
#include <utility>
#include <vector>

#include "metrics.hpp"

namespace newsdex::eval {

struct Query {
    std::string id;
    std::string text;
};

struct Collection {
    std::string name;       ///< the folder's name
    std::string docs_path;  ///< docid<TAB>text, one document a line
    std::vector<Query> queries;
    Qrels qrels;
};

/// Throws std::runtime_error naming the file and the problem.
Collection load_collection(const std::string& dir);

/// (docid, text) pairs, in file order.
using Documents = std::vector<std::pair<std::string, std::string>>;

/// The documents of docs.tsv, for the baselines that index them themselves: those newsdex
/// indexes, so a docid used again (the later line) is left out, as newsdex-index leaves it.
Documents read_docs(const std::string& docs_path);

/// Writes `qid Q0 docid rank score tag` lines, queries in file order.
void write_trec_run(const std::string& path, const std::vector<Query>& queries, const Run& run,
                    const std::string& tag);

}  // namespace newsdex::eval
