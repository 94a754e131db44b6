#include "attribution/internal/quote_extractor.hpp"

#include <gtest/gtest.h>

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace quote_extractor_test {

using namespace newsdex::attribution;

namespace {
std::vector<std::string> texts(const std::vector<std::string>& paragraphs) {
    std::vector<std::string> out;
    for (const auto& q : extract_quotes(paragraphs)) out.push_back(q.text);
    return out;
}
}  // namespace

TEST(QuoteExtractor, EveryKindOfMark) {
    EXPECT_EQ(texts({"He said: “Curly words.” Then “more”."}),
              (std::vector<std::string>{"Curly words.", "more"}));
    EXPECT_EQ(texts({"She said: \"Straight words,\" and left."}),
              (std::vector<std::string>{"Straight words,"}));
    EXPECT_EQ(texts({"«Nous restons», a-t-il dit."}), (std::vector<std::string>{"Nous restons"}));
    EXPECT_EQ(texts({"‘We don’t have the nurses,’ she said."}),
              (std::vector<std::string>{"We don’t have the nurses,"}));
}

TEST(QuoteExtractor, ApostrophesAreNotQuotes) {
    EXPECT_TRUE(texts({"The minister’s plan and the farmers’ union."}).empty());
    EXPECT_TRUE(texts({"It's Jones' car, isn't it?"}).empty());
}

TEST(QuoteExtractor, QuotesInsideQuotesStayInside) {
    auto q = extract_quotes({"“He told me ‘never again’,” she said. «Il a dit “non”.»"});
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].text, "He told me ‘never again’,");
    EXPECT_EQ(q[1].text, "Il a dit “non”.");
}

TEST(QuoteExtractor, PositionsAreByteOffsetsOfTheMarks) {
    auto q = extract_quotes({"Ab “cd” ef"});
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].segments[0].paragraph, 0u);
    EXPECT_EQ(q[0].segments[0].open, 3u);
    EXPECT_EQ(q[0].segments[0].close, 3u + 3 + 2);  // “ is three bytes
    EXPECT_TRUE(q[0].segments[0].closed);
}

TEST(QuoteExtractor, QuoteRunningOverParagraphs) {
    auto q = extract_quotes({"“We have farmers with full silos.", "“This corridor is trade,” Lusk said.",
                             "Unrelated."});
    ASSERT_EQ(q.size(), 1u);
    ASSERT_EQ(q[0].segments.size(), 2u);
    EXPECT_FALSE(q[0].segments[0].closed);
    EXPECT_EQ(q[0].segments[1].paragraph, 1u);
    EXPECT_EQ(q[0].text, "We have farmers with full silos. This corridor is trade,");
}

TEST(QuoteExtractor, UnclosedQuoteEndsWithItsParagraphWithoutAContinuationMark) {
    auto q = extract_quotes({"He said \"we will win.", "Then \"later\" came."});
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].text, "we will win.");
    EXPECT_EQ(q[1].text, "later");
}

TEST(QuoteExtractor, QuoteRunsOnThroughUnmarkedParagraphsToItsClosingMark) {
    // The Armenian presidency's release of 10 August 2014: Putin's remarks open with “ in
    // the first paragraph and close with ” three paragraphs on, none re-opened.
    auto q = extract_quotes({"RF President Vladimir Putin said in his remarks, “I would like to "
                             "thank you once again.",
                             "In my opinion, this creates a certain atmosphere.",
                             "You are welcome to add your comments,” President Vladimir Putin "
                             "said.",
                             "Unrelated."});
    ASSERT_EQ(q.size(), 1u);
    ASSERT_EQ(q[0].segments.size(), 3u);
    EXPECT_EQ(q[0].segments[2].paragraph, 2u);
    EXPECT_TRUE(q[0].segments[2].closed);
    // A straight closing mark, or a closing one that never comes, ends it with its paragraph.
    EXPECT_EQ(texts({"He said, “we will win.", "Then nothing.", "Later \"ok\" came."}),
              (std::vector<std::string>{"we will win.", "ok"}));
}

TEST(QuoteExtractor, LostParagraphBreakContinuesTheQuote) {
    // BBC text: `"A. "B." She said …` — the second mark re-opens the same quotation.
    auto q = extract_quotes({"Ms Hewitt said: \"We have doubled it. \"We are going further.\" "
                             "She said more. \"Third.\""});
    ASSERT_EQ(q.size(), 2u);
    ASSERT_EQ(q[0].segments.size(), 2u);
    EXPECT_EQ(q[0].text, "We have doubled it. We are going further.");
    EXPECT_EQ(q[1].text, "Third.");
}

}  // namespace quote_extractor_test
