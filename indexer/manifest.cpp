#include "manifest.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "newsdex/schema.hpp"
#include "newsdex/utf8.hpp"

namespace newsdex {

namespace {
constexpr std::string_view kPrefix = "newsdex.file:";
std::string key(const std::string& path) { return schema::id_term(kPrefix, path); }

// Paths (and the ids made from them) are bytes, not always UTF-8, and JSON holds only
// UTF-8: other bytes are kept exactly as {"hex": "…"}.
nlohmann::json bytes_json(const std::string& bytes) {
    if (!invalid_utf8_offset(bytes)) return bytes;
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : bytes) {
        hex += kDigits[c >> 4];
        hex += kDigits[c & 15];
    }
    return {{"hex", hex}};
}

std::string json_bytes(const nlohmann::json& j) {
    if (j.is_string()) return j.get<std::string>();
    if (!j.is_object() || !j.contains("hex") || !j["hex"].is_string()) return {};
    const auto& hex = j["hex"].get_ref<const std::string&>();
    auto digit = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out += static_cast<char>(digit(hex[i]) * 16 + digit(hex[i + 1]));
    return out;
}

}  // namespace

Manifest load_manifest(const Xapian::Database& db) {
    Manifest out;
    const std::string prefix(kPrefix);
    for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
        auto value = db.get_metadata(*k);
        if (value.empty()) continue;
        auto j = nlohmann::json::parse(value, nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("path")) continue;
        FileState s;
        s.size = j.value("size", std::uint64_t{0});
        s.mtime_ns = j.value("mtime_ns", std::int64_t{0});
        s.hash = j.value("hash", std::string());
        if (j.contains("article_id")) s.article_id = json_bytes(j["article_id"]);
        if (j.contains("article_ids") && j["article_ids"].is_array())
            for (const auto& id : j["article_ids"]) s.article_ids.push_back(json_bytes(id));
        if (j.contains("error")) s.error = json_bytes(j["error"]);
        s.format = j.value("format", std::string());
        // Manifests from before the field: only a TSV file listed its articles.
        if (s.format.empty() && !s.article_ids.empty()) s.format = "tsv";
        out[json_bytes(j["path"])] = s;
    }
    return out;
}

void record_file(Xapian::WritableDatabase& db, const std::string& path, const FileState& s) {
    nlohmann::json j = {{"path", bytes_json(path)},
                        {"size", s.size},
                        {"mtime_ns", s.mtime_ns},
                        {"hash", s.hash},
                        {"article_id", bytes_json(s.article_id)}};
    if (!s.error.empty()) j["error"] = bytes_json(s.error);
    if (!s.format.empty()) j["format"] = s.format;
    if (!s.article_ids.empty()) {
        auto& ids = j["article_ids"] = nlohmann::json::array();
        for (const auto& id : s.article_ids) ids.push_back(bytes_json(id));
    }
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
