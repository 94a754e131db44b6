// The analyser: schema::fold alone, the indexer's one-pass schema::index_passage_words, fold
// plus the schema's TermGenerator (what that pass replaced, for comparison) indexing passage
// text into a Xapian::Document, and the whole DocumentBuilder::build of each passage's record.

#include <xapian.h>

#include <map>

#include "document_builder.hpp"
#include "inputs.hpp"
#include "newsdex/passage_record.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::bench {

namespace {

struct Prepared {
    std::vector<PassageRecord> records;
    std::vector<std::vector<std::string>> speaker_names;
};

// Passages as the indexer writes them (see write_article), built once per input set.
const Prepared& prepared(const InputSet& set) {
    static std::map<const InputSet*, Prepared> cache;
    auto [it, added] = cache.try_emplace(&set);
    if (!added) return it->second;
    const auto& tables = analysis_tables();
    for (const auto& article : set.articles) {
        for (const auto& passage : build_passages(article, tables)) {
            it->second.speaker_names.push_back(passage.speaker
                                                   ? tables.speakers.names_of(*passage.speaker)
                                                   : std::vector<std::string>{});
            it->second.records.push_back(PassageRecord::from(article, passage));
        }
    }
    return it->second;
}

void bm_fold(benchmark::State& state, const InputSet& set) {
    const auto& records = prepared(set).records;
    for (auto _ : state) {
        for (const auto& r : records) {
            auto folded = schema::fold(r.text);
            benchmark::DoNotOptimize(folded);
        }
    }
    set_throughput(state, set, static_cast<std::int64_t>(records.size()));
}

void bm_term_generator(benchmark::State& state, const InputSet& set) {
    const auto& records = prepared(set).records;
    auto generator = schema::term_generator();
    for (auto _ : state) {
        for (const auto& r : records) {
            Xapian::Document doc;
            generator.set_document(doc);
            generator.index_text(schema::fold(r.text));
            benchmark::DoNotOptimize(doc);
        }
    }
    set_throughput(state, set, static_cast<std::int64_t>(records.size()));
}

void bm_passage_words(benchmark::State& state, const InputSet& set) {
    const auto& records = prepared(set).records;
    const auto stemmer = schema::stemmer();
    for (auto _ : state) {
        for (const auto& r : records) {
            Xapian::Document doc;
            auto spelling = schema::index_passage_words(doc, stemmer, r.text, r.title, false);
            benchmark::DoNotOptimize(doc);
            benchmark::DoNotOptimize(spelling);
        }
    }
    set_throughput(state, set, static_cast<std::int64_t>(records.size()));
}

void bm_document_builder(benchmark::State& state, const InputSet& set) {
    const auto& [records, speaker_names] = prepared(set);
    DocumentBuilder builder(false);
    for (auto _ : state) {
        for (std::size_t i = 0; i < records.size(); ++i) {
            auto doc = builder.build(records[i], speaker_names[i]);
            benchmark::DoNotOptimize(doc);
        }
    }
    set_throughput(state, set, static_cast<std::int64_t>(records.size()));
}

[[maybe_unused]] const bool registered_analyser =
    (register_per_input("fold", bm_fold),
     register_per_input("passage_words", bm_passage_words),
     register_per_input("fold_term_generator", bm_term_generator),
     register_per_input("document_builder", bm_document_builder), true);

}  // namespace

}  // namespace newsdex::bench
