#include "attribution.hpp"
#include "internal/letter_slips.hpp"

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

// A real calendar day written YYYY-MM-DD.
bool is_day(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string day_of(const YamlSource& source, const YAML::Node& node, const std::string& what) {
    if (!node || node.IsNull()) return {};
    auto text = yaml_scalar(source, node, "'" + what + "'", "a day YYYY-MM-DD");
    if (!is_day(text))
        throw yaml_error(source, node,
                         "'" + what + "' must be a day YYYY-MM-DD, not '" + text + "'");
    return text;
}

// `roles:` holds plain strings (held always) and maps {role, from, to} (held for a time).
std::vector<Office> offices(const YamlSource& source, const YAML::Node& node) {
    std::vector<Office> out;
    if (!node || node.IsNull()) return out;
    if (!node.IsSequence())
        throw yaml_error(source, node,
                         "'roles' must be a list, not " + std::string(yaml_shape(node)));
    if (node.size() > kMaxAliases)
        throw yaml_error(source, node,
                         "'roles' lists more than " + std::to_string(kMaxAliases) + " names");
    for (const auto& item : node) {
        Office office;
        if (item.IsMap()) {
            for (const auto& field : item) {
                const auto k = field.first.IsScalar() ? field.first.Scalar() : std::string();
                if (k != "role" && k != "from" && k != "to")
                    throw yaml_error(source, field.first,
                                     "a dated role has only 'role', 'from' and 'to', not '" +
                                         k + "'");
            }
            const auto role = item["role"];
            if (!role || role.IsNull()) throw yaml_error(source, item, "a dated role needs 'role'");
            office.from = day_of(source, item["from"], "from");
            office.to = day_of(source, item["to"], "to");
            if (!office.from.empty() && !office.to.empty() && office.from > office.to)
                throw yaml_error(source, item,
                                 "'from' " + office.from + " is after 'to' " + office.to);
            // `role: [President of the United States, US President]`: one term, several
            // ways of writing the office.
            for (auto& name : role.IsSequence() ? strings(source, role, "role")
                                                : std::vector<std::string>{yaml_scalar(
                                                      source, role, "'role'", "a name")}) {
                if (key(name).empty())
                    throw yaml_error(source, role, "'role' must have a word in it");
                office.role = std::move(name);
                out.push_back(office);
            }
            continue;
        }
        office.role = yaml_scalar(source, item, "each of 'roles'", "a name or {role, from, to}");
        if (key(office.role).empty())
            throw yaml_error(source, item, "each of 'roles' must have a word in it");
        out.push_back(std::move(office));
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
                offices(source, node["roles"])};
        if (key(e.name).empty()) throw yaml_error(source, name, "'name' must have a word in it");
        auto index = table.entries_.size();
        table.by_name_[key(e.name)] = index;
        for (const auto& a : e.aliases) table.by_name_[key(a)] = index;
        for (const auto& o : e.offices) {
            if (o.dated())
                table.dated_.emplace(without_article(key(o.role)), DatedOffice{index, o});
            else
                table.by_role_[without_article(key(o.role))] = index;
        }
        table.entries_.push_back(std::move(e));
    }
    return table;
}

std::optional<std::string> SpeakerTable::canonical(std::string_view name) const {
    auto it = by_name_.find(key(name));
    if (it == by_name_.end()) return std::nullopt;
    return entries_[it->second].name;
}

std::optional<OfficeHolder> SpeakerTable::holder(std::string_view role,
                                                  std::string_view date) const {
    const auto k = without_article(key(role));
    if (!date.empty()) {
        const DatedOffice* found = nullptr;
        const auto [first, last] = dated_.equal_range(k);
        for (auto it = first; it != last; ++it) {
            const auto& o = it->second.office;
            if ((!o.from.empty() && date < o.from) || (!o.to.empty() && date > o.to)) continue;
            // Two people that day: the table cannot tell which one the text means.
            if (found && found->entry != it->second.entry) return std::nullopt;
            found = &it->second;
        }
        if (found) return OfficeHolder{entries_[found->entry].name, found->office};
    }
    auto it = by_role_.find(k);
    if (it == by_role_.end()) return std::nullopt;
    return OfficeHolder{entries_[it->second].name, Office{std::string(role), {}, {}}};
}

std::optional<std::string> SpeakerTable::by_role(std::string_view role,
                                                 std::string_view date) const {
    auto h = holder(role, date);
    if (!h) return std::nullopt;
    return h->name;
}

bool SpeakerTable::knows_role(std::string_view role) const {
    const auto k = without_article(key(role));
    return by_role_.count(k) > 0 || dated_.count(k) > 0;
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
    std::vector<std::string> out;
    for (const auto& o : entries_[it->second].offices) out.push_back(o.role);
    return out;
}

bool SpeakerTable::in_office(const std::string& canonical, std::string_view date) const {
    auto it = by_name_.find(key(canonical));
    if (date.empty() || it == by_name_.end()) return false;
    for (const auto& o : entries_[it->second].offices)
        if (o.dated() && (o.from.empty() || o.from <= date) && (o.to.empty() || date <= o.to))
            return true;
    return false;
}

std::vector<std::string> SpeakerTable::canonical_names() const {
    std::vector<std::string> out;
    for (const auto& e : entries_) out.push_back(e.name);
    return out;
}

std::optional<std::string> SpeakerTable::canonical_with_letter_slip(std::string_view name) const {
    const auto k = key(name);
    // A short name is too near others to be read as a slip for one of them.
    if (k.size() < 10 || k.find(' ') == std::string::npos) return std::nullopt;
    for (const auto& [held, entry] : by_name_) {
        if (held.find(' ') == std::string::npos) continue;
        const auto slip = letter_slip(k, held);
        const auto& longer = held.size() < k.size() ? k : held;
        const auto at = slip.at;
        // Two neighbouring letters swapped inside a word (`Zelesnkyy`).
        if (slip.kind == LetterSlip::Kind::swapped && k[at] != ' ' && k[at + 1] != ' ')
            return entries_[entry].name;
        // A doubled letter written once, or a single one twice (`Mathew` for `Matthew`):
        // the longer spelling's extra letter repeats the one before it, inside a word, not
        // at the end. Or a vowel of the given name left out or put in before its last
        // letter, as a name transliterated from Russian may be (`Alexandr` for `Alexander`),
        // the rest alike.
        if (slip.kind != LetterSlip::Kind::added || at == 0 || longer[at] == ' ') continue;
        const bool doubled = at + 1 < longer.size() && longer[at] == longer[at - 1];
        const bool given_vowel = at + 1 < longer.find(' ') &&
                                 std::string_view("aeiouy").find(longer[at]) != std::string_view::npos;
        if (doubled || given_vowel)
            return entries_[entry].name;
    }
    return std::nullopt;
}

}  // namespace newsdex::attribution
