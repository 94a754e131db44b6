// An index without word positions (the default) must find and rank exactly what one built
// with --positions does: phrases, ADJ and NEAR are checked against each passage's text.

#include <gtest/gtest.h>
#include <xapian.h>

#include <cmath>
#include <filesystem>
#include <functional>

#include "newsdex/errors.hpp"
#include "newsdex/indexer.hpp"
#include "newsdex/passage_record.hpp"
#include "newsdex/schema.hpp"
#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"
#include "position_check.hpp"
#include "text_weights.hpp"
#include "process.hpp"
#include "test_paths.hpp"

using namespace newsdex;
using newsdex::test::kCorpora;
using newsdex::test::run;
using newsdex::test::TempDir;
using newsdex::test::write_file;

namespace {

void build(const std::string& db, const std::string& folder, bool positions) {
    IndexOptions options;
    options.db_path = db;
    options.paths = {folder};
    options.positions = positions;
    auto report = index_paths(options);
    ASSERT_TRUE(report.failed.empty());
    ASSERT_GT(report.passages, 0u);
}

// Texts where a phrase's words are present but apart, in the other order, or repeated.
void write_probe_articles(const std::string& folder) {
    write_file(folder + "/adjacent.md",
               "# Launch day\n\nThe rocket launch went well on Monday.\n\n"
               "Nothing else happened that day.\n");
    write_file(folder + "/apart.md",
               "# A rocket and a launch\n\nThe rocket stood still while the boat launch went ahead "
               "and bananas were sold.\n\nBananas, bananas and more bananas.\n");
    write_file(folder + "/reversed.md",
               "# Reversed\n\nA launch of the rocket was postponed; launch rocket later.\n");
    write_file(folder + "/window.md",
               "# Window\n\nThe rocket engine test launch was loud.\n\n"
               "Energy and security are linked, security of energy matters.\n");
    write_file(folder + "/unusual.md",
               "# \u00C9nergie: l\u2019Europe\n\nA " + std::string(70, 'x') +
                   " word too long to index, then caf\u00E9s, \u00BD of ''c++'' and AT&T\u2019s "
                   "1,400.5 km \u2014 na\u00EFve \u018Fliyev, \u041A\u0418\u0407\u0412.\n");
    write_file(folder + "/repeat.md", "# Repeat\n\nHe said launch launch launch, then rocket.\n");
}

struct Ranked {
    std::vector<std::string> ids;
    std::vector<double> scores;
};

Ranked ranked(const std::string& db, const std::string& query, std::size_t limit = 20) {
    SearchRequest r;
    r.query = query;
    r.limit = limit;
    r.highlight = false;
    Ranked out;
    for (const auto& h : search(db, r).hits) {
        out.ids.push_back(h.passage.passage_id);
        out.scores.push_back(h.score);
    }
    return out;
}

// Indexes `folder` without and with positions; each query must rank the same in both.
void expect_same_rankings(const TempDir& dir, const std::string& folder,
                          const std::vector<std::string>& queries) {
    build(dir / "plain", folder, false);
    build(dir / "positional", folder, true);
    for (const auto& query : queries) {
        const auto a = ranked(dir / "plain", query), b = ranked(dir / "positional", query);
        EXPECT_EQ(a.ids, b.ids) << query;
        if (a.ids != b.ids) continue;
        for (std::size_t i = 0; i < a.scores.size(); ++i)
            EXPECT_NEAR(a.scores[i], b.scores[i], 1e-9 * std::max(1.0, b.scores[i]))
                << query << " #" << i;
    }
}

std::vector<std::string> article_ids(const Ranked& r) {
    std::vector<std::string> out;
    for (const auto& id : r.ids) out.push_back(id.substr(0, id.find('#')));
    return out;
}

}  // namespace

TEST(Positions, DefaultIndexKeepsNoneAndSaysSo) {
    TempDir dir;
    write_probe_articles(dir / "in");
    build(dir / "plain", dir / "in", false);
    build(dir / "positional", dir / "in", true);
    Xapian::Database plain(dir / "plain"), positional(dir / "positional");
    EXPECT_FALSE(plain.has_positions());
    EXPECT_TRUE(positional.has_positions());
    EXPECT_EQ(plain.get_metadata(std::string(schema::kMetaPositions)), "0");
    EXPECT_EQ(positional.get_metadata(std::string(schema::kMetaPositions)), "1");
    EXPECT_FALSE(database_stats(dir / "plain").positions);
    EXPECT_TRUE(database_stats(dir / "positional").positions);
}

