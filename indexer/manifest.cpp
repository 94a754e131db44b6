#include "manifest.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "newsdex/schema.hpp"

namespace newsdex {

namespace {
constexpr std::string_view kPrefix = "newsdex.file:";
std::string key(const std::string& path) { return schema::id_term(kPrefix, path); }
}  // namespace

Manifest load_manifest(const Xapian::Database& db) {
    Manifest out;
    const std::string prefix(kPrefix);
    for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
        auto value = db.get_metadata(*k);
        if (value.empty()) continue;
        auto j = nlohmann::json::parse(value, nullptr, false);
        if (j.is_discarded() || !j.contains("path")) continue;
        FileState s;
        s.size = j.value("size", std::uint64_t{0});
        s.mtime_ns = j.value("mtime_ns", std::int64_t{0});
        s.hash = j.value("hash", std::string());
        s.article_id = j.value("article_id", std::string());
        s.article_ids = j.value("article_ids", std::vector<std::string>());
        out[j["path"].get<std::string>()] = s;
    }
    return out;
}

void record_file(Xapian::WritableDatabase& db, const std::string& path, const FileState& s) {
    nlohmann::json j = {{"path", path},
                        {"size", s.size},
                        {"mtime_ns", s.mtime_ns},
                        {"hash", s.hash},
                        {"article_id", s.article_id}};
    if (!s.article_ids.empty()) j["article_ids"] = s.article_ids;
    db.set_metadata(key(path), j.dump());
}

void forget_file(Xapian::WritableDatabase& db, const std::string& path) {
    db.set_metadata(key(path), std::string());
}

std::string content_hash(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace newsdex
