#pragma once
// The benchmark corpus as every system sees it: the .txt files under a folder, in path order.

#include <cstdint>
#include <string>
#include <vector>

namespace newsdex::bench {

struct CorpusFiles {
    std::vector<std::string> paths;  ///< sorted
    std::uint64_t bytes = 0;
};

/// Throws std::runtime_error when the folder cannot be walked or holds no .txt file.
CorpusFiles list_corpus(const std::string& folder);

/// Bytes of a file, or of every file under a folder (an index's size on disk).
std::uint64_t size_on_disk(const std::string& path);

}  // namespace newsdex::bench
