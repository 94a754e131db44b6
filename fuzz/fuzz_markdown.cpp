// Fuzz target: the Markdown reader (front matter, then CommonMark rendered to text blocks).
// InputError is the documented answer to a bad file; a body it returns is not blank and
// holds no NUL byte.

#include <cstddef>
#include <cstdint>
#include <string>

#include "markdown_reader.hpp"
#include "newsdex/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const newsdex::SourceFile file{"fuzz/input.md", "input.md"};
    try {
        auto article =
            newsdex::read_markdown(std::string(reinterpret_cast<const char*>(data), size), file);
        if (article.id.empty() || article.path != file.path) __builtin_trap();
        if (article.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos) __builtin_trap();
        if (article.body.find('\0') != std::string::npos) __builtin_trap();
    } catch (const newsdex::InputError&) {
    }
    return 0;
}
