// The speaker table and taxonomy an Index analyses with are loaded once and shared while
// their files stay as they were, and loaded again when a file is written or replaced.

#include "analysis_tables.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "process.hpp"

using newsdex::test::TempDir;
using newsdex::test::write_file;

namespace {

using newsdex::IndexOptions;
using newsdex::IndexReport;
namespace fs = std::filesystem;

IndexOptions tables_in(const TempDir& dir) {
    IndexOptions o;
    o.speakers_path = dir / "speakers.yaml";
    o.topics_path = dir / "topics.yaml";
    return o;
}

// A file as it is after a while: tables are only kept for files not written in the last
// seconds (file times are too coarse to tell two quick writes apart).
void write_settled(const std::string& path, const std::string& content) {
    write_file(path, content);
    fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(1));
}

void write_tables(const TempDir& dir) {
    write_settled(dir / "speakers.yaml", "- name: Ilham Aliyev\n  aliases: [Aliyev]\n");
    write_settled(dir / "topics.yaml", "energy: [gas, oil]\n");
}

TEST(SharedTables, LoadedOnceWhileTheFilesStayTheSame) {
    TempDir dir;
    write_tables(dir);
    IndexReport report;
    const auto first = newsdex::shared_tables(tables_in(dir), report);
    const auto again = newsdex::shared_tables(tables_in(dir), report);
    EXPECT_EQ(first.get(), again.get());
    EXPECT_EQ(report.speakers_path, dir / "speakers.yaml");
    EXPECT_EQ(report.topics_path, dir / "topics.yaml");
    EXPECT_EQ(first->speakers.canonical_names(), std::vector<std::string>{"Ilham Aliyev"});
    EXPECT_EQ(first->topics.topics_of("the gas pipeline"), std::vector<std::string>{"energy"});
}

TEST(SharedTables, LoadedAgainWhenAFileIsWritten) {
    TempDir dir;
    write_tables(dir);
    IndexReport report;
    const auto before = newsdex::shared_tables(tables_in(dir), report);
    // Written in place, the same size.
    write_settled(dir / "speakers.yaml", "- name: Tavi Zelensk\n  aliases: [Zelens]\n");
    const auto after = newsdex::shared_tables(tables_in(dir), report);
    EXPECT_NE(before.get(), after.get());
    EXPECT_EQ(after->speakers.canonical_names(), std::vector<std::string>{"Tavi Zelensk"});
    // The tables given out before stay as they were for whoever holds them.
    EXPECT_EQ(before->speakers.canonical_names(), std::vector<std::string>{"Ilham Aliyev"});

    // Another file put in the taxonomy's place.
    write_settled(dir / "topics.new", "defence: [army]\n");
    fs::rename(dir / "topics.new", dir / "topics.yaml");
    const auto replaced = newsdex::shared_tables(tables_in(dir), report);
    EXPECT_NE(after.get(), replaced.get());
    EXPECT_EQ(replaced->topics.topics_of("the army"), std::vector<std::string>{"defence"});
    EXPECT_EQ(newsdex::shared_tables(tables_in(dir), report).get(), replaced.get());
}

TEST(SharedTables, AFileWrittenJustNowIsReadEachTime) {
    TempDir dir;
    write_tables(dir);
    write_file(dir / "speakers.yaml", "- name: Ilham Aliyev\n  aliases: [Aliyev]\n");
    IndexReport report;
    const auto first = newsdex::shared_tables(tables_in(dir), report);
    write_file(dir / "speakers.yaml", "- name: Tavi Zelensk\n  aliases: [Zelens]\n");
    const auto second = newsdex::shared_tables(tables_in(dir), report);
    EXPECT_EQ(second->speakers.canonical_names(), std::vector<std::string>{"Tavi Zelensk"});
    EXPECT_NE(first.get(), second.get());
}

TEST(SharedTables, OtherFilesAreOtherTables) {
    TempDir a, b;
    write_tables(a);
    write_tables(b);
    IndexReport report;
    const auto from_a = newsdex::shared_tables(tables_in(a), report);
    const auto from_b = newsdex::shared_tables(tables_in(b), report);
    EXPECT_NE(from_a.get(), from_b.get());
    EXPECT_EQ(report.speakers_path, b / "speakers.yaml");
}

TEST(SharedTables, ABrokenTableIsAnErrorEveryTime) {
    TempDir dir;
    write_tables(dir);
    write_settled(dir / "speakers.yaml", "- name: [unclosed\n");
    IndexReport report;
    EXPECT_ANY_THROW(newsdex::shared_tables(tables_in(dir), report));
    EXPECT_ANY_THROW(newsdex::shared_tables(tables_in(dir), report));
    write_settled(dir / "speakers.yaml", "- name: Ilham Aliyev\n");
    EXPECT_EQ(newsdex::shared_tables(tables_in(dir), report)->speakers.canonical_names(),
              std::vector<std::string>{"Ilham Aliyev"});
}

}  // namespace
