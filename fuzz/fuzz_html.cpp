// Fuzz target: a file's bytes as a folder walk would read a .html file: the charset found
// and converted (text_encoding.hpp), the format sniffed (input_formats.hpp) and the page read
// by gumbo (html_reader.hpp, html_text.hpp). Only InputError may escape; what is returned has
// a non-blank body of valid UTF-8 without NULs and a title within the limit.

#include <cstddef>
#include <cstdint>
#include <string>

#include "front_matter.hpp"
#include "html_text.hpp"
#include "input_formats.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    // The fragment reader feeds use, on the same bytes as text.
    for (const auto& p : newsdex::html_paragraphs(bytes))
        if (p.empty()) __builtin_trap();
    try {
        const auto read = newsdex::read_articles(bytes, {"fuzz.html", "fuzz.html"});
        for (const auto& a : read.articles) {
            if (a.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos) __builtin_trap();
            if (newsdex::invalid_utf8_offset(a.body)) __builtin_trap();
            if (a.body.find('\0') != std::string::npos) __builtin_trap();
            if (a.title.size() > newsdex::kMaxTitleBytes) __builtin_trap();
        }
    } catch (const newsdex::InputError&) {
    }
    return 0;
}
