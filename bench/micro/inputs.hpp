#pragma once
// Input sets shared by the microbenchmarks: real prose read with the indexer's own reader,
// loaded once, outside any timed loop.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/article.hpp"
#include "passage_builder.hpp"

namespace newsdex::bench {

struct InputSet {
    std::string name;
    std::vector<Article> articles;
    std::int64_t bytes = 0;  ///< article bodies, the text every stage works through
};

/// "corpora" (corpora/seed and corpora/samples), then the first ~2 MB of speeches: "ungdc"
/// from the folder NEWSDEX_BENCH_CORPUS names (scripts/bench sets it), else "sotu", the State
/// of the Union addresses, when ../shared/datasets/speeches/sotu exists beside the repository.
const std::vector<std::string>& input_names();

/// Read on first use. Throws when the files cannot be read.
const InputSet& input_set(std::size_t index);

/// The repository's speaker table and topic taxonomy, read on first use.
const AnalysisTables& analysis_tables();

void set_throughput(benchmark::State& state, const InputSet& set, std::int64_t passages);

/// Registers `name/<input>` for each input set; a set that cannot be read skips with its error.
template <class Fn>
void register_per_input(std::string_view name, Fn fn) {
    for (std::size_t i = 0; i < input_names().size(); ++i) {
        auto full = std::string(name) + "/" + input_names()[i];
        benchmark::RegisterBenchmark(full.c_str(), [fn, i](benchmark::State& state) {
            const InputSet* set = nullptr;
            try {
                set = &input_set(i);
                analysis_tables();
            } catch (const std::exception& e) {
                state.SkipWithError(e.what());
                return;
            }
            fn(state, *set);
        })->Unit(benchmark::kMillisecond);
    }
}

}  // namespace newsdex::bench
