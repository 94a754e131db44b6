// The search response as every front end writes it (response_json_text; newsdex-search, the
// Python module and newsdex-serve all take it from the one writer): laid out byte for byte
// as expected here, compact and indented, with escapes, bytes that are not UTF-8, nulls,
// explanations and facets; its fields in the order and of the types docs/newsdex.schema.json
// gives, whatever they hold; and the writer lays out JSON as nlohmann dumps it.

#include "json_writer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "newsdex/presenters.hpp"

namespace {

using json = nlohmann::ordered_json;
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

// Two results, one with every field known and explained, one with nulls and bytes that are
// not UTF-8; a facet asked for twice and one with no values.
SearchResponse small_response() {
    SearchResponse r;
    r.query = "energy \"security\"\ttab";
    r.total_estimate = 42;
    auto a = hit(1, 12.5, "Energy <b> & 'ours' \x01 \xc3\xa9");
    a.passage.date = "2020-01-02";
    a.passage.speaker = "Aliyev";
    a.passage.topics = {"energy", "security"};
    a.passage.kind = newsdex::PassageKind::quote;
    a.passage.paragraph = 3;
    a.more_in_article = 2;
    a.explanation = {{"Zenergi", 1.5}, {"XSaliyev", 0.0}};
    r.hits.push_back(a);
    auto b = hit(2, 1.0, "Bytes \xff cut\r\n");
    b.passage.title = "Bad \xe2\x82 title";
    b.passage.path = "dir/bad\xff.md";
    r.hits.push_back(b);
    r.facets.push_back({"speaker", {{"Aliyev", 3}, {"Zed", 1}}});
    r.facets.push_back({"year", {}});
    r.facets.push_back({"speaker", {{"Putin", 4}, {"Aliyev", 2}}});
    return r;
}

// Written out by hand from docs/json.md: the fields in their order, unknown date and speaker
// null, HTML escaped in the snippet only, C0 controls as \u00XX, bytes that are not UTF-8 as
// the text `\xHH`, a facet asked for twice in its first place with its last counts, at most
// one value per facet here (facet_totals counting them all).
const char* kSmallCompact =
    R"({"json_schema_version":1,"query":"energy \"security\"\ttab","total_estimate":42,)"
    R"("suggestion":null,"results":[)"
    R"({"rank":1,"score":12.5,"passage_id":"dir/a1.txt#1","article_id":"dir/a1.txt",)"
    R"("title":"Title \"quoted\" \\ back/slash","date":"2020-01-02","source":"Wire",)"
    R"("path":"/data/dir/a.txt","kind":"quote","paragraph":3,"speaker":"Aliyev",)"
    R"("topics":["energy","security"],"text":"Energy <b> & 'ours' \u0001 é",)"
    R"("snippet":"<mark>Energy</mark> &lt;b&gt; &amp; &#39;ours&#39; \u0001 é",)"
    R"("more_in_article":2,"explanation":[{"term":"Zenergi","weight":1.5},)"
    R"({"term":"XSaliyev","weight":0.0}]},)"
    R"({"rank":2,"score":1.0,"passage_id":"dir/a2.txt#2","article_id":"dir/a2.txt",)"
    R"("title":"Bad \\xe2\\x82 title","date":null,"source":"Wire","path":"dir/bad\\xff.md",)"
    R"("kind":"paragraph","paragraph":0,"speaker":null,"topics":[],)"
    R"("text":"Bytes \\xff cut\r\n","snippet":"<mark>Bytes </mark>\\xff cut\r\n",)"
    R"("more_in_article":0}],)"
    R"("facets":{"speaker":[{"value":"Putin","count":4}],"year":[]},)"
    R"("facet_totals":{"speaker":2,"year":0}})";

TEST(ResponseJson, SmallResponseIsWrittenAsDocumented) {
    EXPECT_EQ(newsdex::response_json_text(small_response(), 1), kSmallCompact);
}

