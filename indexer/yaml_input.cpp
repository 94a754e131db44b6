#include "yaml_input.hpp"

#include <fstream>
#include <sstream>

#include "newsdex/errors.hpp"

namespace newsdex {

std::string read_yaml_text(const std::string& path, std::string_view what) {
    std::ifstream in(path);
    if (!in) throw InputError(path, "cannot read " + std::string(what));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

YAML::Node parse_yaml(const std::string& text, const std::string& path, std::string_view what,
                      int first_line) {
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw InputError(path, "malformed " + std::string(what) + " at line " +
                                   std::to_string(e.mark.line + first_line) + ": " + e.msg);
    }
}

}  // namespace newsdex
