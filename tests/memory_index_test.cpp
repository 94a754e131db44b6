// newsdex::Index: articles given in memory, analysed as files are, beside file articles and
// under the same single-writer lock.

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "newsdex/errors.hpp"
#include "newsdex/index.hpp"
#include "newsdex/indexer.hpp"
#include "newsdex/passage_record.hpp"
#include "newsdex/searcher.hpp"
#include "process.hpp"

using newsdex::Article;
using newsdex::DatabaseError;
using newsdex::Index;
using newsdex::IndexOptions;
using newsdex::InputError;
using newsdex::PassageRecord;
using newsdex::test::TempDir;
using newsdex::test::write_file;

namespace {

const char* kQuoteText =
    "Valdoria and Ostrel switched on the Sauvel interconnector on Sunday.\n\n"
    "\"This cable is the backbone of our energy future,\" said Tavi Renn, the energy "
    "minister.\n\n"
    "The line carries 700 megawatts of electricity under the strait.";

class MemoryIndex : public ::testing::Test {
  protected:
    IndexOptions options() const {
        IndexOptions o;
        o.db_path = dir_ / "db";
        return o;
    }
    static Article article(const std::string& id, const std::string& body) {
        Article a;
        a.id = id;
        a.title = "Interconnector";
        a.date = "2021-03-14";
        a.kind = "news";
        a.source = "Valdorian Press Agency";
        a.body = body;
        return a;
    }
    std::vector<newsdex::SearchHit> search(const std::string& query) const {
        newsdex::SearchRequest request;
        request.query = query;
        request.limit = 50;
        return newsdex::search(dir_ / "db", request).hits;
    }
    // Every passage the database holds, in article then ordinal order.
    static std::vector<PassageRecord> passages(const std::string& db_path) {
        Xapian::Database db(db_path);
        std::vector<PassageRecord> out;
        for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d)
            out.push_back(PassageRecord::parse(db.get_document(*d).get_data()));
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return std::tie(a.article_id, a.ordinal) < std::tie(b.article_id, b.ordinal);
        });
        return out;
    }
    TempDir dir_;
};

}  // namespace

TEST_F(MemoryIndex, CommitMakesAddedArticlesSearchable) {
    Index index(options());
    auto a = article("mem-1", kQuoteText);
    a.topics = {"energy"};
    a.metadata["desk"] = "foreign";
    const auto written = index.add(a);
    EXPECT_GE(written.passages, 3u);
    EXPECT_FALSE(written.replaced);
    EXPECT_EQ(Xapian::Database(dir_ / "db").get_doccount(), 0u) << "nothing before commit()";
    index.commit();
    const auto hits = search("backbone");
    ASSERT_FALSE(hits.empty());
    const auto& p = hits.front().passage;
    EXPECT_EQ(p.article_id, "mem-1");
    EXPECT_EQ(p.title, "Interconnector");
    EXPECT_EQ(p.date, "2021-03-14");
    EXPECT_EQ(p.metadata.at("desk"), "foreign");
    EXPECT_NE(std::find(p.topics.begin(), p.topics.end(), "energy"), p.topics.end());
}

TEST_F(MemoryIndex, PassagesAreThoseOfTheSameArticleInAFile) {
    write_file(dir_ / "files/story.md", std::string("---\nid: same\ntitle: Interconnector\n"
                                                    "date: 2021-03-14\nkind: news\n---\n") +
                                            kQuoteText + "\n");
    IndexOptions from_files;
    from_files.db_path = dir_ / "files.db";
    from_files.paths = {dir_ / "files"};
    ASSERT_TRUE(newsdex::index_paths(from_files).failed.empty());
    {
        auto o = options();
        o.paths = from_files.paths;  // the same tables
        Index index(o);
        auto a = article("same", kQuoteText);
        a.source.clear();
        index.add(a);
        index.commit();
    }
    const auto expected = passages(dir_ / "files.db");
    const auto got = passages(dir_ / "db");
    ASSERT_EQ(got.size(), expected.size());
    bool has_quote_speaker = false;
    for (std::size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].passage_id, expected[i].passage_id);
        EXPECT_EQ(got[i].kind, expected[i].kind);
        EXPECT_EQ(got[i].speaker, expected[i].speaker);
        EXPECT_EQ(got[i].topics, expected[i].topics);
        EXPECT_EQ(got[i].text, expected[i].text);
        has_quote_speaker |= got[i].kind == newsdex::PassageKind::quote && got[i].speaker;
    }
    EXPECT_TRUE(has_quote_speaker) << "the quote is attributed, as in the file";
}

TEST_F(MemoryIndex, ParagraphsAreKeptAsGiven) {
    Index index(options());
    index.add(article("paras", newsdex::join_paragraphs(
                                   {"Fishing rights\nwere signed.", "  ", "A second paragraph."})));
    index.commit();
    const auto got = passages(dir_ / "db");
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].text, "Fishing rights were signed.");
    EXPECT_EQ(got[1].text, "A second paragraph.");
}

