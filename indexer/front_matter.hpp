#pragma once
// Optional YAML front matter between `---` lines at the top of a file.

#include <cstddef>
#include <string>
#include <string_view>

#include "newsdex/article.hpp"

namespace newsdex {

/// Longest front matter block (between the fences) and title taken: each passage carries
/// them, so they are kept to what real articles need.
inline constexpr std::size_t kMaxFrontMatterBytes = 16 * 1024;
inline constexpr std::size_t kMaxTitleBytes = 1024;

/// Applies the front matter of `text` (if any) to `article` and returns the body after it.
/// Throws InputError naming article.path (and the line, where there is one) when the block
/// is unclosed, not YAML, or has a key that is not a plain word or a field of the wrong
/// shape (a list where one value belongs, a date that is not YYYY-MM-DD, a kind newsdex
/// does not know, an empty id), or longer than kMaxFrontMatterBytes, or its title longer
/// than kMaxTitleBytes.
std::string apply_front_matter(std::string_view text, Article& article);

}  // namespace newsdex
