#include "query_builder.hpp"

#include <gtest/gtest.h>

#include "newsdex/errors.hpp"

using namespace newsdex;

namespace {
std::string described(const std::string& q) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    return build_query(q, db).query.get_description();
}
}  // namespace

TEST(FoldQuery, LowersWordsButKeepsOperators) {
    EXPECT_EQ(fold_query("Energy AND Əliyev NOT Kyiv"), "energy AND aliyev NOT kyiv");
    EXPECT_EQ(fold_query("NATO OR \"Black Sea\" NEAR/3 x"), "nato OR \"black sea\" NEAR/3 x");
    EXPECT_EQ(fold_query("Speaker:ZELENSKY"), "speaker:zelensky");
}

TEST(FoldQuery, ShoutedProseHasNoOperators) {
    EXPECT_TRUE(shouted_prose("I AM INTERESTED IN ROBOTS AND LIBRARIES"));
    EXPECT_EQ(fold_query("I AM INTERESTED IN ROBOTS AND LIBRARIES"),
              "i am interested in robots and libraries");
    EXPECT_FALSE(shouted_prose("GAS AND OIL"));  // short: still an operator
    EXPECT_EQ(fold_query("GAS AND OIL"), "gas AND oil");
    EXPECT_FALSE(shouted_prose("Interested in robots AND libraries and more"));
    EXPECT_NO_THROW(described("MEASUREMENT OF DIELECTRIC CONSTANT OF LIQUIDS OR"));
    EXPECT_THROW(described("GAS AND"), QueryError);
}

TEST(BuildQuery, FunctionWordsAreDroppedUnlessNothingElseIsLeft) {
    auto d = described("what is the state of the energy market");
    EXPECT_NE(d.find("Zenergi"), std::string::npos) << d;
    EXPECT_EQ(d.find("Zthe"), std::string::npos) << d;
    EXPECT_EQ(d.find("Zwhat"), std::string::npos) << d;
    EXPECT_NE(described("\"state of the union\"").find("of"), std::string::npos)
        << "phrases keep them";
    EXPECT_NE(described("to be or not").find("be"), std::string::npos);
}

TEST(BuildQuery, RepeatedWordsBecomeOneTermWithTheirCount) {
    auto d = described("associative memory, associative stores. associative");
    EXPECT_NE(d.find("Zassoci#3"), std::string::npos) << d;
    EXPECT_EQ(d.find("Zassoci@"), std::string::npos) << d;
    auto phrase = described("\"associative memory\" associative");
    EXPECT_EQ(phrase.find("#2"), std::string::npos) << "structured queries stay as parsed: " << phrase;
}

TEST(BuildQuery, CountsContentWordsOfPlainQueries) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    EXPECT_EQ(build_query("what is the state of the energy market", db).plain_words, 3u);
    EXPECT_EQ(build_query("energy AND gas", db).plain_words, 0u);
    EXPECT_EQ(build_query("title:energy market", db).plain_words, 0u);
    EXPECT_EQ(build_query("\"energy market\"", db).plain_words, 0u);
    EXPECT_EQ(build_query("energ*", db).plain_words, 0u);
    EXPECT_EQ(build_query("energy: a (short) note", db, {.prose = true}).plain_words, 3u);
    EXPECT_EQ(build_query("energy energies market", db).plain_words, 2u) << "distinct stems";
    EXPECT_EQ(build_query("speaker:zelensky energy", db).content_words, 1u) << "field values do not count";
    EXPECT_EQ(build_query("\"energy market\" gas", db).content_words, 3u);
}

