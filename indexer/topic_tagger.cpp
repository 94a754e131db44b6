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
        for (std::size_t p = 0; p < topic.phrases.size(); ++p)
            tagger.by_first_stem_[topic.phrases[p].front()].emplace_back(tagger.topics_.size(), p);
        tagger.topics_.push_back(std::move(topic));
    }
    return tagger;
}

std::vector<std::string> TopicTagger::topics_of(std::string_view text) const {
    std::vector<std::string> found;
    if (topics_.empty()) return found;
    auto stems = stems_of(text);
    std::vector<bool> hit(topics_.size());
    for (std::size_t i = 0; i < stems.size(); ++i) {
        auto starts = by_first_stem_.find(stems[i]);
        if (starts == by_first_stem_.end()) continue;
        for (const auto& [topic, phrase] : starts->second) {
            if (hit[topic]) continue;
            const auto& words = topics_[topic].phrases[phrase];
            hit[topic] = words.size() <= stems.size() - i &&
                         std::equal(words.begin(), words.end(), stems.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    for (std::size_t t = 0; t < topics_.size(); ++t)
        if (hit[t]) found.push_back(topics_[t].name);
    return found;
}

}  // namespace newsdex
