#pragma once
// Finds the files to index under the paths a user names.

#include <map>
#include <string>
#include <vector>

#include "newsdex/indexer.hpp"

namespace newsdex {

struct SourceFile {
    std::string path;      ///< as it can be opened
    std::string relative;  ///< to the named folder (or the file name): the default article id
    /// `-`: standard input, read once and not tracked by the manifest.
    bool from_stdin() const { return path == "-"; }
};

/// What a walk leaves out besides hidden files, README files and folder symlinks.
struct WalkRules {
    /// Real paths of folders not to enter (the database), with their `PATH.*` siblings.
    std::vector<std::string> excluded;
    /// Take a file symlink whose target lies outside every root.
    bool follow_symlinks = false;
};

/// Every file of a format newsdex reads (.txt, .md, .markdown, .html, .htm, .xhtml, .xml,
/// .rss, .atom, .pdf, .jsonl, .ndjson; .tsv or .jsonl/.ndjson only for InputFormat::tsv,
/// jsonl) under `roots`, sorted, skipping hidden files and folders and README files (a file
/// named explicitly is always taken). Paths that do not exist or cannot be listed are added
/// to `failures`; file symlinks pointing out of the roots (unless rules.follow_symlinks) go
/// to `skipped`. Files a walk of InputFormat::files leaves out for their extension are
/// counted in `skipped_by_extension` (`.jpg` → 10; `(none)` for no extension).
std::vector<SourceFile> find_source_files(const std::vector<std::string>& roots,
                                          std::vector<FileFailure>& failures,
                                          InputFormat format = InputFormat::files,
                                          const WalkRules& rules = {},
                                          std::vector<FileFailure>* skipped = nullptr,
                                          std::map<std::string, std::size_t>* skipped_by_extension =
                                              nullptr);

}  // namespace newsdex
