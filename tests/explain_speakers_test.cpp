// End to end: newsdex-index --explain-speakers shows each passage's speaker and what decided
// it, without writing anything.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "process.hpp"
#include "test_paths.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace explain_speakers_test {

using newsdex::test::kIndex;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;

namespace {

std::string explained(const TempDir& dir, const std::string& format = "text") {
    auto r = run({kIndex, "--db", dir / "db", "--speakers", dir / "speakers.yaml", "--format",
                  format, "--explain-speakers", dir / "in/a.md"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "db")) << "nothing written";
    return r.out;
}

}  // namespace

TEST(ExplainSpeakers, EachPassageWithItsSpeakerAndEvidence) {
    TempDir dir;
    write_file(dir / "speakers.yaml", "- name: Joe Biden\n- name: Ilse Maren\n");
    write_file(dir / "in/a.md",
               "---\ntitle: Remarks by President Biden\nkind: transcript\n---\n\n"
               "THE PRESIDENT: Good morning.\n\nWe met today.\n\n"
               "Q Thank you, sir.\n");
    const auto text = explained(dir);
    EXPECT_NE(text.find("#0 turn  Joe Biden  <- the turn label 'THE PRESIDENT'"), std::string::npos)
        << text;
    EXPECT_NE(text.find("#1 turn  Joe Biden  <- continues the turn labelled 'THE PRESIDENT'"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("#2 turn  (no speaker)  <- the turn label 'Q'"), std::string::npos) << text;

    write_file(dir / "in/a.md",
               "---\ntitle: Talks\n---\n\nMs Ilse Maren arrived on Monday. “We will sign,” she "
               "said.\n");
    const auto j = json::parse(explained(dir, "json"));
    bool quote_seen = false;
    for (const auto& p : j["passages"])
        if (p["kind"] == "quote") {
            quote_seen = true;
            EXPECT_EQ(p["speaker"], "Ilse Maren");
            EXPECT_EQ(p["evidence"], "the pronoun 'she' after the quote") << p.dump();
        }
    EXPECT_TRUE(quote_seen) << j.dump();
}

TEST(ExplainSpeakers, AFileThatCannotBeReadIsAUsageError) {
    TempDir dir;
    auto r = run({kIndex, "--explain-speakers", dir / "missing.md"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("missing.md"), std::string::npos) << r.err;
}

namespace {
// Two presidents' terms, as corpora/speakers.yaml writes them.
const char* kPresidents = R"(- name: Donald Trump
  roles:
    - {from: 2017-01-20, to: 2021-01-20, role: [President of the United States, US President]}
- name: Joe Biden
  roles:
    - {from: 2021-01-20, to: 2025-01-20, role: [President of the United States, US President]}
)";

std::string statement(const std::string& date_line) {
    return "---\ntitle: \"Statement by the President on the United Nations General Assembly "
           "Vote\"\n" +
           date_line +
           "source: The White House\n---\n\n"
           "I commend the Member States of the United Nations for holding this historic "
           "session.\n\nThe world is rejecting Russia’s lies.\n";
}
}  // namespace

TEST(ExplainSpeakers, AnOfficeIsItsHolderOnTheArticlesDate) {
    TempDir dir;
    write_file(dir / "speakers.yaml", kPresidents);
    write_file(dir / "in/a.md", statement("date: 2022-03-02\n"));
    auto text = explained(dir);
    EXPECT_NE(text.find("#0 paragraph  Joe Biden  <- the one speaker of the text, named by its "
                        "title or author, office \"President of the United States\" on "
                        "2022-03-02"),
              std::string::npos)
        << text;
    write_file(dir / "in/a.md", statement("date: 2018-06-01\n"));
    text = explained(dir);
    EXPECT_NE(text.find("#0 paragraph  Donald Trump  <-"), std::string::npos) << text;
    // No date, or a handover day: no speaker rather than a guess.
    for (const char* date_line : {"", "date: 2021-01-20\n"}) {
        write_file(dir / "in/a.md", statement(date_line));
        text = explained(dir);
        EXPECT_NE(text.find("#0 paragraph  (no speaker)"), std::string::npos) << text;
    }

    // A transcript's `THE PRESIDENT:` that the text never names.
    write_file(dir / "in/a.md",
               "---\ntitle: Remarks at a Reception\ndate: 2022-03-02\nsource: The White House\n"
               "kind: transcript\n---\n\nTHE PRESIDENT: Good evening, everyone.\n\n"
               "Q Thank you, sir.\n");
    text = explained(dir);
    EXPECT_NE(text.find("#0 turn  Joe Biden  <- the turn label 'THE PRESIDENT', office "
                        "\"President of the United States\" on 2022-03-02"),
              std::string::npos)
        << text;
}

TEST(ExplainSpeakers, AMalformedTermIsOneLineNamingTheFileAndLine) {
    TempDir dir;
    write_file(dir / "speakers.yaml",
               "- name: Joe Biden\n  roles:\n    - {from: 2021-01-20, to: 2025-13-01, role: "
               "US President}\n");
    write_file(dir / "in/a.md", statement("date: 2022-03-02\n"));
    auto r = run({kIndex, "--db", dir / "db", "--speakers", dir / "speakers.yaml",
                  "--explain-speakers", dir / "in/a.md"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("speakers.yaml: speaker table at line 3: 'to' must be a day "
                         "YYYY-MM-DD, not '2025-13-01'"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
}

}  // namespace explain_speakers_test
