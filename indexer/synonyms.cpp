#include "synonyms.hpp"

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "yaml_input.hpp"

namespace newsdex {

namespace s = newsdex::schema;

namespace {

// Larger than any real group: each member becomes a synonym of every other, so the
// synonym table grows with the square of a group's size.
constexpr std::size_t kMaxGroup = 1000;

}  // namespace

SynonymGroups load_synonyms(const std::string& path) {
    SynonymGroups groups;
    const YamlSource source{path, "synonym list", 1};
    const auto root = parse_yaml(read_yaml_text(path, "synonym list"), source);
    if (root.IsNull()) return groups;
    if (!root.IsSequence())
        throw yaml_error(source, root,
                         "must be a list of lists, not " + std::string(yaml_shape(root)));
    for (const auto& group : root) {
        if (!group.IsSequence())
            throw yaml_error(
                source, group,
                "each synonym group must be a list, not " + std::string(yaml_shape(group)));
        if (group.size() > kMaxGroup)
            throw yaml_error(
                source, group,
                "a synonym group has more than " + std::to_string(kMaxGroup) + " words");
        std::vector<std::string> words;
        for (const auto& w : group)
            words.push_back(yaml_scalar(source, w, "each synonym", "a word or phrase"));
        groups.push_back(std::move(words));
    }
    return groups;
}

namespace {

// The keys a query word is looked up under; the terms it expands to.
std::vector<std::string> keys(const std::vector<std::string>& words) {
    if (words.size() == 1) return {words.front(), std::string(s::kStemmed) + s::stemmer()(words.front())};
    std::string phrase;
    for (const auto& w : words) phrase += (phrase.empty() ? "" : " ") + w;
    return {phrase};
}

std::vector<std::string> expansions(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    auto stemmer = s::stemmer();
    for (const auto& w : words) out.push_back(std::string(s::kStemmed) + stemmer(w));
    return out;
}

}  // namespace

void write_synonyms(Xapian::WritableDatabase& db, const SynonymGroups& groups) {
    for (const auto& group : groups) {
        std::vector<std::vector<std::string>> members;
        for (const auto& m : group) {
            auto ws = s::words(s::fold(m));
            if (!ws.empty()) members.push_back(std::move(ws));
        }
        for (std::size_t a = 0; a < members.size(); ++a)
            for (std::size_t b = 0; b < members.size(); ++b) {
                if (a == b) continue;
                for (const auto& key : keys(members[a]))
                    for (const auto& term : expansions(members[b])) db.add_synonym(key, term);
            }
    }
}

}  // namespace newsdex
