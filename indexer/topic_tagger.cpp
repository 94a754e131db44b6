#include "topic_tagger.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

std::vector<std::string> stems_of(std::string_view text) {
    static thread_local Xapian::Stem stemmer = schema::stemmer();
    std::vector<std::string> out;
    for (const auto& w : schema::words(schema::fold(text))) out.push_back(stemmer(w));
    return out;
}

TopicTagger TopicTagger::load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError(path, "cannot read topic taxonomy");
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), path);
}

TopicTagger TopicTagger::parse(const std::string& yaml, const std::string& path) {
    TopicTagger tagger;
    YAML::Node root;
    try {
        root = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
        throw InputError(path, "malformed topic taxonomy at line " +
                                   std::to_string(e.mark.line + 1) + ": " + e.msg);
    }
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
