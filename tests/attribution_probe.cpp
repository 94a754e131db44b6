// Development aid: prints every quote of the given files with the speaker attribution
// gives it, and each paragraph's speaker. Not a test; built with the tests.

#include <cstdio>

#include "input_formats.hpp"
#include "passage_builder.hpp"
#include "segmenter.hpp"

int main(int argc, char** argv) {
    using namespace newsdex;
    auto table = SpeakerTable::load(std::string(NEWSDEX_SOURCE_DIR) + "/corpora/speakers.yaml");
    for (int i = 1; i < argc; ++i) {
        auto article = read_article({argv[i], argv[i]}, 64 << 20);
        auto passages = segment(article);
        std::vector<std::string> texts;
        for (const auto& p : passages) texts.push_back(p.text);
        auto result = attribute_article(article, passages, table);
        for (std::size_t p = 0; p < texts.size(); ++p)
            std::printf("P%zu speaker=%s\n", p + 1,
                        result.paragraph_speakers[p] ? result.paragraph_speakers[p]->c_str() : "-");
        for (const auto& q : result.quotes) {
            const auto& s = q.quote.segments.front();
            std::printf("Q p%zu@%zu %s%s [%s]: %.70s\n", s.paragraph + 1, s.open,
                        q.speaker ? q.speaker->c_str() : "-", q.scare ? " (scare)" : "", q.evidence.c_str(),
                        q.quote.text.c_str());
        }
    }
}
