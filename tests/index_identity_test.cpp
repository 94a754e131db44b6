// Indexing fast must not change the index: the analysis threads hand their work over in file
// order, and a first build's shards are merged in file order, so any number of threads writes
// exactly what one does (documents, ids, spelling data, hence rankings); and the spelling
// words gathered by the workers are what Xapian's own FLAG_SPELLING would have added.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "document_builder.hpp"
#include "newsdex/passage_record.hpp"
#include "newsdex/schema.hpp"
#include "newsdex/searcher.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using namespace newsdex;
using newsdex::test::kSource;
namespace fs = std::filesystem;

namespace {

const std::string kBbcBusiness = kSource + "/../shared/datasets/news/bbc/business";

std::string build(const test::TempDir& dir, const std::string& name, const std::string& threads,
                  const std::vector<std::string>& inputs, int expected_exit) {
    const std::string db = dir / name;
    std::vector<std::string> argv = {NEWSDEX_INDEX_BIN, "--db", db, "-q", "--threads", threads};
    argv.insert(argv.end(), inputs.begin(), inputs.end());
    auto r = test::run(argv);
    EXPECT_EQ(r.exit_code, expected_exit) << r.err;
    return db;
}

std::map<std::string, Xapian::termcount> termlist(const Xapian::Database& db, Xapian::docid id) {
    std::map<std::string, Xapian::termcount> out;
    for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) out[*t] = t.get_wdf();
    return out;
}

std::map<std::string, Xapian::doccount> spellings(const Xapian::Database& db) {
    std::map<std::string, Xapian::doccount> out;
    for (auto s = db.spellings_begin(); s != db.spellings_end(); ++s) out[*s] = s.get_termfreq();
    return out;
}

// Builds `inputs` with 1 and with 4 threads (a first build of many files: in shards) and
// checks that the two indexes are the same, document by document.
void expect_same_index(const test::TempDir& dir, const std::vector<std::string>& inputs,
                       int expected_exit = 0) {
    Xapian::Database one(build(dir, "one", "1", inputs, expected_exit));
    Xapian::Database many(build(dir, "many", "4", inputs, expected_exit));
    ASSERT_EQ(one.get_doccount(), many.get_doccount());
    ASSERT_GT(one.get_doccount(), 20u);
    EXPECT_EQ(one.get_lastdocid(), many.get_lastdocid());
    for (auto p = one.postlist_begin(""); p != one.postlist_end(""); ++p) {
        const auto id = *p;
        ASSERT_EQ(many.get_document(id).get_docid(), id);
        EXPECT_EQ(one.get_document(id).get_data(), many.get_document(id).get_data()) << id;
        EXPECT_EQ(termlist(one, id), termlist(many, id)) << id;
    }
    EXPECT_EQ(spellings(one), spellings(many));
    EXPECT_FALSE(spellings(one).empty());
    EXPECT_FALSE(many.get_metadata("newsdex.last_run").empty());
    for (const auto* leftover : {"many.shard0", "many.shard1", "many.compacting", "many.replaced"})
        EXPECT_FALSE(fs::exists(dir / leftover)) << leftover;
}

// Eighty short notes: enough files for a first build in shards.
void write_notes(const std::string& folder, bool shared_id) {
    for (int i = 0; i < 80; ++i) {
        std::string front = shared_id && (i == 0 || i == 79) ? "---\nid: shared-id\n---\n" : "";
        test::write_file(folder + "/" + std::to_string(100 + i) + ".md",
                         front + "Note " + std::to_string(i) + "\n\nThe grain corridor carried " +
                             std::to_string(i) + " ships. \"We will keep it open,\" the minister said.\n");
    }
}

}  // namespace

TEST(IndexIdentity, AnyNumberOfThreadsWritesTheSameIndex) {
    test::TempDir dir;
    write_notes(dir / "notes", false);
    std::vector<std::string> inputs = {kSource + "/corpora", dir / "notes"};
    if (fs::exists(kBbcBusiness)) inputs.push_back(kBbcBusiness);
    else std::cerr << "../shared absent: comparing on corpora/ and generated notes\n";
    expect_same_index(dir, inputs);

    for (const auto* q : {"oil prices", "territorial integrity", "speaker:aliyev energy",
                          "topic:energy grid", "\"interest rates\"", "growth NOT china"}) {
        SearchRequest r;
        r.query = q;
        r.limit = 20;
        auto a = search(dir / "one", r);
        auto b = search(dir / "many", r);
        ASSERT_EQ(a.hits.size(), b.hits.size()) << q;
        for (std::size_t i = 0; i < a.hits.size(); ++i) {
            EXPECT_EQ(a.hits[i].passage.passage_id, b.hits[i].passage.passage_id) << q;
            EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << q;
        }
    }
}

TEST(IndexIdentity, AnArticleIdInTwoShardsStaysWithTheFirstFileAsOneWriterKeepsIt) {
    test::TempDir dir;
    write_notes(dir / "notes", true);
    expect_same_index(dir, {dir / "notes"}, 3);  // the later file is refused and reported
    Xapian::Database db(dir / "many");
    const auto term = schema::id_term(schema::kArticle, "shared-id");
    EXPECT_EQ(db.get_termfreq(term), 2u);  // the first note's two passages
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p)
        EXPECT_NE(db.get_document(*p).get_data().find("Note 0"), std::string::npos);
}

TEST(IndexIdentity, SpellingWordsAreWhatTermGeneratorWouldAdd) {
    test::TempDir dir;
    Xapian::WritableDatabase by_xapian(dir / "x", Xapian::DB_CREATE);
    Xapian::WritableDatabase by_us(dir / "u", Xapian::DB_CREATE);
    PassageRecord record;
    record.passage_id = "a#0";
    record.article_id = "a";
    record.title = "Grain Corridor Talks";
    record.text = "Ministers said the grain corridor, opened in 2023, moved 30.5 million tonnes; "
                  "the corridor's ships sailed. Ukraine's café owners cheered: grain, grain! "
                  "Well-known C++ and AT&T men of the U.S.A. wrote 1,000.5 words on "
                  "pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilico.";
    auto generator = schema::term_generator();
    generator.set_database(by_xapian);
    generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(schema::fold(record.text));
    generator.increase_termpos();
    generator.index_text(schema::fold(record.title), 1, std::string(schema::kTitle));
    by_xapian.commit();

    DocumentBuilder builder(false);
    SpellingCounts words;
    builder.build(record, {}, &words);
    for (const auto& [word, count] : words) by_us.add_spelling(word, count);
    by_us.commit();
    EXPECT_EQ(spellings(by_us), spellings(by_xapian));
    EXPECT_EQ(spellings(by_us).at("grain"), 3u);
}
