// Reads the microbenchmarks' input sets and analysis tables from the source tree.

#include "inputs.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <cstdlib>
#include <stdexcept>
#include <utility>

#include "article_reader.hpp"
#include "input_formats.hpp"
#include "source_files.hpp"

namespace newsdex::bench {

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kMaxFileBytes = 32ull << 20;
constexpr std::uint64_t kSpeechBytes = 2'000'000;

constexpr std::string_view kSourceDir = NEWSDEX_SOURCE_DIR;

// scripts/bench points NEWSDEX_BENCH_CORPUS at its UN General Debate subset; without it,
// the State of the Union addresses beside the repository.
std::pair<std::string, fs::path> speeches() {
    if (const char* corpus = std::getenv("NEWSDEX_BENCH_CORPUS"); corpus && *corpus)
        return {"ungdc", corpus};
    return {"sotu", fs::path(kSourceDir).parent_path() / "shared/datasets/speeches/sotu"};
}

std::vector<SourceFile> source_files(const std::vector<std::string>& roots) {
    std::vector<FileFailure> failures;
    auto files = find_source_files(roots, failures);
    if (!failures.empty())
        throw std::runtime_error(failures.front().path + ": " + failures.front().error);
    if (files.empty()) throw std::runtime_error("no input files under " + roots.front());
    return files;
}

InputSet finish(InputSet set) {
    for (const auto& a : set.articles) set.bytes += static_cast<std::int64_t>(a.body.size());
    return set;
}

InputSet read_corpora() {
    InputSet set;
    set.name = "corpora";
    auto corpora = fs::path(kSourceDir) / "corpora";
    for (const auto& f :
         source_files({(corpora / "seed").string(), (corpora / "samples").string()}))
        set.articles.push_back(read_article(f, kMaxFileBytes));
    return finish(std::move(set));
}

InputSet read_speeches() {
    InputSet set;
    set.name = speeches().first;
    std::uint64_t total = 0;
    for (const auto& f : source_files({speeches().second.string()})) {
        if (total >= kSpeechBytes) break;
        auto text = read_file_bytes(f, kMaxFileBytes);
        total += text.size();
        set.articles.push_back(parse_article(std::move(text), f));
    }
    return finish(std::move(set));
}

}  // namespace

const std::vector<std::string>& input_names() {
    static const auto names = [] {
        std::vector<std::string> out{"corpora"};
        std::error_code ec;
        if (fs::is_directory(speeches().second, ec)) out.push_back(speeches().first);
        return out;
    }();
    return names;
}

const InputSet& input_set(std::size_t index) {
    static std::map<std::size_t, std::unique_ptr<InputSet>> sets;
    auto& set = sets[index];
    if (!set) set = std::make_unique<InputSet>(index == 0 ? read_corpora() : read_speeches());
    return *set;
}

const AnalysisTables& analysis_tables() {
    static const auto tables = [] {
        auto corpora = fs::path(kSourceDir) / "corpora";
        return AnalysisTables{SpeakerTable::load((corpora / "speakers.yaml").string()),
                              TopicTagger::load((corpora / "topics.yaml").string())};
    }();
    return tables;
}

void set_throughput(benchmark::State& state, const InputSet& set, std::int64_t passages) {
    const auto iterations = static_cast<std::int64_t>(state.iterations());
    state.SetBytesProcessed(iterations * set.bytes);
    state.counters["passages/s"] =
        benchmark::Counter(static_cast<double>(iterations * passages), benchmark::Counter::kIsRate);
}

}  // namespace newsdex::bench
