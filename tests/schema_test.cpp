#include <gtest/gtest.h>

#include <algorithm>

#include "document_builder.hpp"
#include "newsdex/passage_record.hpp"
#include "newsdex/schema.hpp"
#include "newsdex/errors.hpp"

using namespace newsdex;
namespace s = newsdex::schema;

namespace {
PassageRecord sample() {
    Article a;
    a.id = "seed/meeting.md";
    a.path = "corpora/seed/meeting.md";
    a.title = "Presidents hold meeting";
    a.date = "2024-05-17";
    a.source = "Wire Service";
    a.language = "en";
    a.metadata = {{"desk", "foreign"}};
    Passage p;
    p.ordinal = 2;
    p.kind = PassageKind::turn;
    p.speaker = "Ilham Əliyev";
    p.topics = {"energy", "Territorial integrity"};
    p.text = "Mutual support of each other’s territorial integrity.";
    return PassageRecord::from(a, p);
}

std::vector<std::string> terms_of(const Xapian::Document& doc) {
    return {doc.termlist_begin(), doc.termlist_end()};
}

bool has(const std::vector<std::string>& v, const std::string& t) {
    return std::find(v.begin(), v.end(), t) != v.end();
}
}  // namespace

TEST(Fold, CaseAccentsAndApostrophes) {
    EXPECT_EQ(s::fold("Əliyev"), "aliyev");
    EXPECT_EQ(s::fold("ZELENSKYY’S"), "zelenskyy's");
    EXPECT_EQ(s::fold("Łódź Ørsted Straße"), "lodz orsted strasse");
    EXPECT_EQ(s::fold("naïve café"), "naive cafe");
    EXPECT_EQ(s::fold("КИЇВ"), "киів");
    EXPECT_EQ(s::fold("हिंदी"), "हिंदी") << "marks are letters outside Latin, Greek, Cyrillic";
    EXPECT_EQ(s::fold(""), "");
}

// Only the stretches around non-ASCII characters are decomposed: an accent that follows an
// ASCII letter, or several in a row, must still be taken off that letter.
TEST(Fold, StretchesJoinAccentsToTheLetterBefore) {
    EXPECT_EQ(s::fold("Cafe\u0301 AU LAIT"), "cafe au lait");
    EXPECT_EQ(s::fold("xA\u030Ay"), "xay");
    EXPECT_EQ(s::fold("a\u0301\u0301b"), "ab");
    EXPECT_EQ(s::fold("\u00BD of \uFB01ve"), "1\u20442 of five");
    EXPECT_EQ(s::fold("Zelenskyy\u2019s and \u018Fliyev, then NATO"),
              "zelenskyy's and aliyev, then nato");
    EXPECT_EQ(s::fold("\u00E9"), "e");
    EXPECT_EQ(s::fold("END\u00C9"), "ende");
}

TEST(Words, SplitLikeTheTermGenerator) {
    EXPECT_EQ(s::words("today's black sea-caspian 1,400 u.s"),
              (std::vector<std::string>{"today's", "black", "sea", "caspian", "1,400", "u", "s"}));
    EXPECT_EQ(s::words("at&t c++, c# x+y a++++ 1;5 b& c"),
              (std::vector<std::string>{"at&t", "c++", "c#", "x", "y", "a", "1;5", "b", "c"}));
    auto spans = s::word_spans("Ab, cd");
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[1].begin, 4u);
    EXPECT_EQ(spans[1].end, 6u);
}

TEST(IdTerm, LongIdsAreHashedWithinXapiansLimit) {
    std::string long_id(400, 'a');
    auto t1 = s::id_term(s::kArticle, long_id);
    auto t2 = s::id_term(s::kArticle, long_id + "b");
    EXPECT_LE(t1.size(), 245u);
    EXPECT_NE(t1, t2);
    EXPECT_EQ(t1, s::id_term(s::kArticle, long_id));
    EXPECT_EQ(s::id_term(s::kArticle, "x.md"), "XAx.md");
}

TEST(FilterTerms, EachWordAndTheWholeValue) {
    EXPECT_EQ(s::filter_terms(s::kSpeaker, "Ilham Əliyev"),
              (std::vector<std::string>{"XSPEAKERilham", "XSPEAKERaliyev", "XSPEAKERilham aliyev"}));
    EXPECT_TRUE(s::filter_terms(s::kSpeaker, " ").empty());
}

