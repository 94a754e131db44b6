// Fuzz target: the feed reader (RSS 2.0, RSS 1.0, Atom through libxml2, item bodies through
// the HTML reader). InputError is the documented answer to a broken or empty feed; what it
// returns has unique, non-blank ids and a non-blank body, and every bad item is reported.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "feed_reader.hpp"
#include "newsdex/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const newsdex::SourceFile file{"fuzz/feed.xml", "feed.xml"};
    std::vector<newsdex::FileFailure> bad_items;
    try {
        const auto articles = newsdex::read_feed(
            std::string_view(reinterpret_cast<const char*>(data), size), file, bad_items);
        std::set<std::string> ids;
        for (const auto& a : articles) {
            if (a.id.find_first_not_of(" \t\r\n\f\v") == std::string::npos) __builtin_trap();
            if (a.body.find_first_not_of(" \t\r\n\f\v") == std::string::npos) __builtin_trap();
            if (!ids.insert(a.id).second) __builtin_trap();
        }
    } catch (const newsdex::InputError&) {
    }
    return 0;
}
