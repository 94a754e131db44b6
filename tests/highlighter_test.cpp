#include "highlighter.hpp"

#include <gtest/gtest.h>

#include "newsdex/presenters.hpp"
#include "newsdex/schema.hpp"

using namespace newsdex;

namespace {
std::vector<std::string> matched_words(std::string_view text, const std::set<std::string>& terms) {
    std::vector<std::string> out;
    for (auto m : find_matches(text, terms)) out.emplace_back(text.substr(m.begin, m.end - m.begin));
    return out;
}
}  // namespace

TEST(Highlighter, MarksStemmedFormsAndExactWords) {
    std::string text = "Presidents’ talks: the President talked of Əliyev and TERRITORIAL claims.";
    auto words = matched_words(text, {"Zpresid", "Ztalk", "aliyev", "territorial"});
    EXPECT_EQ(words, (std::vector<std::string>{"Presidents", "talks", "President", "talked",
                                               "Əliyev", "TERRITORIAL"}));
}

// Words are skipped by their first two letters before stemming: every word must still be
// found by its own stem, whatever the stemmer does to it (its exceptions included).
TEST(Highlighter, EveryWordIsFoundByItsOwnStem) {
    auto stem = schema::stemmer();
    for (std::string word : {"skies", "Skis", "dying", "lying", "tying", "idly", "gently", "Ugly",
                             "early", "only", "singly", "news", "Yearly", "youth", "generously",
                             "1990s", "ox", "ÉNERGIE", "Zelenskyy's", "COUNTRIES", "agreed"}) {
        const std::string text = "before " + word + " after";
        const std::set<std::string> terms = {std::string(schema::kStemmed) + stem(schema::fold(word))};
        EXPECT_EQ(matched_words(text, terms), std::vector<std::string>{word}) << *terms.begin();
    }
}

TEST(Highlighter, NoTermsNoMatches) {
    EXPECT_TRUE(find_matches("anything at all", {}).empty());
}

TEST(Snippet, ShortTextIsShownWhole) {
    auto r = choose_snippet("short text", {}, 100);
    EXPECT_EQ(r.begin, 0u);
    EXPECT_EQ(r.end, 10u);
}

TEST(Snippet, LongTextIsCutAroundTheDensestMatches) {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "filler ";
    auto pos = text.size();
    text += "energy and more energy here ";
    for (int i = 0; i < 100; ++i) text += "filler ";
    auto matches = find_matches(text, {"Zenergi"});
    ASSERT_EQ(matches.size(), 2u);
    auto r = choose_snippet(text, matches, 120);
    EXPECT_LE(r.begin, pos);
    EXPECT_GE(r.end, matches[1].end);
    EXPECT_LE(r.end - r.begin, 160u);
    EXPECT_TRUE(r.begin == 0 || text[r.begin - 1] == ' ');

    SearchHit hit;
    hit.passage.text = text;
    hit.matches = matches;
    hit.snippet = r;
    auto marked = marked_snippet(hit);
    EXPECT_EQ(marked.rfind("…", 0), 0u);
    EXPECT_NE(marked.find("<mark>energy</mark> and more <mark>energy</mark>"), std::string::npos);
}

TEST(Snippet, MarkedSnippetIsHtmlSafe) {
    SearchHit hit;
    hit.passage.text = "<b>AT&T</b> said \"energy\"";
    hit.matches = find_matches(hit.passage.text, {"energy"});
    hit.snippet = {0, hit.passage.text.size()};
    EXPECT_EQ(marked_snippet(hit),
              "&lt;b&gt;AT&amp;T&lt;/b&gt; said &quot;<mark>energy</mark>&quot;");
}
