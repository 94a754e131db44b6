// Numbered points written out in words across paragraphs: `First, …` in one, `Second, …`
// and `And third, …` in the next ones.

#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "attribution.hpp"

namespace newsdex::attribution {

namespace {

constexpr std::array<std::string_view, 5> kOrdinals = {"first", "second", "third", "fourth",
                                                       "fifth"};

// The ordinal (1 for `First`) a sentence opens with, followed by a comma: `Second,`,
// `Secondly,`, `And third,`; 0 for none.
std::size_t opening_ordinal(std::string_view sentence) {
    std::string lower;
    for (char c : sentence.substr(0, 16))
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view s = lower;
    if (s.starts_with("and ")) s.remove_prefix(4);
    for (std::size_t i = 0; i < kOrdinals.size(); ++i) {
        const auto word = kOrdinals[i];
        if (!s.starts_with(word)) continue;
        auto rest = s.substr(word.size());
        if (rest.starts_with("ly")) rest.remove_prefix(2);
        if (rest.starts_with(",")) return i + 1;
    }
    return 0;
}

}  // namespace

bool next_enumerated_point(std::string_view previous, std::string_view paragraph) {
    const auto n = opening_ordinal(paragraph);
    if (n < 2) return false;
    // The point before it opens the previous paragraph or one of its sentences.
    for (std::size_t at = 0; at < previous.size();) {
        if (opening_ordinal(previous.substr(at)) == n - 1) return true;
        const auto stop = previous.find(". ", at);
        if (stop == std::string_view::npos) break;
        at = stop + 2;
    }
    return false;
}

}  // namespace newsdex::attribution
