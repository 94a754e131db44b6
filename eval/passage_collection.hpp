#pragma once
// A passage test collection: articles in folders, searches, and passages judged by a file
// path, a passage kind and a snippet of their text — the unit judged is the passage newsdex
// returns, not the article. The judgments name passages by their words, not by ordinal, so
// they survive changes to how articles are split.

#include <string>
#include <vector>

#include "collection.hpp"

namespace newsdex::eval {

/// True when `dir` holds judgments.tsv (a passage collection) rather than docs.tsv.
bool is_passage_collection(const std::string& dir);

/// Reads queries.tsv (`qid<TAB>query[<TAB>type]`, a `qid` header line skipped),
/// judgments.tsv (`qid, file, kind, snippet, grade`; kind `article` with snippet `-` judges
/// the whole article), sources.txt (`name<TAB>folder`, the folder relative to `dir`) and the
/// optional unit.txt (`passages`, the default, or `articles`). Throws
/// std::runtime_error naming the file and line; a source folder that is absent is an error
/// that says so.
Collection load_passage_collection(const std::string& dir);

/// Every passage of the index: (passage id, text), and each one's judged-file key and kind.
struct IndexedPassage {
    std::string id;
    std::string file;  ///< source name + path under its folder; empty outside every source
    std::string kind;
    std::string text;
};
std::vector<IndexedPassage> read_passages(const std::string& db_path,
                                          const std::vector<Source>& sources);

/// Turns judgments into qrels over passage ids: each judgment grades every passage of its
/// file and kind that holds its snippet (whitespace compared loosely); a judgment of kind
/// `article` (snippet `-`, collections judged by article only) grades every passage of its
/// file, so the article's grade is its own. Returns the judgments that matched no passage.
std::vector<Judgment> resolve_judgments(const std::vector<Judgment>& judgments,
                                        const std::vector<IndexedPassage>& passages,
                                        Qrels& qrels);

/// The judged-file key of an indexed file: its source's name and its path under the source's
/// folder; empty outside every source.
std::string file_key(const std::string& path, const std::vector<Source>& sources);

/// Article-level judging of a passage collection: each article (its file key) graded as
/// its best judged passage, and the article's text for the baselines, its paragraphs and
/// turns in reading order (quotes repeat them).
Qrels article_qrels(const Qrels& passage_qrels, const std::vector<IndexedPassage>& passages);
Documents article_documents(const std::vector<IndexedPassage>& passages);
/// The same texts as one line each (paragraphs joined by a space).
Documents article_lines(const std::vector<IndexedPassage>& passages);
/// A passage collection judged by article lines, as a classic collection: `docs_path`
/// holds the lines, the queries are their words (no fields), the qrels the articles'.
Collection lines_collection(const Collection& judged, const std::string& docs_path);

/// A query for the baselines: newsdex's field syntax reduced to its words
/// (`speaker:"gordon brown" budget` → `gordon brown budget`).
std::string baseline_words(const std::string& query);

}  // namespace newsdex::eval
