#include <sqlite3.h>

#include <memory>
#include <stdexcept>

#include "baselines.hpp"

namespace newsdex::eval {

namespace {

using Db = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

void check(sqlite3* db, int rc) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
}

Statement prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* raw = nullptr;
    check(db, sqlite3_prepare_v2(db, sql, -1, &raw, nullptr));
    return Statement(raw, &sqlite3_finalize);
}

// unicode61 splits on ASCII punctuation and spaces; each piece is quoted so that words
// like AND, OR, NOT and NEAR stay words.
std::string or_of_words(const std::string& text) {
    std::string out, word;
    auto flush = [&] {
        if (word.empty()) return;
        out += (out.empty() ? "\"" : " OR \"") + word + "\"";
        word.clear();
    };
    for (unsigned char c : text) {
        if (c >= 0x80 || std::isalnum(c))
            word += static_cast<char>(c);
        else
            flush();
    }
    flush();
    return out;
}

}  // namespace

Run fts5_run(const Documents& docs, const std::vector<Query>& queries, std::size_t depth) {
    sqlite3* raw = nullptr;
    Db db(nullptr, &sqlite3_close);
    int rc = sqlite3_open(":memory:", &raw);
    db.reset(raw);
    check(db.get(), rc);
    check(db.get(), sqlite3_exec(db.get(),
                                 "CREATE VIRTUAL TABLE docs USING fts5(docid UNINDEXED, body, "
                                 "tokenize='porter unicode61'); BEGIN;",
                                 nullptr, nullptr, nullptr));
    {
        auto insert = prepare(db.get(), "INSERT INTO docs(docid, body) VALUES (?, ?)");
        for (const auto& [id, text] : docs) {
            sqlite3_bind_text(insert.get(), 1, id.c_str(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert.get(), 2, text.c_str(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT);
            check(db.get(), sqlite3_step(insert.get()));
            sqlite3_reset(insert.get());
        }
    }
    check(db.get(), sqlite3_exec(db.get(), "COMMIT;", nullptr, nullptr, nullptr));

    auto select = prepare(db.get(),
                          "SELECT docid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?");
    Run run;
    for (const auto& q : queries) {
        auto& ranked = run[q.id];
        const auto match = or_of_words(q.text);
        if (match.empty()) continue;
        sqlite3_bind_text(select.get(), 1, match.c_str(), static_cast<int>(match.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_int64(select.get(), 2, static_cast<sqlite3_int64>(depth));
        while ((rc = sqlite3_step(select.get())) == SQLITE_ROW)
            ranked.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0)));
        check(db.get(), rc);
        sqlite3_reset(select.get());
    }
    return run;
}

}  // namespace newsdex::eval
