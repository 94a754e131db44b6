#pragma once
// The manifest: for every indexed file, its size, modification time, content hash and
// article id, kept in the database's metadata so index and bookkeeping commit together.

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

struct FileState {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
    std::string hash;
    std::string article_id;
    std::vector<std::string> article_ids;  ///< a TSV or JSONL file's articles, one a line
    /// "tsv" or "jsonl" for a file of articles one a line; empty for one article a file.
    std::string format;
    /// Why the file could not be indexed as it is (its size and time say which version);
    /// empty when it was. Its earlier articles, if any, stay under article_id(s).
    std::string error;
};

using Manifest = std::map<std::string, FileState>;  ///< absolute path → state

Manifest load_manifest(const Xapian::Database& db);
void record_file(Xapian::WritableDatabase& db, const std::string& path, const FileState& state);
void forget_file(Xapian::WritableDatabase& db, const std::string& path);

/// FNV-1a 64 of the bytes, hex: enough to tell a changed file from a touched one.
std::string content_hash(std::string_view bytes);

}  // namespace newsdex
