#pragma once
// Tags passages with the topics they mention, from the editable taxonomy in
// corpora/topics.yaml (topic → words and phrases), matched on stems.

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsdex/first_two.hpp"

namespace newsdex {

class TopicTagger {
public:
    /// Throws InputError naming the file when it is not a map of topic → list of phrases.
    static TopicTagger load(const std::string& path);
    static TopicTagger parse(const std::string& yaml, const std::string& path);

    /// Topics whose words or phrases occur in `text`, in taxonomy order.
    std::vector<std::string> topics_of(std::string_view text) const;
    bool empty() const { return topics_.empty(); }

private:
    struct Topic {
        std::string name;
        std::vector<std::vector<std::string>> phrases;  ///< each a sequence of stems
    };
    std::vector<Topic> topics_;
    /// (topic, phrase) indexes by the phrase's first stem, so a text is scanned once.
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> by_first_stem_;
    /// Words that cannot start a phrase are not stemmed.
    FirstTwo first_stems_{{}, {}};
};

/// The stems of a text's words, as the index stems them.
std::vector<std::string> stems_of(std::string_view text);

}  // namespace newsdex
