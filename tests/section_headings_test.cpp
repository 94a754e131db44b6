// Round-ups that gather each official's remarks under a heading naming them: the heading's
// person speaks the bare quotations under it, through build_passages on a short round-up in
// the White House's shape.

#include <gtest/gtest.h>

#include "passage_builder.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace section_headings_test {

using namespace newsdex;

namespace {

// The speaker of each quote passage, in order ("-" for none).
std::vector<std::string> quote_speakers(const std::string& body) {
    Article a;
    a.id = "t";
    a.kind = "news";
    a.title = "SUNDAY SHOWS: The pursuit of peace";
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse("- name: Donald Trump\n", "t.yaml"), TopicTagger()};
    std::vector<std::string> out;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::quote) out.push_back(p.speaker.value_or("-"));
    return out;
}

}  // namespace

TEST(SectionHeadings, TheHeadingsPersonSpeaksTheQuotationsUnderIt) {
    EXPECT_EQ(
        quote_speakers("Here’s what you missed:\n\n"
                       "Secretary of State Marco Rubio on Meet the Press\n\n"
                       "“What we’re aiming for here is not a ceasefire.” (Watch)\n\n"
                       "“This is not our war.” (Watch)\n\n"
                       "Special Envoy Steve Witkoff on CNN’s State of the Union\n\n"
                       "“We agreed to robust security guarantees.” (Watch)\n\n"
                       "Secretary Rubio on This Week\n\n"
                       "“Ukraine has to be a part of it.” (Watch)\n"),
        (std::vector<std::string>{"Marco Rubio", "Marco Rubio", "Steve Witkoff", "Marco Rubio"}));
}

TEST(SectionHeadings, NarrationEndsTheHeadingsQuotations) {
    EXPECT_EQ(quote_speakers("Secretary of State Marco Rubio on Meet the Press\n\n"
                             "“This is not our war.” (Watch)\n\n"
                             "The talks resume on Monday in Washington.\n\n"
                             "“It was a win.”\n"),
              (std::vector<std::string>{"Marco Rubio", "-"}));
}

TEST(SectionHeadings, AQuotationWithItsOwnAttributionKeepsIt) {
    EXPECT_EQ(quote_speakers("Special Envoy Steve Witkoff on Fox News Sunday\n\n"
                             "“We made progress,” said President Donald Trump.\n"),
              (std::vector<std::string>{"Donald Trump"}));
}

TEST(SectionHeadings, AHeadingThatNamesNoOneOrIsASentenceNamesNoSpeaker) {
    EXPECT_EQ(quote_speakers("Energy Security\n\n“Energy security is national security.”\n"),
              (std::vector<std::string>{"-"}));
    EXPECT_EQ(quote_speakers("Officials were on the Sunday shows.\n\n“It was a win.”\n"),
              (std::vector<std::string>{"-"}));
    // A modifier before capitalised words is a topic, not an office and a name.
    EXPECT_EQ(quote_speakers("Foreign Policy Voices\n\n“A masterful speech.”\n"),
              (std::vector<std::string>{"-"}));
    EXPECT_EQ(quote_speakers("Foreign Minister Hakan Fidan on CNN Türk\n\n“We want peace.”\n"),
              (std::vector<std::string>{"Hakan Fidan"}));
}

}  // namespace section_headings_test
