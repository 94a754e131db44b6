#pragma once
// Articles indexed without a file (newsdex::Index, JSON lines or TSV on standard input):
// recorded in the database's metadata beside the manifest, so that no file takes their ids
// and no folder reindex deletes them.

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// Who owns a held article, as a file's path names the owner of its articles.
inline constexpr std::string_view kHeldOwner =
    "an article indexed without a file (newsdex::Index or standard input)";

std::vector<std::string> held_article_ids(const Xapian::Database& db);
bool is_held(const Xapian::Database& db, const std::string& id);
void hold_article(Xapian::WritableDatabase& db, const std::string& id);
void release_article(Xapian::WritableDatabase& db, const std::string& id);

}  // namespace newsdex
