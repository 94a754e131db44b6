// End to end: newsdex-index --explain-speakers shows each passage's speaker and what decided
// it, without writing anything.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "process.hpp"

using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;
using nlohmann::json;

namespace {

const std::string kIndex = NEWSDEX_INDEX_BIN;

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