TEST_F(MemoryIndex, ReplaceChangesThePassages) {
    Index index(options());
    index.add(article("mem-1", "The wind farm opened on the coast."));
    index.commit();
    ASSERT_EQ(search("wind").size(), 1u);
    EXPECT_THROW(index.add(article("mem-1", "Solar panels went up.")), InputError);
    const auto written = index.replace(article("mem-1", "Solar panels went up on the roofs."));
    EXPECT_TRUE(written.replaced);
    index.commit();
    EXPECT_TRUE(search("wind").empty());
    const auto hits = search("solar");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits.front().passage.text, "Solar panels went up on the roofs.");
    EXPECT_FALSE(index.replace(article("mem-2", "A treaty on fishing.")).replaced);
}

TEST_F(MemoryIndex, RemoveDeletesThePassages) {
    Index index(options());
    index.add(article("mem-1", "The wind farm opened on the coast."));
    index.add(article("mem-2", "A wind turbine broke down."));
    index.commit();
    ASSERT_EQ(search("wind").size(), 2u);
    EXPECT_TRUE(index.remove("mem-1"));
    EXPECT_FALSE(index.remove("mem-1"));
    EXPECT_FALSE(index.remove("never-there"));
    index.commit();
    const auto hits = search("wind");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits.front().passage.article_id, "mem-2");
}

TEST_F(MemoryIndex, UncommittedChangesAreDropped) {
    {
        Index index(options());
        index.add(article("kept", "The wind farm opened on the coast."));
        index.commit();
        index.add(article("dropped", "A wind turbine broke down."));
    }
    const auto hits = search("wind");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits.front().passage.article_id, "kept");
}

TEST_F(MemoryIndex, MalformedArticlesAreRefused) {
    Index index(options());
    EXPECT_THROW(index.add(article("", "text")), InputError);
    EXPECT_THROW(index.add(article("no-text", " \n\n ")), InputError);
    auto bad_kind = article("bad-kind", "text");
    bad_kind.kind = "blog";
    EXPECT_THROW(index.add(bad_kind), InputError);
    auto bad_date = article("bad-date", "The wind farm opened.");
    bad_date.date = "soon";
    const auto written = index.add(bad_date);
    ASSERT_EQ(written.warnings.size(), 1u);
    EXPECT_NE(written.warnings.front().find("soon"), std::string::npos);
}

TEST_F(MemoryIndex, HoldsTheLockAgainstNewsdexIndex) {
    write_file(dir_ / "files/a.txt", "Title\n\nThe wind farm opened on the coast.\n");
    auto o = options();
    o.paths = {dir_ / "files"};
    {
        Index index(options());
        try {
            newsdex::index_paths(o);
            FAIL() << "index_paths ran while an Index held the database";
        } catch (const DatabaseError& e) {
            EXPECT_EQ(e.reason(), DatabaseError::Reason::locked);
        }
        const auto r = newsdex::test::run({NEWSDEX_INDEX_BIN, "--db", dir_ / "db", dir_ / "files"});
        EXPECT_EQ(r.exit_code, 75) << r.err;
        try {
            Index second(options());
            FAIL() << "a second Index opened the database";
        } catch (const DatabaseError& e) {
            EXPECT_EQ(e.reason(), DatabaseError::Reason::locked);
        }
    }
    EXPECT_TRUE(newsdex::index_paths(o).failed.empty()) << "the lock goes with the Index";
}

TEST_F(MemoryIndex, FileAndMemoryArticlesDoNotTakeEachOthersIds) {
    write_file(dir_ / "files/a.txt", "Title\n\nThe wind farm opened on the coast.\n");
    auto o = options();
    o.paths = {dir_ / "files"};
    ASSERT_TRUE(newsdex::index_paths(o).failed.empty());
    {
        Index index(options());
        EXPECT_THROW(index.add(article("a.txt", "Solar panels.")), InputError);
        EXPECT_THROW(index.replace(article("a.txt", "Solar panels.")), InputError);
        EXPECT_THROW(index.remove("a.txt"), InputError);
        index.add(article("b.txt", "Solar panels went up on the roofs."));
        index.commit();
    }
    // A new file whose id an Index article holds is refused, not let overwrite it.
    write_file(dir_ / "files/b.txt", "Title\n\nA treaty on fishing rights.\n");
    const auto report = newsdex::index_paths(o);
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_NE(report.failed.front().error.find("without a file"), std::string::npos)
        << report.failed.front().error;
    EXPECT_EQ(search("solar").size(), 1u);
    EXPECT_TRUE(search("treaty").empty());
}

TEST_F(MemoryIndex, FolderReindexLeavesMemoryArticlesAlone) {
    write_file(dir_ / "files/a.txt", "Title\n\nThe wind farm opened on the coast.\n");
    auto o = options();
    o.paths = {dir_ / "files"};
    ASSERT_TRUE(newsdex::index_paths(o).failed.empty());
    {
        Index index(options());
        index.add(article("mem-1", "Wind turbines went up on the hills."));
        index.commit();
    }
    std::filesystem::remove(dir_ / "files/a.txt");
    o.full = true;
    const auto report = newsdex::index_paths(o);
    EXPECT_EQ(report.deleted, 1u);
    const auto hits = search("wind");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits.front().passage.article_id, "mem-1");
}
