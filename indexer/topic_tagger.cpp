#include "topic_tagger.hpp"

#include <algorithm>

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "yaml_input.hpp"

namespace newsdex {

std::vector<std::string> stems_of(std::string_view text) {
    static thread_local Xapian::Stem stemmer = schema::stemmer();
    std::vector<std::string> out;
    for (const auto& w : schema::words(schema::fold(text))) out.push_back(stemmer(w));
    return out;
}

TopicTagger TopicTagger::load(const std::string& path) {
    return parse(read_yaml_text(path, "topic taxonomy"), path);
}

TopicTagger TopicTagger::parse(const std::string& yaml, const std::string& path) {
    TopicTagger tagger;
    const auto root = parse_yaml(yaml, path, "topic taxonomy");
    if (root.IsNull()) return tagger;
    if (!root.IsMap()) throw InputError(path, "topic taxonomy must map each topic to a list");
    for (const auto& entry : root) {
        Topic topic{entry.first.as<std::string>(), {}};
        if (!entry.second.IsSequence())
            throw InputError(path, "topic '" + topic.name + "' must list words and phrases");
        for (const auto& phrase : entry.second) {
            auto stems = stems_of(phrase.as<std::string>());
            if (!stems.empty()) topic.phrases.push_back(std::move(stems));
        }
        tagger.topics_.push_back(std::move(topic));
    }
    return tagger;
}

std::vector<std::string> TopicTagger::topics_of(std::string_view text) const {
    std::vector<std::string> found;
    if (topics_.empty()) return found;
    auto stems = stems_of(text);
    for (const auto& topic : topics_) {
        bool hit = std::any_of(topic.phrases.begin(), topic.phrases.end(), [&](const auto& p) {
            return std::search(stems.begin(), stems.end(), p.begin(), p.end()) != stems.end();
        });
        if (hit) found.push_back(topic.name);
    }
    return found;
}

}  // namespace newsdex
