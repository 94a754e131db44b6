// Fuzz target: a whole article through reading, segmenting, quote extraction, attribution
// and topic tagging (build_passages), with the real speaker table and taxonomy of corpora/.

#include <cstddef>
#include <cstdint>
#include <string>

#include "markdown_reader.hpp"
#include "newsdex/errors.hpp"
#include "passage_builder.hpp"

namespace {

const newsdex::AnalysisTables& tables() {
    static const newsdex::AnalysisTables t{
        newsdex::SpeakerTable::load(NEWSDEX_SOURCE_DIR "/corpora/speakers.yaml"),
        newsdex::TopicTagger::load(NEWSDEX_SOURCE_DIR "/corpora/topics.yaml")};
    return t;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    tables();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    newsdex::Article article;
    try {
        article = newsdex::read_markdown(std::string(reinterpret_cast<const char*>(data), size),
                                         {"fuzz/input.md", "input.md"});
    } catch (const newsdex::InputError&) {
        return 0;
    }
    const auto passages = newsdex::build_passages(article, tables());
    for (std::size_t i = 0; i < passages.size(); ++i) {
        const auto& p = passages[i];
        if (p.ordinal != static_cast<int>(i) || p.paragraph < 0 ||
            p.paragraph > p.ordinal || (p.speaker && p.speaker->empty()))
            __builtin_trap();
    }
    return 0;
}
