#include "corpus_files.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace newsdex::bench {

namespace fs = std::filesystem;

CorpusFiles list_corpus(const std::string& folder) {
    CorpusFiles corpus;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file() || it->path().extension() != ".txt") continue;
        corpus.paths.push_back(it->path().string());
        corpus.bytes += it->file_size();
    }
    if (ec) throw std::runtime_error(folder + ": " + ec.message());
    if (corpus.paths.empty()) throw std::runtime_error(folder + ": no .txt files");
    std::sort(corpus.paths.begin(), corpus.paths.end());
    return corpus;
}

std::uint64_t size_on_disk(const std::string& path) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
    std::uint64_t total = 0;
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) total += it->file_size();
    return total;
}

}  // namespace newsdex::bench
