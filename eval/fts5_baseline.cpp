#include "baselines.hpp"
#include "fts5_query.hpp"
#include "sqlite_db.hpp"

namespace newsdex::eval {

Run fts5_run(const Documents& docs, const std::vector<Query>& queries, std::size_t depth) {
    SqliteDb db(":memory:");
    db.exec("CREATE VIRTUAL TABLE docs USING fts5(docid UNINDEXED, body, "
            "tokenize='porter unicode61'); BEGIN;");
    {
        auto insert = db.prepare("INSERT INTO docs(docid, body) VALUES (?, ?)");
        for (const auto& [id, text] : docs) {
            sqlite3_bind_text(insert.get(), 1, id.c_str(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert.get(), 2, text.c_str(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT);
            db.check(sqlite3_step(insert.get()));
            sqlite3_reset(insert.get());
        }
    }
    db.exec("COMMIT;");

    auto select = db.prepare("SELECT docid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?");
    Run run;
    for (const auto& q : queries) {
        auto& ranked = run[q.id];
        const auto match = fts5_or_query(q.text);
        if (match.empty()) continue;
        sqlite3_bind_text(select.get(), 1, match.c_str(), static_cast<int>(match.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_int64(select.get(), 2, static_cast<sqlite3_int64>(depth));
        int rc = 0;
        while ((rc = sqlite3_step(select.get())) == SQLITE_ROW)
            ranked.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0)));
        db.check(rc);
        sqlite3_reset(select.get());
    }
    return run;
}

}  // namespace newsdex::eval
