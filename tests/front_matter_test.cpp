#include "front_matter.hpp"

#include <gtest/gtest.h>

#include "newsdex/errors.hpp"

using newsdex::Article;
using newsdex::InputError;
using newsdex::apply_front_matter;

namespace {
Article blank(const char* path = "x.md") {
    Article a;
    a.path = path;
    return a;
}
}  // namespace

TEST(FrontMatter, AbsentLeavesTextAsBody) {
    auto a = blank();
    EXPECT_EQ(apply_front_matter("Title\n\nBody.\n", a), "Title\n\nBody.\n");
    EXPECT_TRUE(a.title.empty());
}

TEST(FrontMatter, ReadsKnownKeysAndKeepsUnknownOnes) {
    auto a = blank();
    auto body = apply_front_matter(
        "---\ntitle: \"A, B sign\"\ndate: 2024-02-29\nsource: Wire\nurl: http://x/y\n"
        "kind: transcript\nlanguage: en\nspeakers:\n  - Ilse Maren\n  - Teodor Vask\n"
        "topics: [energy, trade]\ndesk: foreign\nextra: {a: 1}\nid: custom-id\n---\n\nBody.\n",
        a);
    EXPECT_EQ(body, "\nBody.\n");
    EXPECT_EQ(a.title, "A, B sign");
    EXPECT_EQ(a.date, "2024-02-29");
    EXPECT_EQ(a.source, "Wire");
    EXPECT_EQ(a.url, "http://x/y");
    EXPECT_EQ(a.kind, "transcript");
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.id, "custom-id");
    EXPECT_EQ(a.speakers, (std::vector<std::string>{"Ilse Maren", "Teodor Vask"}));
    EXPECT_EQ(a.topics, (std::vector<std::string>{"energy", "trade"}));
    EXPECT_EQ(a.metadata.at("desk"), "foreign");
    EXPECT_EQ(a.metadata.at("extra"), "{a: 1}");
}

TEST(FrontMatter, SingleValueListIsAccepted) {
    auto a = blank();
    apply_front_matter("---\ntopics: energy\n---\nBody\n", a);
    EXPECT_EQ(a.topics, std::vector<std::string>{"energy"});
}

TEST(FrontMatter, EmptyBlockIsFine) {
    auto a = blank();
    EXPECT_EQ(apply_front_matter("---\n---\nBody\n", a), "Body\n");
}

TEST(FrontMatter, UnclosedBlockIsAnError) {
    auto a = blank("bad.md");
    try {
        apply_front_matter("---\ntitle: x\n\nBody\n", a);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "bad.md");
        EXPECT_NE(e.problem().find("never closed"), std::string::npos) << e.problem();
    }
}

TEST(FrontMatter, MalformedYamlNamesTheLine) {
    auto a = blank();
    try {
        apply_front_matter("---\ntitle: ok\nspeakers: [a, b\n---\nBody\n", a);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(e.problem().find("malformed front matter at line"), std::string::npos)
            << e.problem();
    }
}

TEST(FrontMatter, AnUnreadableDateCostsTheDateNotTheArticle) {
    for (const char* date : {"2024-13-01", "2023-02-29", "12/05/2024", "2024-5-1", "soon"}) {
        auto a = blank();
        EXPECT_EQ(apply_front_matter(std::string("---\ndate: ") + date + "\n---\nB\n", a), "B\n");
        EXPECT_EQ(a.date, "") << date;
        ASSERT_EQ(a.warnings.size(), 1u) << date;
        EXPECT_NE(a.warnings[0].find(std::string("date '") + date + "'"), std::string::npos)
            << a.warnings[0];
    }
}

TEST(FrontMatter, ADateWithATimeKeepsTheDayAndTheTime) {
    auto a = blank();
    apply_front_matter("---\ndate: 2024-05-14T09:00:00Z\n---\nB\n", a);
    EXPECT_EQ(a.date, "2024-05-14");
    EXPECT_EQ(a.time, "09:00:00");
    EXPECT_TRUE(a.warnings.empty());
    auto b = blank();
    apply_front_matter("---\ndate: 2024-05-14 09:30\n---\nB\n", b);
    EXPECT_EQ(b.date, "2024-05-14");
    EXPECT_EQ(b.time, "09:30:00");
    auto c = blank();
    apply_front_matter("---\ndate: 2024-05-14\n---\nB\n", c);
    EXPECT_EQ(c.date, "2024-05-14");
    EXPECT_EQ(c.time, "");
}

TEST(FrontMatter, UnknownKindAndWrongShapesAreRejected) {
    auto a = blank();
    EXPECT_THROW(apply_front_matter("---\nkind: blog\n---\nB\n", a), InputError);
    EXPECT_THROW(apply_front_matter("---\ntitle: [a, b]\n---\nB\n", a), InputError);
    EXPECT_THROW(apply_front_matter("---\ntopics: {a: b}\n---\nB\n", a), InputError);
    EXPECT_THROW(apply_front_matter("---\n- just\n- a list\n---\nB\n", a), InputError);
}

