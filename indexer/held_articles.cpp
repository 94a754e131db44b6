#include "held_articles.hpp"

#include "newsdex/schema.hpp"

namespace newsdex {

namespace {
constexpr std::string_view kPrefix = "newsdex.held:";
// The key may be shortened (a hash for a long id): the value keeps the id whole.
std::string key(const std::string& id) {
    return schema::id_term(kPrefix, id);
}
}  // namespace

std::vector<std::string> held_article_ids(const Xapian::Database& db) {
    std::vector<std::string> out;
    const std::string prefix(kPrefix);
    for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k)
        if (auto id = db.get_metadata(*k); !id.empty()) out.push_back(std::move(id));
    return out;
}

bool is_held(const Xapian::Database& db, const std::string& id) {
    return db.get_metadata(key(id)) == id;
}

void hold_article(Xapian::WritableDatabase& db, const std::string& id) {
    db.set_metadata(key(id), id);
}

void release_article(Xapian::WritableDatabase& db, const std::string& id) {
    db.set_metadata(key(id), std::string());
}

}  // namespace newsdex
