#include "topic_tagger.hpp"

#include <gtest/gtest.h>

#include "newsdex/errors.hpp"

using namespace newsdex;

TEST(TopicTagger, MatchesOnStemsAndPhrases) {
    auto t = TopicTagger::parse(
        "energy: [gas, power grid]\ndefence: [defence, defense]\nsovereignty: [territorial integrity]\n",
        "topics.yaml");
    EXPECT_EQ(t.topics_of("Gases and the Power Grids"), std::vector<std::string>{"energy"});
    EXPECT_EQ(t.topics_of("the grid has power"), std::vector<std::string>{}) << "phrase order";
    EXPECT_EQ(t.topics_of("US defense spending"), std::vector<std::string>{"defence"});
    EXPECT_EQ(t.topics_of("Territorial integrity and gas"),
              (std::vector<std::string>{"energy", "sovereignty"}));
    EXPECT_TRUE(t.topics_of("nothing relevant here").empty());
}

TEST(TopicTagger, BadTaxonomyIsAnError) {
    EXPECT_THROW(TopicTagger::parse("- a\n- b\n", "t.yaml"), InputError);
    EXPECT_THROW(TopicTagger::parse("energy: gas\n", "t.yaml"), InputError);
    EXPECT_THROW(TopicTagger::parse("energy: [gas\n", "t.yaml"), InputError);
}

TEST(TopicTagger, TheShippedTaxonomyCoversTheRequiredTopics) {
    auto t = TopicTagger::load(std::string(NEWSDEX_SOURCE_DIR) + "/corpora/topics.yaml");
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"energy", "the interconnector"},     {"defence", "air defense radars"},
        {"security", "hybrid threats"},       {"diplomacy", "a joint declaration"},
        {"economy", "inflation rose"},        {"trade", "export tariffs"},
        {"transport", "a railway line"},      {"infrastructure", "the dam spillway"},
        {"agriculture", "grain harvest"},     {"humanitarian", "refugees fled"},
        {"elections", "the voters"},          {"technology", "data centres"},
        {"environment", "carbon emissions"},  {"health", "rural clinics"},
        {"sovereignty", "territorial integrity"}};
    for (const auto& [topic, text] : cases) {
        auto found = t.topics_of(text);
        EXPECT_NE(std::find(found.begin(), found.end(), topic), found.end()) << topic << ": " << text;
    }
}

// Words are stemmed only where a phrase could start, judged by their first two letters: a
// stem that changes them (dying → die) and a phrase's later words must still be found.
TEST(TopicTagger, FindsPhrasesWhoseStemsChangeTheirFirstLetters) {
    auto tagger = TopicTagger::parse("decline: [dying industries]\nclimate: [climate change]\n"
                                     "code: [\"c++\"]\n", "t.yaml");
    EXPECT_EQ(tagger.topics_of("The Dying industry of the north."), std::vector<std::string>{"decline"});
    EXPECT_EQ(tagger.topics_of("CLIMATE changes fast; C++ too."),
              (std::vector<std::string>{"climate", "code"}));
    EXPECT_TRUE(tagger.topics_of("dying and then industries; a change of climate").empty());
}
