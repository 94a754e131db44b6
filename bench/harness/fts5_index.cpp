#include "fts5_index.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "sqlite_db.hpp"

namespace newsdex::bench {

void build_fts5(const CorpusFiles& corpus, const std::string& db_path) {
    eval::SqliteDb db(db_path);
    db.exec("CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, body, "
            "tokenize='porter unicode61'); BEGIN;");
    auto insert = db.prepare("INSERT INTO docs(path, body) VALUES (?, ?)");
    for (const auto& path : corpus.paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw std::runtime_error(path + ": cannot read");
        std::ostringstream body;
        body << in.rdbuf();
        const auto text = body.str();
        sqlite3_bind_text(insert.get(), 1, path.c_str(), static_cast<int>(path.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert.get(), 2, text.c_str(), static_cast<int>(text.size()), SQLITE_STATIC);
        db.check(sqlite3_step(insert.get()));
        sqlite3_reset(insert.get());
    }
    db.exec("COMMIT;");
}

}  // namespace newsdex::bench
