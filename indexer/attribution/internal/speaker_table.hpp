#pragma once
// The editable table of known speakers (corpora/speakers.yaml): a canonical name, the
// aliases and spellings that mean the same person, and the roles that name them.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

class SpeakerTable {
public:
    /// Throws InputError naming the file and the line when it is not a list of {name,
    /// aliases, roles} with names as plain values.
    static SpeakerTable load(const std::string& path);
    static SpeakerTable parse(const std::string& yaml, const std::string& path);

    /// The canonical name for a name or alias, any case or accents.
    std::optional<std::string> canonical(std::string_view name) const;
    /// The person a role phrase names ("Ukrainian President", "the Azerbaijani leader").
    std::optional<std::string> by_role(std::string_view role) const;
    /// Canonical name and every alias: what `speaker:` must match.
    std::vector<std::string> names_of(const std::string& canonical) const;
    std::vector<std::string> canonical_names() const;
    bool empty() const { return entries_.empty(); }

private:
    struct Entry {
        std::string name;
        std::vector<std::string> aliases;
        std::vector<std::string> roles;
    };
    std::vector<Entry> entries_;
    std::map<std::string, std::size_t> by_name_;  ///< folded name or alias → entry
    std::map<std::string, std::size_t> by_role_;  ///< folded role → entry
};

}  // namespace newsdex