TEST(ResponseJson, IndentedLayout) {
    SearchResponse r;
    r.query = "energie";
    r.suggestion = "energy";
    auto h = hit(1, 2.25, "Energy");
    h.passage.topics = {"energy"};
    r.hits.push_back(h);
    r.facets.push_back({"topic", {{"energy", 1}}});
    EXPECT_EQ(newsdex::response_json_text(r, 0, 2),
              "{\n"
              "  \"json_schema_version\": 1,\n"
              "  \"query\": \"energie\",\n"
              "  \"total_estimate\": 0,\n"
              "  \"suggestion\": \"energy\",\n"
              "  \"results\": [\n"
              "    {\n"
              "      \"rank\": 1,\n"
              "      \"score\": 2.25,\n"
              "      \"passage_id\": \"dir/a1.txt#1\",\n"
              "      \"article_id\": \"dir/a1.txt\",\n"
              "      \"title\": \"Title \\\"quoted\\\" \\\\ back/slash\",\n"
              "      \"date\": null,\n"
              "      \"source\": \"Wire\",\n"
              "      \"path\": \"/data/dir/a.txt\",\n"
              "      \"kind\": \"paragraph\",\n"
              "      \"paragraph\": 0,\n"
              "      \"speaker\": null,\n"
              "      \"topics\": [\n"
              "        \"energy\"\n"
              "      ],\n"
              "      \"text\": \"Energy\",\n"
              "      \"snippet\": \"<mark>Energy</mark>\",\n"
              "      \"more_in_article\": 0\n"
              "    }\n"
              "  ],\n"
              "  \"facets\": {\n"
              "    \"topic\": [\n"
              "      {\n"
              "        \"value\": \"energy\",\n"
              "        \"count\": 1\n"
              "      }\n"
              "    ]\n"
              "  },\n"
              "  \"facet_totals\": {\n"
              "    \"topic\": 1\n"
              "  }\n"
              "}");
}

TEST(ResponseJson, EmptyResponse) {
    SearchResponse r;
    EXPECT_EQ(newsdex::response_json_text(r),
              R"({"json_schema_version":1,"query":"","total_estimate":0,"suggestion":null,)"
              R"("results":[]})");
    EXPECT_EQ(newsdex::response_json_text(r, 0, 2),
              "{\n  \"json_schema_version\": 1,\n  \"query\": \"\",\n  \"total_estimate\": 0,\n"
              "  \"suggestion\": null,\n  \"results\": []\n}");
    r.facets.push_back({"topic", {}});
    EXPECT_NE(newsdex::response_json_text(r).find(
                  R"("facets":{"topic":[]},"facet_totals":{"topic":0}})"),
              std::string::npos);
}

// --- against docs/newsdex.schema.json ---------------------------------------------------

