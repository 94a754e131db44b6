// Fuzz target: the segmenter on an article body. The first byte picks the article's kind
// (so transcripts are reached without front matter), the rest is the body. Bodies reach the
// segmenter only after the reader's text checks, so input that fails them is skipped.

#include <cstddef>
#include <cstdint>
#include <string>

#include "article_reader.hpp"
#include "newsdex/errors.hpp"
#include "segmenter.hpp"

namespace {

const char* const kinds[] = {"", "news", "declaration", "transcript"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    newsdex::Article article;
    article.id = "fuzz";
    article.path = "fuzz/input.md";
    article.kind = kinds[data[0] % 4];
    if (data[0] & 4) article.speakers = {"Ilse Maren", "Tavi Renn"};
    article.body.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        newsdex::check_text(article.body, article.path);
    } catch (const newsdex::InputError&) {
        return 0;
    }
    for (const auto& paragraph : newsdex::split_paragraphs(article.body))
        if (paragraph.empty()) __builtin_trap();
    const auto passages = newsdex::segment(article);
    for (std::size_t i = 0; i < passages.size(); ++i)
        if (passages[i].ordinal != static_cast<int>(i)) __builtin_trap();
    return 0;
}
