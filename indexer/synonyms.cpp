#include "synonyms.hpp"

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "yaml_input.hpp"

namespace newsdex {

namespace s = newsdex::schema;

SynonymGroups load_synonyms(const std::string& path) {
    SynonymGroups groups;
    const auto root = parse_yaml(read_yaml_text(path, "synonym list"), path, "synonym list");
    if (root.IsNull()) return groups;
    if (!root.IsSequence()) throw InputError(path, "synonym list must be a list of lists");
    for (const auto& group : root) {
        if (!group.IsSequence()) throw InputError(path, "each synonym group must be a list");
        std::vector<std::string> words;
        for (const auto& w : group) words.push_back(w.as<std::string>());
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
