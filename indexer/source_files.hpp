#pragma once
// Finds the files to index under the paths a user names.

#include <string>
#include <vector>

#include "newsdex/indexer.hpp"

namespace newsdex {

struct SourceFile {
    std::string path;      ///< as it can be opened
    std::string relative;  ///< to the named folder (or the file name): the default article id
};

/// Every .txt/.md/.markdown file (.tsv for InputFormat::tsv) under `roots`, sorted,
/// skipping hidden files and folders and README files (a file named explicitly is always
/// taken). Paths that do not exist or cannot be listed are added to `failures`.
std::vector<SourceFile> find_source_files(const std::vector<std::string>& roots,
                                          std::vector<FileFailure>& failures,
                                          InputFormat format = InputFormat::files);

}  // namespace newsdex
