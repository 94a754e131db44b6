#include "write_floor.hpp"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>
#include <thread>
#include <vector>

namespace newsdex::bench {

namespace fs = std::filesystem;

namespace {

// About what newsdex-index commits at once: 1,000 UN speeches are ~30,000 passages.
constexpr std::size_t kDocumentsPerCommit = 30000;

std::vector<Xapian::Document> documents_of(const std::string& path) {
    Xapian::Database db(path, Xapian::DB_BACKEND_GLASS);
    std::vector<Xapian::Document> out;
    out.reserve(db.get_doccount());
    for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
        const auto stored = db.get_document(*id);
        Xapian::Document doc;
        for (auto t = stored.termlist_begin(); t != stored.termlist_end(); ++t) {
            if (t.get_wdf() > 0) doc.add_term(*t, t.get_wdf());
            else doc.add_boolean_term(*t);
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
                doc.add_posting(*t, *p, 0);
        }
        for (auto v = stored.values_begin(); v != stored.values_end(); ++v)
            doc.add_value(v.get_valueno(), *v);
        doc.set_data(stored.get_data());
        out.push_back(std::move(doc));
    }
    return out;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

WriteFloor measure_write_floor(const std::string& db, const std::string& scratch, unsigned shards) {
    const auto docs = documents_of(db);
    WriteFloor floor;
    floor.documents = docs.size();
    floor.shards = shards = std::max(1u, shards);
    fs::remove_all(scratch);
    fs::create_directories(scratch);
    std::vector<std::string> dirs;
    for (unsigned s = 0; s < shards; ++s) dirs.push_back(scratch + "/shard" + std::to_string(s));

    auto started = std::chrono::steady_clock::now();
    std::vector<std::exception_ptr> errors(shards);
    std::vector<std::thread> writers;
    for (unsigned s = 0; s < shards; ++s)
        writers.emplace_back([&, s] {
            try {
                Xapian::WritableDatabase out(dirs[s], Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
                std::size_t pending = 0;
                out.begin_transaction();
                for (auto i = docs.size() * s / shards; i < docs.size() * (s + 1) / shards; ++i) {
                    out.add_document(docs[i]);
                    if (++pending < kDocumentsPerCommit) continue;
                    out.commit_transaction();
                    out.begin_transaction();
                    pending = 0;
                }
                out.commit_transaction();
            } catch (...) {
                errors[s] = std::current_exception();
            }
        });
    for (auto& w : writers) w.join();
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
    floor.write_seconds = seconds_since(started);

    started = std::chrono::steady_clock::now();
    Xapian::Database all;
    for (const auto& d : dirs) all.add_database(Xapian::Database(d, Xapian::DB_BACKEND_GLASS));
    all.compact(scratch + "/merged", shards == 1 ? Xapian::DBCOMPACT_NO_RENUMBER : 0);
    floor.compact_seconds = seconds_since(started);
    fs::remove_all(scratch);
    return floor;
}

}  // namespace newsdex::bench
