#pragma once
// Optional YAML front matter between `---` lines at the top of a file.

#include <string>
#include <string_view>

#include "newsdex/article.hpp"

namespace newsdex {

/// Applies the front matter of `text` (if any) to `article` and returns the body after it.
/// Throws InputError naming article.path (and the line, where there is one) when the block
/// is unclosed, not YAML, or has a key that is not a plain word or a field of the wrong
/// shape (a list where one value belongs, a date that is not YYYY-MM-DD, a kind newsdex
/// does not know, an empty id).
std::string apply_front_matter(std::string_view text, Article& article);

}  // namespace newsdex
