#include "source_files.hpp"

#include <algorithm>
#include <filesystem>

namespace newsdex {

namespace fs = std::filesystem;

namespace {

bool indexable(const fs::path& path, InputFormat format) {
    auto ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (format == InputFormat::tsv) return ext == ".tsv";
    return ext == ".txt" || ext == ".md" || ext == ".markdown";
}

// A folder's README describes the folder; it is not one of its articles.
bool readme(const fs::path& path) {
    auto stem = path.stem().string();
    std::transform(stem.begin(), stem.end(), stem.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return stem == "readme";
}

bool hidden(const fs::path& path) {
    auto name = path.filename().string();
    return name.size() > 1 && name[0] == '.';
}

void walk(const fs::path& root, InputFormat format, std::vector<SourceFile>& out,
          std::vector<FileFailure>& failures) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
    if (ec) {
        failures.push_back({root.string(), "cannot list folder: " + ec.message()});
        return;
    }
    for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            failures.push_back({it->path().string(), "cannot list folder: " + ec.message()});
            ec.clear();
            continue;
        }
        const auto& path = it->path();
        if (hidden(path)) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec) && indexable(path, format) && !readme(path))
            out.push_back({path.string(), path.lexically_relative(root).generic_string()});
    }
}

}  // namespace

std::vector<SourceFile> find_source_files(const std::vector<std::string>& roots,
                                          std::vector<FileFailure>& failures,
                                          InputFormat format) {
    std::vector<SourceFile> out;
    for (const auto& root : roots) {
        std::error_code ec;
        auto status = fs::status(root, ec);
        if (ec || !fs::exists(status)) {
            failures.push_back({root, "no such file or folder"});
        } else if (fs::is_directory(status)) {
            std::vector<SourceFile> found;
            walk(fs::path(root), format, found, failures);
            std::sort(found.begin(), found.end(),
                      [](const auto& a, const auto& b) { return a.relative < b.relative; });
            out.insert(out.end(), found.begin(), found.end());
        } else if (format == InputFormat::files && !indexable(root, format)) {
            failures.push_back({root, "not a .txt, .md or .markdown file"});
        } else {
            out.push_back({root, fs::path(root).filename().generic_string()});
        }
    }
    return out;
}

}  // namespace newsdex
