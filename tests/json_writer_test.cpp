// The search response written directly (response_json_text, what newsdex-serve sends and
// embedders print) is byte for byte the tree newsdex-search dumps (dump_json(to_json())), in
// one line and indented, whatever the fields hold; and the writer lays out JSON as nlohmann
// does.

#include "json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "newsdex/display_text.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/response_json.hpp"

namespace {

using newsdex::Facet;
using newsdex::JsonWriter;
using newsdex::SearchHit;
using newsdex::SearchResponse;

SearchHit hit(std::size_t rank, double score, std::string text) {
    SearchHit h;
    h.rank = rank;
    h.score = score;
    h.passage.article_id = "dir/a" + std::to_string(rank) + ".txt";
    h.passage.passage_id = h.passage.article_id + "#" + std::to_string(rank);
    h.passage.ordinal = static_cast<int>(rank);
    h.passage.title = "Title \"quoted\" \\ back/slash";
    h.passage.source = "Wire";
    h.passage.path = "/data/dir/a.txt";
    h.passage.text = std::move(text);
    h.matches = {{0, 6}};
    h.snippet = {0, std::min<std::size_t>(h.passage.text.size(), 40)};
    return h;
}

// Every kind of field: nulls and values, escapes, bytes that are not UTF-8, explanations,
// facets (one asked for twice), scores whole, tiny, huge and not finite.
SearchResponse varied_response() {
    SearchResponse r;
    r.query = "energy \"security\"\ttab";
    r.total_estimate = 123456789;
    auto a = hit(1, 12.345678901234567, "Energy security <b> & 'ours' \x01\x1f\x7f é 世界");
    a.passage.date = "2020-01-02";
    a.passage.speaker = "Aliyev";
    a.passage.topics = {"energy", "security"};
    a.passage.kind = newsdex::PassageKind::quote;
    a.passage.paragraph = 3;
    a.more_in_article = 2;
    a.explanation = {{"Zenergi", 1.5}, {"XSaliyev", 0.0}};
    r.hits.push_back(a);
    auto b = hit(2, 1.0, "Bytes \xff\xfe not UTF-8, \xc3 cut, \r\n\b\f lines");
    b.passage.title = "Bad \xe2\x82 title";
    b.passage.path = "dir/bad\xff\x1b[2J.md";
    r.hits.push_back(b);
    r.hits.push_back(hit(3, 1e-7, "tiny"));
    r.hits.push_back(hit(4, 3.5e21, "huge"));
    r.hits.push_back(hit(5, std::numeric_limits<double>::quiet_NaN(), "not a number"));
    r.hits.push_back(hit(6, 0.0, ""));
    r.facets.push_back({"speaker", {{"Aliyev", 3}, {"Tavi \x1b]0;x\x07", 2}, {"Zed", 1}}});
    r.facets.push_back({"source", {{"Wire\xfe", 1}}});
    r.facets.push_back({"speaker", {{"Putin", 4}}});
    r.facets.push_back({"year", {}});
    return r;
}

std::string from_tree(const SearchResponse& r, std::size_t facet_limit, int indent) {
    return newsdex::dump_json(newsdex::to_json(r, facet_limit), indent);
}

TEST(JsonWriter, ResponseTextIsTheTreeDumped) {
    const auto r = varied_response();
    for (int indent : {-1, 0, 2, 4})
        for (std::size_t limit : {0, 1, 2}) {
            const auto text = newsdex::response_json_text(r, limit, indent);
            EXPECT_EQ(text, from_tree(r, limit, indent))
                << "indent " << indent << ", limit " << limit;
            EXPECT_TRUE(nlohmann::json::accept(text));
        }
}

TEST(JsonWriter, EmptyResponseIsTheTreeDumped) {
    SearchResponse r;
    r.suggestion = "energie";
    for (int indent : {-1, 2})
        EXPECT_EQ(newsdex::response_json_text(r, 0, indent), from_tree(r, 0, indent));
    r.suggestion.reset();
    r.facets.push_back({"topic", {}});
    EXPECT_EQ(newsdex::response_json_text(r), from_tree(r, 0, -1));
    EXPECT_NE(newsdex::response_json_text(r).find("\"facets\":{\"topic\":[]}"), std::string::npos);
}

TEST(JsonWriter, LaysOutAsNlohmannDumps) {
    const nlohmann::ordered_json tree = {
        {"a", nlohmann::ordered_json::array()},
        {"b", nlohmann::ordered_json::object()},
        {"c", {1, -2, true, false, nullptr, 2.5, "x"}},
        {"d", {{"e", {{"f", std::numeric_limits<double>::infinity()}}}}}};
    for (int indent : {-1, 0, 3}) {
        JsonWriter w(indent);
        w.begin_object();
        w.key("a");
        w.begin_array();
        w.end_array();
        w.key("b");
        w.begin_object();
        w.end_object();
        w.key("c");
        w.begin_array();
        w.value(1u);
        w.value(-2);
        w.value(true);
        w.value(false);
        w.null();
        w.value(2.5);
        w.value("x");
        w.end_array();
        w.key("d");
        w.begin_object();
        w.key("e");
        w.begin_object();
        w.member("f", std::numeric_limits<double>::infinity());
        w.end_object();
        w.end_object();
        w.end_object();
        EXPECT_EQ(w.take(), tree.dump(indent)) << "indent " << indent;
    }
}

}  // namespace
