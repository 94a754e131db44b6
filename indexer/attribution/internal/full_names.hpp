#pragma once
// A surname made a person's full name, from the article or the speaker table.

#include <optional>
#include <string>

#include "attribution.hpp"

namespace newsdex::attribution {

/// The speaker table's name for `name`; else, when it is a surname alone, the full name the
/// article's `text` gives it (a capitalised word before it, `Celeste Wallander`), else the
/// one person of the table with that surname; nullopt when none of these settles it.
std::optional<std::string> full_name(const std::string& name, const std::string& text,
                                     const SpeakerTable& table);

}  // namespace newsdex::attribution