json schema() {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/docs/newsdex.schema.json");
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

// The definition `ref` (`#/$defs/name`) points to.
const json& definition(const json& root, const std::string& ref) {
    return root.at("$defs").at(ref.substr(std::string("#/$defs/").size()));
}

bool has_type(const json& value, const std::string& type) {
    if (type == "null") return value.is_null();
    if (type == "string") return value.is_string();
    if (type == "integer") return value.is_number_integer();
    if (type == "number") return value.is_number();
    if (type == "boolean") return value.is_boolean();
    if (type == "array") return value.is_array();
    if (type == "object") return value.is_object();
    return false;
}

// The parts of the schema the search response's definitions use: $ref, type, const, enum,
// minimum, required, properties (listed in the order the response writes them), items,
// additionalProperties.
void check(const json& root, const json& def, const json& value, const std::string& where) {
    SCOPED_TRACE(where);
    if (def.contains("$ref")) return check(root, definition(root, def["$ref"]), value, where);
    if (def.contains("type")) {
        bool ok = false;
        if (def["type"].is_string())
            ok = has_type(value, def["type"]);
        else
            for (const auto& t : def["type"]) ok = ok || has_type(value, t);
        ASSERT_TRUE(ok) << value.dump() << " is not " << def["type"].dump();
    }
    if (def.contains("const")) {
        EXPECT_EQ(value, def["const"]);
    }
    if (def.contains("enum")) {
        EXPECT_NE(std::find(def["enum"].begin(), def["enum"].end(), value), def["enum"].end())
            << value.dump();
    }
    if (def.contains("minimum") && value.is_number()) {
        EXPECT_GE(value.get<double>(), def["minimum"].get<double>());
    }
    if (value.is_object()) {
        std::vector<std::string> keys;
        for (const auto& [key, _] : value.items()) keys.push_back(key);
        for (const auto& key : def.value("required", json::array())) {
            EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << "no " << key;
        }
        std::size_t listed = 0;  // the keys in the order the schema lists them
        for (const auto& key : keys) {
            if (def.contains("properties") && def["properties"].contains(key)) {
                std::size_t place = 0;
                for (const auto& [name, _] : def["properties"].items()) {
                    if (name == key) break;
                    ++place;
                }
                EXPECT_GE(place, listed) << key << " out of the schema's order";
                listed = place;
                check(root, def["properties"][key], value[key], where + "." + key);
            } else if (def.contains("additionalProperties")) {
                check(root, def["additionalProperties"], value[key], where + "." + key);
            } else {
                ADD_FAILURE() << key << " is not in the schema";
            }
        }
    }
    if (value.is_array() && def.contains("items")) {
        for (std::size_t i = 0; i < value.size(); ++i)
            check(root, def["items"], value[i], where + "[" + std::to_string(i) + "]");
    }
}

// Every kind of field: nulls and values, escapes, bytes that are not UTF-8, explanations,
// facets (one asked for twice), scores whole, tiny and huge.
SearchResponse varied_response() {
    SearchResponse r = small_response();
    r.total_estimate = 123456789;
    r.suggestion = "energie \xff";
    r.hits[0].score = 12.345678901234567;
    r.hits.push_back(hit(3, 1e-7, "tiny \x1f\x7f 世界"));
    r.hits.push_back(hit(4, 3.5e21, "huge \b\f"));
    r.hits.push_back(hit(5, 0.0, ""));
    r.facets.push_back({"source", {{"Wire\xfe", 1}}});
    r.facets.push_back({"topic", {{"energy", 5}, {"Tavi \x1b]0;x\x07", 2}}});
    return r;
}

TEST(ResponseJson, FieldsAreTheSchemas) {
    const auto root = schema();
    const auto& response_def = root.at("$defs").at("search_response");
    const auto r = varied_response();
    for (int indent : {-1, 0, 2})
        for (std::size_t limit : {0, 1}) {
            const auto where = "indent " + std::to_string(indent) + ", limit " +
                               std::to_string(limit);
            const auto text = newsdex::response_json_text(r, limit, indent);
            json j;
            ASSERT_NO_THROW(j = json::parse(text)) << where;
            check(root, response_def, j, where);
            // Field by field, what the response holds.
            EXPECT_EQ(j["query"], r.query) << where;
            EXPECT_EQ(j["total_estimate"], 123456789u);
            EXPECT_EQ(j["suggestion"], "energie \\xff");
            ASSERT_EQ(j["results"].size(), r.hits.size());
            for (std::size_t i = 0; i < r.hits.size(); ++i) {
                const auto& result = j["results"][i];
                EXPECT_EQ(result["rank"], r.hits[i].rank);
                EXPECT_EQ(result["score"].get<double>(), r.hits[i].score) << where;
                EXPECT_EQ(result["passage_id"], r.hits[i].passage.passage_id);
                EXPECT_EQ(result.contains("explanation"), !r.hits[i].explanation.empty());
            }
            EXPECT_EQ(j["results"][0]["explanation"][0]["weight"], 1.5);
            EXPECT_EQ(j["results"][2]["text"], "tiny \x1f\x7f 世界");
            EXPECT_EQ(j["results"][3]["text"], "huge \b\f");
            EXPECT_EQ(j["facets"]["source"][0]["value"], "Wire\\xfe");
            EXPECT_EQ(j["facets"]["topic"].size(), limit == 0 ? 2u : 1u);
            EXPECT_EQ(j["facet_totals"]["topic"], 2);
            std::vector<std::string> facet_order;
            for (const auto& [name, _] : j["facets"].items()) facet_order.push_back(name);
            EXPECT_EQ(facet_order, (std::vector<std::string>{"speaker", "year", "source", "topic"}));
            // Indented or not, the same document.
            EXPECT_EQ(j, json::parse(newsdex::response_json_text(r, limit)));
            EXPECT_EQ(text.find('\n') != std::string::npos, indent >= 0) << where;
        }
}

// A score that is no number (never one Xapian gives) is written null, as nlohmann dumps it.
TEST(ResponseJson, ScoresThatAreNoNumberAreNull) {
    SearchResponse r;
    r.hits.push_back(hit(1, std::numeric_limits<double>::quiet_NaN(), "x"));
    r.hits.push_back(hit(2, std::numeric_limits<double>::infinity(), "y"));
    const auto j = json::parse(newsdex::response_json_text(r));
    EXPECT_TRUE(j["results"][0]["score"].is_null());
    EXPECT_TRUE(j["results"][1]["score"].is_null());
}

TEST(JsonWriter, LaysOutAsNlohmannDumps) {
    const json tree = {{"a", json::array()},
                       {"b", json::object()},
                       {"c", {1, -2, true, false, nullptr, 2.5, "x", nullptr, "y", nullptr, "z"}},
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
        w.value_or_null_if_empty("");
        w.value_or_null_if_empty("y");
        w.value_or_null(std::nullopt);
        w.value_or_null(std::optional<std::string>("z"));
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
