// Fuzz target: the `docid<TAB>text` reader. InputError (not text, empty) is documented;
// bad lines are reported in the list, never thrown.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "newsdex/errors.hpp"
#include "tsv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<newsdex::FileFailure> bad_lines;
    try {
        const auto articles = newsdex::parse_tsv(
            std::string(reinterpret_cast<const char*>(data), size), "fuzz.tsv", bad_lines);
        std::set<std::string> ids;
        for (const auto& a : articles)
            if (a.id.empty() || !ids.insert(a.id).second) __builtin_trap();
    } catch (const newsdex::InputError&) {
    }
    return 0;
}
