// Fuzz target: the JSON Lines reader. It throws nothing: every bad line is reported in the
// list; what it returns has unique, non-blank ids and a non-blank body.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "jsonl_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<newsdex::FileFailure> bad_lines;
    const auto articles = newsdex::parse_jsonl(
        std::string(reinterpret_cast<const char*>(data), size), "fuzz.jsonl", bad_lines);
    std::set<std::string> ids;
    for (const auto& a : articles) {
        if (a.id.find_first_not_of(" \t\r\n\f\v") == std::string::npos) __builtin_trap();
        if (a.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos) __builtin_trap();
        if (!ids.insert(a.id).second) __builtin_trap();
    }
    return 0;
}