TEST(PassageRecord, RoundTripsThroughDocumentData) {
    auto r = sample();
    auto back = PassageRecord::parse(r.serialise());
    EXPECT_EQ(back.passage_id, "seed/meeting.md#2");
    EXPECT_EQ(back.article_id, r.article_id);
    EXPECT_EQ(back.ordinal, 2);
    EXPECT_EQ(back.kind, PassageKind::turn);
    EXPECT_EQ(back.speaker, r.speaker);
    EXPECT_EQ(back.topics, r.topics);
    EXPECT_EQ(back.title, r.title);
    EXPECT_EQ(back.date, r.date);
    EXPECT_EQ(back.source, r.source);
    EXPECT_EQ(back.path, r.path);
    EXPECT_EQ(back.language, "en");
    EXPECT_EQ(back.metadata, r.metadata);
    EXPECT_EQ(back.text, r.text);

    r.speaker.reset();
    EXPECT_FALSE(PassageRecord::parse(r.serialise()).speaker);
    EXPECT_THROW(PassageRecord::parse("not a record"), DatabaseError);
    EXPECT_THROW(PassageRecord::parse("{\"passage_id\": 1}"), DatabaseError);  // schema 3's JSON
    const auto whole = r.serialise();
    for (std::size_t cut : {std::size_t{1}, whole.size() / 2, whole.size() - 1})
        EXPECT_THROW(PassageRecord::parse(whole.substr(0, cut)), DatabaseError) << cut;
    EXPECT_THROW(PassageRecord::parse(whole + "x"), DatabaseError);
}

TEST(DocumentBuilder, WritesTheSchemasTermsAndValues) {
    DocumentBuilder builder(true);
    auto doc = builder.build(sample());
    auto terms = terms_of(doc);
    for (const char* t : {"Qseed/meeting.md#2", "XAseed/meeting.md", "XKINDturn",
                          "XSPEAKERaliyev", "XSPEAKERilham aliyev", "XTOPICenergy",
                          "XTOPICterritorial integrity", "XSOURCEwire", "Len", "Y2024", "M202405",
                          "D20240517", "Zterritori", "Zeach", "ZSpresid"})
        EXPECT_TRUE(has(terms, t)) << t;
    // Stems only, each with its positions (phrases match stems); no unstemmed copy.
    for (const char* t : {"territorial", "each", "Spresidents", "Spresid"})
        EXPECT_FALSE(has(terms, t)) << t;
    auto stem = doc.termlist_begin();
    stem.skip_to("Zterritori");
    ASSERT_EQ(*stem, "Zterritori");
    EXPECT_GT(stem.positionlist_count(), 0u);
    EXPECT_EQ(doc.get_value(s::kSlotDate), "20240517");
    EXPECT_EQ(doc.get_value(s::kSlotArticle), "seed/meeting.md");
    EXPECT_EQ(doc.get_value(s::kSlotSpeaker), "Ilham Əliyev");
    EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(s::kSlotOrdinal)), 2.0);
    EXPECT_EQ(PassageRecord::parse(doc.get_data()).text, sample().text);
}

TEST(DocumentBuilder, TitleAndTextPositionsDoNotTouch) {
    DocumentBuilder builder(true);
    auto doc = builder.build(sample());
    Xapian::termpos last_text = 0, first_title = ~0u;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
            if ((*t).starts_with("ZS")) first_title = std::min(first_title, *p);
            else if ((*t).starts_with("Z")) last_text = std::max(last_text, *p);
        }
    }
    ASSERT_GT(last_text, 0u);
    ASSERT_NE(first_title, ~0u);
    EXPECT_GT(first_title, last_text + 1) << "a phrase could span text and title";
}

TEST(DocumentBuilder, KeepsNoPositionsUnlessAsked) {
    DocumentBuilder builder(false);
    auto doc = builder.build(sample());
    std::size_t words = 0;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        if (!(*t).starts_with("Z")) continue;
        ++words;
        EXPECT_EQ(t.positionlist_count(), 0u) << *t;
    }
    EXPECT_GT(words, 5u);
}
