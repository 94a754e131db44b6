// Attribution: attribute_article() on segmented articles, and the whole build_passages()
// (segmentation, attribution, quote passages, speaker canonicalisation, topic tagging).

#include "inputs.hpp"
#include "segmenter.hpp"

namespace newsdex::bench {

namespace {

void bm_attribute_article(benchmark::State& state, const InputSet& set) {
    const auto& speakers = analysis_tables().speakers;
    std::vector<std::vector<Passage>> paragraphs;
    std::int64_t passages = 0;
    for (const auto& article : set.articles) {
        paragraphs.push_back(segment(article));
        passages += static_cast<std::int64_t>(paragraphs.back().size());
    }
    for (auto _ : state) {
        for (std::size_t i = 0; i < set.articles.size(); ++i) {
            auto attribution = attribute_article(set.articles[i], paragraphs[i], speakers);
            benchmark::DoNotOptimize(attribution);
        }
    }
    set_throughput(state, set, passages);
}

void bm_build_passages(benchmark::State& state, const InputSet& set) {
    const auto& tables = analysis_tables();
    std::int64_t passages = 0;
    for (const auto& article : set.articles)
        passages += static_cast<std::int64_t>(build_passages(article, tables).size());
    for (auto _ : state) {
        for (const auto& article : set.articles) {
            auto out = build_passages(article, tables);
            benchmark::DoNotOptimize(out);
        }
    }
    set_throughput(state, set, passages);
}

[[maybe_unused]] const bool registered_attribution =
    (register_per_input("attribute_article", bm_attribute_article),
     register_per_input("build_passages", bm_build_passages), true);

}  // namespace

}  // namespace newsdex::bench
