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

/// One judged passage of a passage collection: in `file` (a source's name, then the path
/// under its folder), the passage of `kind` whose text holds `snippet`.
struct Judgment {
    std::string qid;
    std::string file;
    std::string kind;
    std::string snippet;
    int grade = 0;
};

/// A folder of articles and the name that stands for it in judgments (`bbc`).
struct Source {
    std::string name;
    std::string path;
};

struct Collection {
    std::string name;       ///< the folder's name
    std::string docs_path;  ///< docid<TAB>text, one document a line (classic collections)
    std::vector<Query> queries;
    Qrels qrels;  ///< for a passage collection, filled from `judgments` once it is indexed
    /// A passage collection's article folders and judgments (see passage_collection.hpp).
    std::vector<Source> sources;
    std::vector<Judgment> judgments;
    /// Judge articles instead: each article's grade is the best of its judged passages
    /// (a passage collection whose folder has `unit.txt` saying `articles`).
    bool article_unit = false;
    /// Judge articles, each indexed as one line of text as a classic collection's documents
    /// are (`unit.txt` saying `article-lines`).
    bool line_unit = false;
    bool passages() const { return !sources.empty(); }
    bool unit_is_passages() const { return passages() && !article_unit && !line_unit; }
};

/// Throws std::runtime_error naming the file and the problem.
Collection load_collection(const std::string& dir);

/// (docid, text) pairs, in file order.
using Documents = std::vector<std::pair<std::string, std::string>>;

/// The documents of docs.tsv, for the baselines that index them themselves: those newsdex
/// indexes, so a docid used again (the later line) is left out, as newsdex-index leaves it.
Documents read_docs(const std::string& docs_path);

/// Writes `docid<TAB>text` lines (tabs and line breaks in a text made spaces).
void write_docs(const std::string& path, const Documents& docs);

/// Writes `qid Q0 docid rank score tag` lines, queries in file order.
void write_trec_run(const std::string& path, const std::vector<Query>& queries, const Run& run,
                    const std::string& tag);

}  // namespace newsdex::eval
