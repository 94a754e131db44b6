#pragma once
// The shared secret that write requests carry as `Authorization: Bearer <token>`.

#include <optional>
#include <string>
#include <string_view>

namespace newsdex::serve {

/// The token in `path`: its content without the trailing line break and spaces. nullopt
/// with `problem` set when the file cannot be read or holds no token.
std::optional<std::string> read_token_file(const std::string& path, std::string& problem);

/// Whether an Authorization header value is `Bearer <token>`. The comparison takes the same
/// time wherever the first differing byte is, so timing does not reveal the token.
bool bearer_matches(std::string_view authorization, std::string_view token);

}  // namespace newsdex::serve