TEST(Positions, PhrasesAreHeldToWordOrderAndDistance) {
    TempDir dir;
    write_probe_articles(dir / "in");
    build(dir / "plain", dir / "in", false);
    const auto db = dir / "plain";
    auto articles = [&](const std::string& q) {
        auto ids = article_ids(ranked(db, q));
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    };
    using V = std::vector<std::string>;
    EXPECT_EQ(articles("\"rocket launch\""), V{"adjacent.md"});
    EXPECT_EQ(articles("\"launch rocket\""), V{"reversed.md"});
    EXPECT_EQ(articles("rocket ADJ/3 launch"), (V{"adjacent.md", "reversed.md", "window.md"}));
    EXPECT_EQ(articles("rocket NEAR/2 launch"), (V{"adjacent.md", "repeat.md", "reversed.md"}));
    EXPECT_EQ(articles("title:\"rocket and a launch\""), V{"apart.md"});
    EXPECT_EQ(articles("\"energy and security\""), V{"window.md"});
    // A negated phrase takes out only the passages that have it, not those with its words.
    EXPECT_EQ(articles("bananas -\"rocket launch\""), V{"apart.md"});
    EXPECT_TRUE(articles("rocket -\"rocket launch\"").size() >= 3u);
}

namespace {

// Indexes the probe articles and corpora/, each into its own database, with or without
// positions, and calls `check` on every passage's stored document; `check` counts what it
// compared, which must be more than `at_least` a folder.
void check_each_passage(
    const TempDir& dir, bool positions, std::size_t at_least,
    const std::function<void(const Xapian::Document&, const std::string& where, std::size_t& compared)>&
        check) {
    write_probe_articles(dir / "probe");
    for (const auto& folder : {std::string(dir / "probe"), kCorpora}) {
        const auto db_path = dir / ("db" + std::to_string(folder.size()));
        build(db_path, folder, positions);
        Xapian::Database db(db_path);
        std::size_t compared = 0;
        for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id)
            check(db.get_document(*id), folder + " #" + std::to_string(*id), compared);
        EXPECT_GT(compared, at_least) << folder;
    }
}

}  // namespace

// Positions worked out from the stored text are those the indexer records (which
// PassageTerms.AreWhatTermGeneratorWrites holds to TermGenerator's).
TEST(Positions, WorkedOutFromTextAsTheIndexerRecordsThem) {
    TempDir dir;
    check_each_passage(dir, true, 50, [](const Xapian::Document& doc, const std::string& where,
                                         std::size_t& compared) {
        PassageWords words;
        std::size_t word_terms = 0;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
            if ((*t).starts_with("Z")) words.want(*t), ++word_terms;
        const auto& found = words.of(doc);
        EXPECT_EQ(found.size(), word_terms) << where;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            if (!(*t).starts_with("Z")) continue;
            const std::vector<Xapian::termpos> recorded(t.positionlist_begin(), t.positionlist_end());
            const auto it = found.find(*t);
            EXPECT_EQ(it == found.end() ? std::vector<Xapian::termpos>{} : it->second, recorded)
                << where << " " << *t;
            ++compared;
        }
    });
}

// The indexer's one-pass analysis writes what TermGenerator writes, with and without
// positions: the same terms, counts, positions and document length, for every passage of the
// probe and of corpora/.
TEST(PassageTerms, AreWhatTermGeneratorWrites) {
    TempDir dir;
    const auto stemmer = schema::stemmer();
    check_each_passage(dir, false, 100, [&](const Xapian::Document& doc, const std::string& where,
                                            std::size_t& compared) {
        const auto record = PassageRecord::parse(doc.get_data());
        for (const bool positions : {false, true}) {
            Xapian::Document expected, ours;
            auto generator = schema::term_generator();
            generator.set_document(expected);
            if (positions) {
                generator.index_text(schema::fold(record.text));
                generator.increase_termpos(schema::kTitleGap);
                generator.index_text(schema::fold(record.title), 1, std::string(schema::kTitle));
            } else {
                generator.index_text_without_positions(schema::fold(record.text));
                generator.index_text_without_positions(schema::fold(record.title), 1,
                                                       std::string(schema::kTitle));
            }
            schema::index_passage_words(ours, stemmer, record.text, record.title, positions);
            ASSERT_EQ(ours.termlist_count(), expected.termlist_count()) << where;
            for (auto a = expected.termlist_begin(), b = ours.termlist_begin();
                 a != expected.termlist_end(); ++a, ++b) {
                ASSERT_EQ(*b, *a) << where;
                EXPECT_EQ(b.get_wdf(), a.get_wdf()) << where << " " << *a;
                EXPECT_EQ(std::vector<Xapian::termpos>(b.positionlist_begin(), b.positionlist_end()),
                          std::vector<Xapian::termpos>(a.positionlist_begin(), a.positionlist_end()))
                    << where << " " << *a;
                ++compared;
            }
        }
    });
}

