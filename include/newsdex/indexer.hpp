#pragma once
// Builds or updates a newsdex database from files and folders: the library behind
// newsdex-index, for programs that index without the CLI.

#include <cstdint>
#include <string>
#include <vector>

namespace newsdex {

struct IndexOptions {
    std::string db_path;
    std::vector<std::string> paths;  ///< files and folders to walk
    std::size_t commit_every = 1000;  ///< articles per commit; a commit never splits one
    std::uint64_t max_file_bytes = 32ull << 20;
    /// Speaker table and topic taxonomy; empty: `speakers.yaml` / `topics.yaml` in the first
    /// indexed folder that has one, else the installed defaults (PREFIX/share/newsdex beside
    /// the running binary), else the source tree's corpora/.
    std::string speakers_path;
    std::string topics_path;
};

struct FileFailure {
    std::string path;
    std::string error;
};

struct IndexReport {
    std::size_t articles = 0;
    std::size_t passages = 0;
    std::vector<FileFailure> failed;
    double seconds = 0;
    std::string speakers_path;  ///< the tables actually used ("" when none was found)
    std::string topics_path;
};

/// Indexes every .txt/.md/.markdown file under options.paths, replacing earlier versions of
/// the same articles. Files that cannot be read are reported in the result and skipped.
/// Throws DatabaseError when the database cannot be opened for writing.
IndexReport index_paths(const IndexOptions& options);

}  // namespace newsdex
