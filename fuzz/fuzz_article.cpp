// Fuzz target: a text file's bytes through the article reader (text checks, YAML front matter,
// title). InputError is the documented answer to a bad file; anything else escaping is a
// finding.

#include <cstddef>
#include <cstdint>
#include <string>

#include "article_reader.hpp"
#include "newsdex/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const newsdex::SourceFile file{"fuzz/input.txt", "input.txt"};
    try {
        auto article = newsdex::parse_article(
            std::string(reinterpret_cast<const char*>(data), size), file);
        // What the rest of the pipeline relies on.
        if (article.id.empty() || article.path != file.path) __builtin_trap();
    } catch (const newsdex::InputError&) {
    }
    return 0;
}
