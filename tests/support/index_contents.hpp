#pragma once
// What a search can see in a database, to compare an index with a clean build's: every
// passage's stored record, and each article's passages. Plus a corpus generator whose files
// come in versions, for updates.

#include <xapian.h>

#include <map>
#include <set>
#include <string>

#include "newsdex/schema.hpp"
#include "process.hpp"

namespace newsdex::test {

/// `files` articles of six passages each, in `dir`/`name`N.md; `version` changes every
/// article's words.
inline void make_versioned_corpus(const std::string& dir, int files, int version = 0,
                                  const std::string& name = "f") {
    for (int i = 0; i < files; ++i) {
        std::string body = "---\ntitle: Item " + std::to_string(i) + "\n---\n\n";
        for (int p = 0; p < 6; ++p)
            body += "“Paragraph " + std::to_string(p) + " of item " + std::to_string(i) +
                    " version " + std::to_string(version) + " on energy and trade word" +
                    std::to_string(i * 7 + p + version * 1000) +
                    ",” Ilse Maren said. The minister added more words.\n\n";
        write_file(dir + "/" + name + std::to_string(i) + ".md", body);
    }
}

/// Every passage's stored record.
inline std::set<std::string> passage_records(const std::string& db_path) {
    Xapian::Database db(db_path, Xapian::DB_BACKEND_GLASS);
    std::set<std::string> out;
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p)
        out.insert(db.get_document(*p).get_data());
    return out;
}

/// Article id term → the records of its passages.
using ArticlePassages = std::map<std::string, std::set<std::string>>;

inline ArticlePassages article_passages(const Xapian::Database& db) {
    ArticlePassages out;
    const std::string prefix(schema::kArticle);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        auto& records = out[*t];
        for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p)
            records.insert(db.get_document(*p).get_data());
    }
    return out;
}

inline ArticlePassages article_passages(const std::string& db_path) {
    return article_passages(Xapian::Database(db_path, Xapian::DB_BACKEND_GLASS));
}

}  // namespace newsdex::test
