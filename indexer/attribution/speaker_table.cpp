#include "attribution.hpp"

#include "../yaml_input.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

std::string key(std::string_view text) {
    std::string out;
    for (const auto& w : schema::words(schema::fold(text))) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

std::string without_article(std::string k) {
    for (std::string_view article : {"the ", "a ", "an "})
        if (k.starts_with(article)) return k.substr(article.size());
    return k;
}

// More names than any one person has; each becomes a synonym of every other, so the
// synonym table grows with the square of the count.
constexpr std::size_t kMaxAliases = 1000;

std::vector<std::string> strings(const YamlSource& source, const YAML::Node& node,
                                 const std::string& what) {
    std::vector<std::string> out;
    if (!node || node.IsNull()) return out;
    if (!node.IsSequence())
        throw yaml_error(source, node,
                         "'" + what + "' must be a list, not " + std::string(yaml_shape(node)));
    if (node.size() > kMaxAliases)
        throw yaml_error(
            source, node,
            "'" + what + "' lists more than " + std::to_string(kMaxAliases) + " names");
    for (const auto& item : node) {
        out.push_back(yaml_scalar(source, item, "each of '" + what + "'", "a name"));
        if (key(out.back()).empty())
            throw yaml_error(source, item, "each of '" + what + "' must have a word in it");
    }
    return out;
}

}  // namespace

SpeakerTable SpeakerTable::load(const std::string& path) {
    return parse(read_yaml_text(path, "speaker table"), path);
}

SpeakerTable SpeakerTable::parse(const std::string& yaml, const std::string& path) {
    SpeakerTable table;
    const YamlSource source{path, "speaker table", 1};
    const auto root = parse_yaml(yaml, source);
    if (root.IsNull()) return table;
    if (!root.IsSequence())
        throw yaml_error(source, root,
                         "must be a list of entries with name, aliases, roles, not " +
                             std::string(yaml_shape(root)));
    for (const auto& node : root) {
        if (!node.IsMap() || !node["name"])
            throw yaml_error(source, node, "every speaker entry needs a name");
        const auto name = node["name"];
        if (name.IsNull()) throw yaml_error(source, node, "'name' is empty");
        Entry e{yaml_scalar(source, name, "'name'", "a name"),
                strings(source, node["aliases"], "aliases"),
                strings(source, node["roles"], "roles")};
        if (key(e.name).empty()) throw yaml_error(source, name, "'name' must have a word in it");
        auto index = table.entries_.size();
        table.by_name_[key(e.name)] = index;
        for (const auto& a : e.aliases) table.by_name_[key(a)] = index;
        for (const auto& r : e.roles) table.by_role_[without_article(key(r))] = index;
        table.entries_.push_back(std::move(e));
    }
    return table;
}

std::optional<std::string> SpeakerTable::canonical(std::string_view name) const {
    auto it = by_name_.find(key(name));
    if (it == by_name_.end()) return std::nullopt;
    return entries_[it->second].name;
}

std::optional<std::string> SpeakerTable::by_role(std::string_view role) const {
    auto it = by_role_.find(without_article(key(role)));
    if (it == by_role_.end()) return std::nullopt;
    return entries_[it->second].name;
}

std::vector<std::string> SpeakerTable::names_of(const std::string& canonical) const {
    auto it = by_name_.find(key(canonical));
    if (it == by_name_.end()) return {canonical};
    const auto& e = entries_[it->second];
    std::vector<std::string> out{e.name};
    out.insert(out.end(), e.aliases.begin(), e.aliases.end());
    return out;
}

std::vector<std::string> SpeakerTable::roles_of(const std::string& canonical) const {
    auto it = by_name_.find(key(canonical));
    if (it == by_name_.end()) return {};
    return entries_[it->second].roles;
}

std::vector<std::string> SpeakerTable::canonical_names() const {
    std::vector<std::string> out;
    for (const auto& e : entries_) out.push_back(e.name);
    return out;
}

}  // namespace newsdex::attribution
