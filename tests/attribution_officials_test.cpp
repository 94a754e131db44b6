// Speaker attribution on real official texts: the hand-annotated White House and Kremlin
// transcripts, statements and news of ../shared/datasets/news/officials (expected.tsv: file,
// a snippet from inside one passage, the expected speaker or `-`, a note whose first word is
// the kind of evidence). A third of the articles — those whose number is a multiple of 3 —
// is a blind split: its figures are printed, its errors never are, and nothing is tuned on
// it. NEWSDEX_SHOW_ERRORS=1 lists the errors of the development part.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

#include "input_formats.hpp"
#include "newsdex/schema.hpp"
#include "passage_builder.hpp"
#include "snippet_passages.hpp"
#include "test_paths.hpp"

using namespace newsdex;
using newsdex::test::kSource;
namespace fs = std::filesystem;

namespace {

const std::string kOfficials = kSource + "/../shared/datasets/news/officials";

struct Row {
    std::string file, snippet, speaker, kind;
};

std::vector<Row> load_rows() {
    std::vector<Row> rows;
    for (auto& cols : test::read_annotation_rows(kOfficials + "/expected.tsv")) {
        if (cols.size() < 3) continue;
        cols.resize(4);
        rows.push_back({cols[0], cols[1], cols[2], cols[3].substr(0, cols[3].find(' '))});
    }
    return rows;
}

// The articles whose number (the file name's first digits) is a multiple of three.
bool blind(const std::string& file) { return std::atoi(file.c_str()) % 3 == 0; }

struct Tally {
    std::size_t rows = 0, right = 0;
    std::map<std::string, std::pair<std::size_t, std::size_t>> by_kind;  // right, rows
    std::vector<std::string> errors;
    double share() const { return rows ? double(right) / double(rows) : 0; }
};

void print(const char* name, const Tally& t, bool show_errors) {
    std::printf("%-12s %3zu / %3zu right = %.3f\n", name, t.right, t.rows, t.share());
    for (const auto& [kind, counts] : t.by_kind)
        std::printf("    %-18s %3zu / %3zu\n", kind.c_str(), counts.first, counts.second);
    if (show_errors)
        for (const auto& e : t.errors) std::printf("  %s\n", e.c_str());
}

}  // namespace

TEST(AttributionOfficials, DevelopmentAndBlindSplits) {
    if (!fs::exists(kOfficials + "/expected.tsv"))
        GTEST_SKIP() << "../shared/datasets/news/officials is absent: officials set skipped";
    AnalysisTables tables;
    tables.speakers = SpeakerTable::load(kSource + "/corpora/speakers.yaml");
    std::map<std::string, std::vector<Passage>> passages;
    Tally dev, held;
    for (const auto& row : load_rows()) {
        auto& tally = blind(row.file) ? held : dev;
        if (!passages.count(row.file)) {
            const auto path = kOfficials + "/articles/" + row.file;
            passages[row.file] = build_passages(read_article({path, row.file}, 64 << 20), tables);
        }
        // The snippet's passage: the smallest holding it (a quote rather than its paragraph).
        // A snippet that starts with a turn's label (`President of Russia Vladimir Putin: Mr
        // Sargsyan, …`) is looked for without it: the label is not part of the passage.
        const Passage* found = nullptr;
        auto snippet = test::squeezed(row.snippet);
        for (int attempt = 0; attempt < 2 && !found; ++attempt) {
            found = test::passage_with(passages[row.file], snippet);
            if (auto colon = snippet.find(": "); colon != std::string::npos)
                snippet = snippet.substr(colon + 2);
        }
        const std::string got = test::speaker_shown(found);
        const bool right = test::speaker_is(found, row.speaker);
        ++tally.rows;
        ++tally.by_kind[row.kind].second;
        if (right) {
            ++tally.right;
            ++tally.by_kind[row.kind].first;
        } else {
            tally.errors.push_back(row.file + " [" + row.kind + "] expected " + row.speaker +
                                   ", got " + got + ": " + row.snippet);
        }
    }
    const bool show = std::getenv("NEWSDEX_SHOW_ERRORS") != nullptr;
    print("development", dev, show);
    print("blind", held, false);
    ASSERT_GT(dev.rows, 300u) << "the annotations were not read";
    ASSERT_GT(held.rows, 100u);
    // Floors just under what attribution achieves today; raise them as it improves.
    EXPECT_GE(dev.share(), FLOOR_OFFICIALS_DEV);
    EXPECT_GE(held.share(), FLOOR_OFFICIALS_BLIND);
}
