#pragma once
// Reading YAML for the indexer's tables and front matter, with errors that name the file,
// what it was meant to be and the line.

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "newsdex/errors.hpp"

namespace newsdex {

/// Where parsed YAML came from: the file, what it was meant to be ("speaker table") and the
/// file line its text starts on.
struct YamlSource {
    std::string path;
    std::string what;
    int first_line = 1;
};

/// The file's text; InputError(path, "cannot read <what>") when it cannot be read.
std::string read_yaml_text(const std::string& path, std::string_view what);

/// Parses YAML text. A syntax error (nesting too deep included) becomes InputError(path,
/// "malformed <what> at line N: …"). Aliases are shared, not copied, so a few lines can
/// name a list millions of times over, or name themselves: a document that, aliases
/// followed, has more than about two nodes a byte of text is refused too, so any walk over
/// what this returns costs no more than the text's size.
YAML::Node parse_yaml(const std::string& text, const YamlSource& source);
YAML::Node parse_yaml(const std::string& text, const std::string& path, std::string_view what,
                      int first_line = 1);

/// InputError(path, "<what> at line N: <problem>"), N the file line of `at` ("at or before line N"
/// for an empty value, which has no place of its own).
InputError yaml_error(const YamlSource& source, const YAML::Node& at, const std::string& problem);

/// "a list", "a map", "empty", "a value": what a node is, for error messages.
std::string_view yaml_shape(const YAML::Node& node);

/// The text of a scalar node; anything else (a list, a map, an empty value) is a
/// yaml_error "<role> must be <expected>, not <shape>".
std::string yaml_scalar(const YamlSource& source, const YAML::Node& node, std::string_view role,
                        std::string_view expected = "a single value");

}  // namespace newsdex