// Weights worked out from a passage's text are those Xapian's BM25 gives the same words.
TEST(Positions, TextWeightsAreXapiansBm25) {
    TempDir dir;
    build(dir / "db", kCorpora, false);
    Xapian::Database db(dir / "db");
    const Ranking ranking;
    std::size_t compared = 0;
    for (auto id = db.postlist_begin(""); id != db.postlist_end("") && compared < 400; ++id) {
        const auto doc = db.get_document(*id);
        std::vector<std::string> terms;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end() && terms.size() < 6; ++t)
            if ((*t).starts_with("Z")) terms.push_back(*t);
        ASSERT_GE(terms.size(), 2u);
        auto words = std::make_shared<PassageWords>();
        for (const auto& t : terms) words->want(t);
        // The corpora have quotes, so the parameters differ from the ranking's own.
        const auto bm25 = bm25_parameters(db, ranking);
        TextWeights text(db, bm25, words);
        auto xapian = [&](const Xapian::Query& q) {
            Xapian::Enquire enquire(db);
            enquire.set_weighting_scheme(bm25_weight(bm25));
            enquire.set_query(q);
            const auto mset = enquire.get_mset(0, db.get_doccount());
            for (auto it = mset.begin(); it != mset.end(); ++it)
                if (*it == *id) return it.get_weight();
            return -1.0;
        };
        for (const auto& t : terms) {
            const double expected = xapian(Xapian::Query(t));
            EXPECT_NEAR(text.of(doc, {t}), expected, 1e-12 * expected) << *id << " " << t;
            ++compared;
        }
        const Xapian::Query pair(Xapian::Query::OP_AND, Xapian::Query(terms[0]),
                                 Xapian::Query(terms[1]));
        const double both = xapian(pair);
        EXPECT_NEAR(text.of(doc, {terms[0], terms[1]}), both, 1e-12 * both) << *id;
        EXPECT_EQ(text.of(doc, {terms[0], "Znosuchword"}), 0.0);
    }
    EXPECT_GE(compared, 200u);
}

TEST(Positions, ProbeQueriesRankAsWithPositions) {
    TempDir dir;
    write_probe_articles(dir / "in");
    expect_same_rankings(
        dir, dir / "in",
        {"\"rocket launch\"", "\"rocket launch\" OR bananas", "bananas OR \"launch rocket\"",
         "\"rocket launch\" bananas monday", "rocket NEAR/2 launch", "rocket ADJ/3 launch",
         "bananas -\"rocket launch\"", "\"launch launch\"", "\"launch launch\" OR rocket",
         "title:\"rocket and a launch\" OR launch", "rocket launch", "energy security",
         "\"energy and security\" OR \"security of energy\"", "rocket XOR \"boat launch\"",
         "+rocket \"boat launch\""});
}

// The passage with the phrase's words apart would outrank the one with the phrase if its
// words counted as the phrase: the weight Xapian gave them is taken back.
TEST(Positions, PhraseWeightIsTakenBackWhereThePhraseIsNot) {
    TempDir dir;
    write_probe_articles(dir / "in");
    build(dir / "plain", dir / "in", false);
    SearchRequest r;
    r.query = "\"rocket launch\" OR bananas";
    r.explain = true;
    auto hits = search(dir / "plain", r).hits;
    ASSERT_GE(hits.size(), 2u);
    bool taken_back = false;
    for (const auto& h : hits) {
        if (!h.passage.passage_id.starts_with("apart.md")) continue;
        double sum = 0;
        for (const auto& part : h.explanation) {
            sum += part.weight;
            taken_back = taken_back || (part.term.starts_with("not ") && part.weight < 0);
        }
        EXPECT_NEAR(sum, h.score, 1e-9 * std::max(1.0, h.score)) << h.passage.passage_id;
    }
    EXPECT_TRUE(taken_back);
}

