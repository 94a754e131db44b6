#pragma once
// One slip of the pen between two spellings of a name: a letter changed, added (or dropped),
// or two neighbouring letters swapped. Transcripts and releases spell one person's name so
// (`Zelesnkyy`, `Mathew Miller`, `Shakhidjanyan`/`Shakhijanyan`).

#include <cstddef>
#include <string_view>

namespace newsdex::attribution {

/// How one spelling becomes the other by a single slip, and where: `at` is the first
/// position at which they differ (for `added`, the extra letter's place in the longer one).
struct LetterSlip {
    enum class Kind { none, changed, added, swapped };
    Kind kind = Kind::none;
    std::size_t at = 0;
};

/// The single slip that turns `a` into `b` (either way round), or `none` when they are equal
/// or more than one slip apart.
LetterSlip letter_slip(std::string_view a, std::string_view b);

}  // namespace newsdex::attribution