TEST(BuildQuery, CompoundsOfPlainQueriesAreTheirWords) {
    auto plain = described("boundary-layer flow");
    EXPECT_EQ(plain.find("PHRASE"), std::string::npos) << plain;
    EXPECT_NE(plain.find("Zboundari"), std::string::npos) << plain;
    EXPECT_NE(described("\"boundary-layer\" flow").find("PHRASE"), std::string::npos)
        << "a quoted compound stays a phrase";
    EXPECT_NE(described("boundary-layer AND flow").find("PHRASE"), std::string::npos)
        << "so does one in a structured query";
    EXPECT_EQ(described("energy -gas").find("Zgas"), described("energy -gas").rfind("Zgas"))
        << "a leading minus is still NOT";
    EXPECT_NE(described("energy -gas").find("AND_NOT"), std::string::npos);
}

TEST(BuildQuery, NeighbourPairsStayInsideAClause) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(build_query("the boundary-layer of heated wings", db).pairs,
              (Pairs{{"Zboundari", "Zlayer"}, {"Zlayer", "Zheat"}, {"Zheat", "Zwing"}}));
    EXPECT_EQ(build_query("energy, security. gas", db).pairs, Pairs{});
    EXPECT_EQ(build_query("gas gas", db).pairs, Pairs{});
    EXPECT_EQ(build_query("energy AND security", db).pairs, Pairs{}) << "structured: no pairs";
    EXPECT_EQ(build_query("Energy security: (a note)", db, {.prose = true}).pairs,
              (Pairs{{"Zenergi", "Zsecur"}}));
}

TEST(BuildQuery, CapitalisedWordsAreStemmedLikeLowerCase) {
    EXPECT_EQ(described("Presidents"), described("presidents"));
    EXPECT_NE(described("PRESIDENTS").find("Zpresid"), std::string::npos);
}

TEST(BuildQuery, FieldsMapToSchemaPrefixes) {
    auto d = described("speaker:Zelensky topic:energy title:declaration kind:turn");
    EXPECT_NE(d.find("XSPEAKERzelensky"), std::string::npos) << d;
    EXPECT_NE(d.find("XTOPICenergy"), std::string::npos) << d;
    EXPECT_NE(d.find("ZSdeclar"), std::string::npos) << d;
    EXPECT_NE(d.find("XKINDturn"), std::string::npos) << d;
    EXPECT_NE(described("speaker:\"Ilham Aliyev\"").find("XSPEAKERilham aliyev"),
              std::string::npos);
}

TEST(BuildQuery, PhrasesAndBooleans) {
    auto d = described("\"territorial integrity\" AND NOT energy");
    EXPECT_NE(d.find("PHRASE"), std::string::npos) << d;
    EXPECT_NE(d.find("AND_NOT"), std::string::npos) << d;
}

TEST(BuildQuery, SyntaxErrorsPointAtTheProblem) {
    auto message = [](const std::string& q) {
        try {
            described(q);
        } catch (const QueryError& e) {
            return std::string(e.what());
        }
        return std::string("(no error)");
    };
    EXPECT_EQ(message("energy \"black sea"), "unclosed quote at column 8 of: energy \"black sea");
    EXPECT_EQ(message("(energy OR gas"), "unclosed '(' at column 1 of: (energy OR gas");
    EXPECT_EQ(message("energy) gas"), "unmatched ')' at column 7 of: energy) gas");
    EXPECT_EQ(message("energy AND"), "AND has nothing after it at column 8 of: energy AND");
    EXPECT_EQ(message("OR energy"), "OR has nothing before it at column 1 of: OR energy");
    EXPECT_EQ(message("\"(not a paren\" energy"), "(no error)");
    EXPECT_EQ(message("NOT energy"), "(no error)") << "a leading NOT excludes from everything";
}

TEST(BuildQuery, BadQueriesAreErrors) {
    EXPECT_THROW(described("   "), QueryError);
    EXPECT_THROW(described("colour:red"), QueryError);
    EXPECT_THROW(described("bad \xff utf8"), QueryError);
    EXPECT_NO_THROW(described("\"speaker:inside quotes\" ok"));
    try {
        described("spekaer:aliyev");
        FAIL();
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find("unknown field 'spekaer:'"), std::string::npos);
    }
}
