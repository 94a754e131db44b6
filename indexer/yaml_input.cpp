#include "yaml_input.hpp"

#include <fstream>
#include <sstream>
#include <vector>

namespace newsdex {

namespace {

std::string at_line(const YamlSource& source, const YAML::Node& node) {
    if (!node.IsDefined()) return {};
    const auto mark = node.Mark();
    if (mark.is_null()) return {};
    // yaml-cpp places an empty value at the token after it, which may be lines later.
    return (node.IsNull() ? " at or before line " : " at line ") +
           std::to_string(mark.line + source.first_line);
}

// Follows every alias, without recursion (a document can contain itself), and stops once
// more nodes were visited than the text could hold written out.
void check_expansion(const YAML::Node& root, std::size_t text_size, const YamlSource& source) {
    const std::size_t limit = 2 * text_size + 64;
    std::size_t visited = 0;
    std::vector<YAML::Node> todo{root};
    while (!todo.empty()) {
        const YAML::Node node = todo.back();
        todo.pop_back();
        if (++visited > limit)
            throw yaml_error(source, node,
                             "aliases expand it beyond " + std::to_string(limit) +
                                 " values (an alias repeated over and over, or one that "
                                 "contains itself)");
        if (node.IsSequence()) {
            for (const auto& item : node) todo.push_back(item);
        } else if (node.IsMap()) {
            for (const auto& entry : node) {
                todo.push_back(entry.first);
                todo.push_back(entry.second);
            }
        }
    }
}

}  // namespace

std::string read_yaml_text(const std::string& path, std::string_view what) {
    std::ifstream in(path);
    if (!in) throw InputError(path, "cannot read " + std::string(what));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

YAML::Node parse_yaml(const std::string& text, const YamlSource& source) {
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw InputError(source.path, "malformed " + source.what + " at line " +
                                          std::to_string(e.mark.line + source.first_line) + ": " +
                                          e.msg);
    }
    check_expansion(root, text.size(), source);
    return root;
}

YAML::Node parse_yaml(const std::string& text, const std::string& path, std::string_view what,
                      int first_line) {
    return parse_yaml(text, YamlSource{path, std::string(what), first_line});
}

InputError yaml_error(const YamlSource& source, const YAML::Node& at, const std::string& problem) {
    return InputError(source.path, source.what + at_line(source, at) + ": " + problem);
}

std::string_view yaml_shape(const YAML::Node& node) {
    if (!node || node.IsNull()) return "empty";
    if (node.IsSequence()) return "a list";
    if (node.IsMap()) return "a map";
    return "a value";
}

std::string yaml_scalar(const YamlSource& source, const YAML::Node& node, std::string_view role,
                        std::string_view expected) {
    if (node && node.IsScalar()) return node.Scalar();
    throw yaml_error(source, node,
                     std::string(role) + " must be " + std::string(expected) + ", not " +
                         std::string(yaml_shape(node)));
}

}  // namespace newsdex
