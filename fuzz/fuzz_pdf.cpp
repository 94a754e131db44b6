// Fuzz target: the PDF reader (poppler's parser, then the paragraphs rebuilt from lines).
// InputError is the documented answer to a damaged, encrypted or textless PDF; a body it
// returns is not blank.

#include <cstddef>
#include <cstdint>
#include <string>

#include "newsdex/errors.hpp"
#include "pdf_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const newsdex::SourceFile file{"fuzz/input.pdf", "input.pdf"};
    try {
        auto article =
            newsdex::read_pdf(std::string_view(reinterpret_cast<const char*>(data), size), file);
        if (article.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos) __builtin_trap();
    } catch (const newsdex::InputError&) {
    }
    return 0;
}