TEST(FrontMatter, AKindIsReadUnderItsOtherNames) {
    const std::pair<const char*, const char*> cases[] = {
        {"statement", "declaration"},       {"Press Release", "declaration"},
        {"joint-statement", "declaration"}, {"speech", "declaration"},
        {"interview", "transcript"},        {"press_conference", "transcript"},
        {"TRANSCRIPT", "transcript"},       {"story", "news"},
        {"  news  ", "news"}};
    for (const auto& [written, kind] : cases) {
        auto a = blank();
        apply_front_matter(std::string("---\nkind: ") + written + "\n---\nB\n", a);
        EXPECT_EQ(a.kind, kind) << written;
    }
    auto a = blank();
    try {
        apply_front_matter("---\nkind: \"press\\x07 release\"\n---\nB\n", a);
        ADD_FAILURE() << "a kind with a control character was read";
    } catch (const InputError& e) {
        EXPECT_NE(e.problem().find("is not one of news, declaration, transcript"),
                  std::string::npos);
        EXPECT_EQ(e.problem().find('\x07'), std::string::npos) << "printed raw";
    }
}

namespace {
std::string front_matter_problem(const std::string& text, const char* path = "bad.md") {
    auto a = blank(path);
    try {
        apply_front_matter(text, a);
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), path);
        return e.problem();
    }
    return "no error";
}
}  // namespace

TEST(FrontMatter, NonScalarKeysAreThisFilesErrorWithTheLine) {
    EXPECT_EQ(front_matter_problem("---\ntitle: t\n? [a, b]\n: x\n---\nBody\n"),
              "front matter at line 3: a key must be a plain word, not a list");
    EXPECT_EQ(front_matter_problem("---\n? {a: b}\n: x\n---\nBody\n"),
              "front matter at line 2: a key must be a plain word, not a map");
    EXPECT_EQ(front_matter_problem("---\ntitle: t\n~: x\n---\nBody\n"),
              "front matter at or before line 3: a key must be a plain word, not empty");
}

TEST(FrontMatter, ValuesOfTheWrongShapeNameTheLine) {
    EXPECT_EQ(front_matter_problem("---\ntitle: t\nsource: [a, b]\n---\nB\n"),
              "front matter at line 3: 'source' must be a single value, not a list");
    EXPECT_EQ(front_matter_problem("---\nid: {a: b}\n---\nB\n"),
              "front matter at line 2: 'id' must be a single value, not a map");
    EXPECT_EQ(front_matter_problem("---\ntitle: t\nspeakers: [Ann, [Bo, Cy]]\n---\nB\n"),
              "front matter at line 3: each of 'speakers' must be a plain value, not a list");
    EXPECT_EQ(front_matter_problem("---\ntopics:\n  - energy\n  - {a: b}\n---\nB\n"),
              "front matter at line 4: each of 'topics' must be a plain value, not a map");
    EXPECT_EQ(front_matter_problem("---\ntopics: {a: b}\n---\nB\n"),
              "front matter at line 2: 'topics' must be a list, not a map");
}

TEST(FrontMatter, AnEmptyIdIsAnError) {
    for (const char* id : {"id:\n", "id: \"\"\n", "id: ~\n", "id: '  '\n"}) {
        EXPECT_EQ(front_matter_problem(std::string("---\ntitle: t\n") + id + "---\nB\n"),
                  "front matter at line 3: 'id' is empty; give the article an id or leave the "
                  "line out")
            << id;
    }
}

TEST(FrontMatter, AliasBombsAndCyclesAreThisFilesError) {
    std::string laughs = "---\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        const auto prev = "*a" + std::to_string(i - 1);
        laughs += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k) laughs += (k ? ", " : "") + prev;
        laughs += "]\n";
    }
    laughs += "---\nBody\n";
    EXPECT_EQ(front_matter_problem(laughs).rfind("front matter at line ", 0), 0u) << front_matter_problem(laughs);
    EXPECT_EQ(front_matter_problem("---\nextra: &x [1, *x]\n---\nB\n").rfind("front matter at line 2: ", 0),
              0u);
    auto a = blank();
    apply_front_matter("---\nbase: &b [x, y]\ncopy: *b\n---\nB\n", a);
    EXPECT_EQ(a.metadata.at("copy"), "[x, y]");
}

TEST(FrontMatter, AFrontMatterOrTitleAsLongAsATextIsRefused) {
    // Each passage carries the title and metadata: their size is bounded, not the file's.
    const std::string long_value(newsdex::kMaxFrontMatterBytes, 'x');
    EXPECT_EQ(front_matter_problem("---\nnote: " + long_value + "\n---\nB\n"),
              "front matter is " + std::to_string(long_value.size() + 7) +
                  " bytes long; at most 16384 are allowed");
    const std::string long_title(newsdex::kMaxTitleBytes + 1, 't');
    EXPECT_EQ(front_matter_problem("---\ntitle: " + long_title + "\n---\nB\n"),
              "front matter: 'title' is 1025 bytes long; at most 1024 are allowed");
    auto a = blank();
    EXPECT_EQ(apply_front_matter("---\ntitle: " + std::string(newsdex::kMaxTitleBytes, 't') +
                                     "\n---\nB\n",
                                 a),
              "B\n");
    EXPECT_EQ(a.title.size(), newsdex::kMaxTitleBytes);
}