TEST(Positions, CorporaQueriesRankAsWithPositions) {
    TempDir dir;
    expect_same_rankings(
        dir, kCorpora,
        {"\"territorial integrity\"", "\"territorial integrity\" sovereignty",
         "\"united nations\" energy", "peace -\"united nations\"", "security ADJ/3 energy",
         "energy NEAR/3 security", "title:\"joint declaration\"", "\"energy security\" OR defence",
         "sovereignty AND \"territorial integrity\"", "\"peace agreement\" OR ceasefire",
         "zelensky sovereignty", "territorial integrity of ukraine",
         "energy security cooperation between azerbaijan and europe", "\"of the\"",
         "speaker:aliyev \"energy security\"", "topic:energy \"gas supplies\" OR pipeline",
         "\"energ* security\"", "\"the\" OR war"});
}

// Taking phrase weight back can mean matching again, deeper: counts are of one match.
TEST(Positions, FacetsCountEachPassageOnce) {
    TempDir dir;
    for (int i = 0; i < 60; ++i)
        write_file(dir / ("in/a" + std::to_string(i) + ".md"),
                   i % 3 == 0 ? "# Launch " + std::to_string(i) +
                                    "\n\nThe rocket launch was paid for with gas pipeline money.\n"
                              : "# Other " + std::to_string(i) +
                                    "\n\nThe rocket stood by the gas pipeline; the launch of "
                                    "bananas went on.\n");
    build(dir / "plain", dir / "in", false);
    build(dir / "positional", dir / "in", true);
    auto facets = [&](const std::string& db) {
        SearchRequest r;
        r.query = "\"rocket launch\" OR bananas";
        r.limit = 1;
        r.facets = {"topic"};
        auto response = search(db, r);
        std::vector<std::pair<std::string, std::size_t>> out;
        for (const auto& f : response.facets)
            for (const auto& v : f.values) out.emplace_back(f.name + ":" + v.value, v.count);
        out.emplace_back("hits", response.hits.size());
        out.emplace_back("first:" + response.hits.at(0).passage.passage_id, 0);
        return out;
    };
    const auto plain = facets(dir / "plain");
    EXPECT_EQ(plain, facets(dir / "positional"));
    ASSERT_GE(plain.size(), 3u);
    EXPECT_EQ(plain[0].second, 60u) << plain[0].first;
}

TEST(Positions, AnExistingIndexKeepsItsChoice) {
    TempDir dir;
    write_probe_articles(dir / "in");
    build(dir / "db", dir / "in", false);
    IndexOptions options;
    options.db_path = dir / "db";
    options.paths = {dir / "in"};
    options.positions = true;
    EXPECT_THROW(index_paths(options), DatabaseError);
    EXPECT_EQ(ranked(dir / "db", "\"rocket launch\"").ids.size(), 1u) << "index left searchable";

    auto cli = run({NEWSDEX_INDEX_BIN, "--positions", "--db", dir / "db", dir / "in"});
    EXPECT_EQ(cli.exit_code, 2);
    EXPECT_NE(cli.err.find("without positions"), std::string::npos) << cli.err;
    EXPECT_EQ(std::count(cli.err.begin(), cli.err.end(), '\n'), 1) << cli.err;

    // One built with positions keeps them when later runs do not ask.
    build(dir / "kept", dir / "in", true);
    write_file(dir / "in/more.md", "# More\n\nAnother rocket launch, on Friday.\n");
    build(dir / "kept", dir / "in", false);
    Xapian::Database kept(dir / "kept");
    EXPECT_TRUE(kept.has_positions());
    auto more = kept.postlist_begin(schema::id_term(schema::kArticle, "more.md"));
    ASSERT_NE(more, kept.postlist_end(schema::id_term(schema::kArticle, "more.md")));
    EXPECT_NE(kept.positionlist_begin(*more, "Zrocket"), kept.positionlist_end(*more, "Zrocket"));
}
