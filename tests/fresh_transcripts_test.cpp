// Speaker attribution on official texts and news that no rule was written from: excerpts
// of Kremlin, White House and State Department transcripts (tests/data/transcripts) and
// wire-style news stories (tests/data/fresh_news), sources in each SOURCES.md, annotated by
// reading (expected.tsv: file, a snippet from inside one passage, the expected speaker or
// `-`, the kind of evidence and a note). It prints the share right overall, by kind and by
// file; NEWSDEX_SHOW_ERRORS=1 lists the misses.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "input_formats.hpp"
#include "newsdex/schema.hpp"
#include "passage_builder.hpp"
#include "snippet_passages.hpp"
#include "test_paths.hpp"

using namespace newsdex;
using newsdex::test::kSource;

namespace {

struct Row {
    std::string file, snippet, speaker, kind;
};

std::vector<Row> load_rows(const std::string& folder) {
    std::vector<Row> rows;
    for (auto& cols : test::read_annotation_rows(folder + "/expected.tsv"))
        if (cols.size() >= 4) rows.push_back({cols[0], cols[1], cols[2], cols[3]});
    return rows;
}

struct Counts {
    std::size_t right = 0, rows = 0;
};

void print_counts(const char* heading, const std::map<std::string, Counts>& counts) {
    std::printf("  %s\n", heading);
    for (const auto& [name, c] : counts)
        std::printf("    %-44s %3zu / %3zu\n", name.c_str(), c.right, c.rows);
}

// Attributes every annotated folder's texts and prints its share right, by kind and by file.
// With `without_kind`, the texts are read as if their front matter said nothing of their
// kind, as a page saved from a site arrives: a transcript must be known by its labels.
Counts measure(const std::string& name, bool without_kind = false) {
    const std::string folder = kSource + "/tests/data/" + name;
    AnalysisTables tables;
    tables.speakers = SpeakerTable::load(kSource + "/corpora/speakers.yaml");
    std::map<std::string, std::vector<Passage>> passages;
    Counts all;
    std::map<std::string, Counts> by_kind, by_file;
    std::vector<std::string> errors;
    for (const auto& row : load_rows(folder)) {
        if (!passages.count(row.file)) {
            auto article = read_article({folder + "/" + row.file, row.file}, 64 << 20);
            if (without_kind) article.kind.clear();
            passages[row.file] = build_passages(article, tables);
        }
        // The snippet's passage: the smallest holding it (a quote rather than its paragraph).
        const Passage* found = test::passage_with(passages[row.file], test::squeezed(row.snippet));
        const std::string got = test::speaker_shown(found);
        const bool right = test::speaker_is(found, row.speaker);
        // The kind is the note's first word; the rest of the note explains the row.
        const std::string kind = row.kind.substr(0, row.kind.find(' '));
        for (auto* c : {&all, &by_kind[kind], &by_file[row.file]}) {
            ++c->rows;
            if (right) ++c->right;
        }
        if (!right)
            errors.push_back(row.file + " [" + row.kind + "] expected " + row.speaker +
                             ", got " + got + ": " + row.snippet +
                             (found ? "  {" + found->evidence + "}" : std::string()));
    }
    const double share = all.rows ? double(all.right) / double(all.rows) : 0;
    std::printf("%s%s %3zu / %3zu right = %.3f\n", name.c_str(),
                without_kind ? " (no kind given)" : "", all.right, all.rows, share);
    print_counts("by kind", by_kind);
    print_counts("by file", by_file);
    if (std::getenv("NEWSDEX_SHOW_ERRORS"))
        for (const auto& e : errors) std::printf("  %s\n", e.c_str());
    return all;
}

double share_of(const Counts& c) { return c.rows ? double(c.right) / double(c.rows) : 0; }

}  // namespace

TEST(FreshTranscripts, SpeakersOfUnseenTranscripts) {
    const Counts counts = measure("transcripts");
    ASSERT_GT(counts.rows, 300u) << "the annotations were not read";
    // A floor just under what attribution achieves today; raise it as it improves.
    EXPECT_GE(share_of(counts), FLOOR_FRESH_TRANSCRIPTS);
}

TEST(FreshTranscripts, TranscriptsKnownByTheirLabelsWithoutAKind) {
    const Counts counts = measure("transcripts", /*without_kind=*/true);
    ASSERT_GT(counts.rows, 300u) << "the annotations were not read";
    EXPECT_GE(share_of(counts), FLOOR_FRESH_TRANSCRIPTS_NO_KIND);
}

TEST(FreshNews, SpeakersOfUnseenNews) {
    const Counts counts = measure("fresh_news");
    ASSERT_GT(counts.rows, 300u) << "the annotations were not read";
    // A floor just under what attribution achieves today; raise it as it improves.
    EXPECT_GE(share_of(counts), FLOOR_FRESH_NEWS);
}

// Official publications other than transcripts: statements under a title or heading naming
// the speaker, press releases introducing a speech (`X said:` then `- Dear …`), readouts,
// speeches and collective declarations (tests/data/fresh_statements, sources in SOURCES.md).
TEST(FreshStatements, SpeakersOfUnseenStatements) {
    const Counts counts = measure("fresh_statements");
    ASSERT_GE(counts.rows, 280u) << "the annotations were not read";
    // A floor just under what attribution achieves today; raise it as it improves.
    EXPECT_GE(share_of(counts), FLOOR_FRESH_STATEMENTS);
}
