#include "topic_tagger.hpp"

#include <algorithm>
#include <optional>

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"
#include "yaml_input.hpp"

namespace newsdex {

namespace {
const Xapian::Stem& thread_stemmer() {
    static thread_local Xapian::Stem stemmer = schema::stemmer();
    return stemmer;
}
}  // namespace

std::vector<std::string> stems_of(std::string_view text) {
    const auto& stemmer = thread_stemmer();
    std::vector<std::string> out;
    for (const auto& w : schema::words(schema::fold(text))) out.push_back(stemmer(w));
    return out;
}

TopicTagger TopicTagger::load(const std::string& path) {
    return parse(read_yaml_text(path, "topic taxonomy"), path);
}

TopicTagger TopicTagger::parse(const std::string& yaml, const std::string& path) {
    TopicTagger tagger;
    const YamlSource source{path, "topic taxonomy", 1};
    const auto root = parse_yaml(yaml, source);
    if (root.IsNull()) return tagger;
    if (!root.IsMap())
        throw yaml_error(source, root,
                         "must map each topic to a list, not " + std::string(yaml_shape(root)));
    for (const auto& entry : root) {
        Topic topic{yaml_scalar(source, entry.first, "a topic", "a name"), {}};
        if (!entry.second.IsSequence())
            throw yaml_error(source, entry.second.IsNull() ? entry.first : entry.second,
                             "topic '" + topic.name + "' must list words and phrases, not " +
                                 std::string(yaml_shape(entry.second)));
        for (const auto& phrase : entry.second) {
            auto stems = stems_of(yaml_scalar(source, phrase, "each of topic '" + topic.name + "'",
                                              "a word or phrase"));
            if (!stems.empty()) topic.phrases.push_back(std::move(stems));
        }
        for (std::size_t p = 0; p < topic.phrases.size(); ++p)
            tagger.by_first_stem_[topic.phrases[p].front()].emplace_back(tagger.topics_.size(), p);
        tagger.topics_.push_back(std::move(topic));
    }
    std::vector<std::string> first_stems;
    for (const auto& [stem, phrases] : tagger.by_first_stem_) first_stems.push_back(stem);
    tagger.first_stems_ = FirstTwo({}, first_stems);
    return tagger;
}

std::vector<std::string> TopicTagger::topics_of(std::string_view text) const {
    std::vector<std::string> found;
    if (topics_.empty()) return found;
    const auto folded = schema::fold(text);
    const std::string_view view(folded);
    const auto spans = schema::word_spans(view);
    // Stemmed only when a phrase could start at or run over the word.
    std::vector<std::optional<std::string>> stems(spans.size());
    auto stem = [&](std::size_t i) -> const std::string& {
        if (!stems[i])
            stems[i] = thread_stemmer()(std::string(view.substr(spans[i].begin, spans[i].end - spans[i].begin)));
        return *stems[i];
    };
    std::vector<bool> hit(topics_.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (!first_stems_.may_match(view.substr(spans[i].begin, spans[i].end - spans[i].begin)))
            continue;
        auto starts = by_first_stem_.find(stem(i));
        if (starts == by_first_stem_.end()) continue;
        for (const auto& [topic, phrase] : starts->second) {
            if (hit[topic]) continue;
            const auto& words = topics_[topic].phrases[phrase];
            if (words.size() > spans.size() - i) continue;
            bool all = true;
            for (std::size_t j = 1; all && j < words.size(); ++j) all = stem(i + j) == words[j];
            hit[topic] = all;
        }
    }
    for (std::size_t t = 0; t < topics_.size(); ++t)
        if (hit[t]) found.push_back(topics_[t].name);
    return found;
}

}  // namespace newsdex
