#include "internal/letter_slips.hpp"

namespace newsdex::attribution {

LetterSlip letter_slip(std::string_view a, std::string_view b) {
    const auto shorter = a.size() <= b.size() ? a : b;
    const auto longer = a.size() <= b.size() ? b : a;
    if (longer.size() - shorter.size() > 1) return {};
    std::size_t i = 0;
    while (i < shorter.size() && shorter[i] == longer[i]) ++i;
    if (shorter.size() != longer.size())
        return shorter.substr(i) == longer.substr(i + 1)
                   ? LetterSlip{LetterSlip::Kind::added, i}
                   : LetterSlip{};
    if (i == shorter.size()) return {};
    if (shorter.substr(i + 1) == longer.substr(i + 1)) return {LetterSlip::Kind::changed, i};
    if (i + 1 < shorter.size() && shorter[i] == longer[i + 1] && shorter[i + 1] == longer[i] &&
        shorter.substr(i + 2) == longer.substr(i + 2))
        return {LetterSlip::Kind::swapped, i};
    return {};
}

}  // namespace newsdex::attribution
