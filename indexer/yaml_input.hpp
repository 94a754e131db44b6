#pragma once
// Reading YAML for the indexer's tables and front matter, with errors that name the file,
// what it was meant to be and the line.

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

namespace newsdex {

/// The file's text; InputError(path, "cannot read <what>") when it cannot be read.
std::string read_yaml_text(const std::string& path, std::string_view what);

/// Parses YAML text; a syntax error becomes InputError(path, "malformed <what> at line N:
/// …"), N counted from `first_line` (the file line the text starts on).
YAML::Node parse_yaml(const std::string& text, const std::string& path, std::string_view what,
                      int first_line = 1);

}  // namespace newsdex
