#include "source_files.hpp"

#include <algorithm>
#include <filesystem>

#include "input_formats.hpp"
#include "input_paths.hpp"

namespace newsdex {

namespace fs = std::filesystem;

namespace {

bool indexable(const fs::path& path, InputFormat format) {
    const auto ext = extension_of(path.string());
    if (format == InputFormat::tsv) return ext == ".tsv";
    if (format == InputFormat::jsonl) return ext == ".jsonl" || ext == ".ndjson";
    return readable_extension(ext);
}

// A folder's README describes the folder; it is not one of its articles.
bool readme(const fs::path& path) {
    auto stem = path.stem().string();
    std::transform(stem.begin(), stem.end(), stem.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return stem == "readme";
}

// The tables the indexer reads from an indexed folder: not articles, and not left out.
bool table(const fs::path& path) {
    const auto name = path.filename().string();
    return name == "speakers.yaml" || name == "topics.yaml" || name == "synonyms.yaml";
}

bool hidden(const fs::path& path) {
    auto name = path.filename().string();
    return name.size() > 1 && name[0] == '.';
}

// The database folder, or one of the folders newsdex writes beside it (`DB.compacting`).
bool excluded(const fs::path& dir, const WalkRules& rules) {
    if (rules.excluded.empty()) return false;
    const auto real = real_path(dir).string();
    for (const auto& x : rules.excluded)
        if (real == x || (real.starts_with(x + ".") && real.find('/', x.size()) == std::string::npos))
            return true;
    return false;
}

struct Walk {
    InputFormat format;
    const WalkRules& rules;
    const std::vector<fs::path>& real_roots;
    std::vector<FileFailure>& failures;
    std::vector<FileFailure>* skipped;
    std::map<std::string, std::size_t>* skipped_by_extension;
};

// A symlinked file is taken when its target lies inside one of the indexed folders: a
// link out of them (`shadow.md -> /etc/shadow`) would make a file searchable that nobody
// chose to index.
bool link_allowed(const fs::path& link, const Walk& walk) {
    if (walk.rules.follow_symlinks) return true;
    const auto target = real_path(link);
    for (const auto& root : walk.real_roots)
        if (within(target, root)) return true;
    if (walk.skipped)
        walk.skipped->push_back({link.string(), "symbolic link to " + target.string() +
                                                    ", outside the indexed folders (use "
                                                    "--follow-symlinks to index it)"});
    return false;
}

void walk_folder(const fs::path& root, const Walk& walk, std::vector<SourceFile>& out) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
    if (ec) {
        walk.failures.push_back({root.string(), "cannot list folder: " + ec.message()});
        return;
    }
    for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            walk.failures.push_back({it->path().string(), "cannot list folder: " + ec.message()});
            ec.clear();
            continue;
        }
        const auto& path = it->path();
        if (hidden(path)) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_directory(ec)) {
            if (excluded(path, walk.rules)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec) || readme(path)) continue;
        if (!indexable(path, walk.format)) {
            // Files of other kinds (photos, office documents) are counted, so a summary can
            // say what was left out; with --input tsv or jsonl only those files are sought.
            if (walk.format == InputFormat::files && walk.skipped_by_extension && !table(path)) {
                const auto ext = extension_of(path.string());
                ++(*walk.skipped_by_extension)[ext.empty() ? "(none)" : ext];
            }
            continue;
        }
        if (it->is_symlink(ec) && !link_allowed(path, walk)) continue;
        out.push_back({path.string(), path.lexically_relative(root).generic_string()});
    }
}

}  // namespace

std::vector<SourceFile> find_source_files(const std::vector<std::string>& roots,
                                          std::vector<FileFailure>& failures,
                                          InputFormat format, const WalkRules& rules,
                                          std::vector<FileFailure>* skipped,
                                          std::map<std::string, std::size_t>* skipped_by_extension) {
    std::vector<fs::path> real_roots;
    for (const auto& root : roots) real_roots.push_back(real_path(root));
    const Walk walk{format, rules, real_roots, failures, skipped, skipped_by_extension};
    std::vector<SourceFile> out;
    for (const auto& root : roots) {
        if (root == "-") {
            if (format != InputFormat::files) out.push_back({"-", "-"});
            else failures.push_back({root, "standard input is read with --input tsv or jsonl only"});
            continue;
        }
        std::error_code ec;
        auto status = fs::status(root, ec);
        if (ec || !fs::exists(status)) {
            failures.push_back({root, "no such file or folder"});
        } else if (fs::is_directory(status)) {
            std::vector<SourceFile> found;
            walk_folder(fs::path(root), walk, found);
            std::sort(found.begin(), found.end(),
                      [](const auto& a, const auto& b) { return a.relative < b.relative; });
            out.insert(out.end(), found.begin(), found.end());
        } else if (format == InputFormat::files && !indexable(root, format)) {
            failures.push_back({root, "not a file newsdex reads (" + readable_extensions() + ")"});
        } else {
            out.push_back({root, fs::path(root).filename().generic_string()});
        }
    }
    return out;
}

}  // namespace newsdex
