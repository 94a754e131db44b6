// Segmentation: segment() splitting each article's body into paragraph and turn passages.

#include "inputs.hpp"
#include "segmenter.hpp"

namespace newsdex::bench {

namespace {

void bm_segment(benchmark::State& state, const InputSet& set) {
    std::int64_t passages = 0;
    for (const auto& article : set.articles)
        passages += static_cast<std::int64_t>(segment(article).size());
    for (auto _ : state) {
        for (const auto& article : set.articles) {
            auto out = segment(article);
            benchmark::DoNotOptimize(out);
        }
    }
    set_throughput(state, set, passages);
}

[[maybe_unused]] const bool registered_segmenter =
    (register_per_input("segment", bm_segment), true);

}  // namespace

}  // namespace newsdex::bench
