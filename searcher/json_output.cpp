#include <algorithm>

#include "json_output.hpp"
#include "newsdex/display_text.hpp"
#include "newsdex/json_version.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/record_json.hpp"

namespace newsdex {

using json = nlohmann::ordered_json;

namespace {

void append_html_escaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
}

json null_if_empty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

std::string marked_snippet(const SearchHit& hit) {
    std::string_view text = hit.passage.text;
    std::string out;
    if (hit.snippet.begin > 0) out += "…";
    size_t pos = hit.snippet.begin;
    for (const auto& m : hit.matches) {
        if (m.begin < pos || m.end > hit.snippet.end) continue;
        append_html_escaped(out, text.substr(pos, m.begin - pos));
        out += "<mark>";
        append_html_escaped(out, text.substr(m.begin, m.end - m.begin));
        out += "</mark>";
        pos = m.end;
    }
    append_html_escaped(out, text.substr(pos, hit.snippet.end - pos));
    if (hit.snippet.end < text.size()) out += "…";
    return out;
}

json passage_json(const PassageRecord& p) {
    return {{kJsonVersionKey, kJsonVersion},
            {"passage_id", p.passage_id},
            {"article_id", p.article_id},
            {"title", p.title},
            {"date", null_if_empty(p.date)},
            {"time", null_if_empty(p.time)},
            {"source", p.source},
            {"url", p.url},
            {"path", p.path},
            {"language", p.language},
            {"kind", to_string(p.kind)},
            {"paragraph", p.paragraph},
            {"speaker", p.speaker ? json(*p.speaker) : json(nullptr)},
            {"topics", p.topics},
            {"text", p.text}};
}

void write_result_members(JsonWriter& w, const SearchHit& hit) {
    const auto& p = hit.passage;
    w.member("rank", hit.rank);
    w.member("score", hit.score);
    w.member("passage_id", p.passage_id);
    w.member("article_id", p.article_id);
    w.member("title", p.title);
    w.key("date");
    w.value_or_null_if_empty(p.date);
    w.member("source", p.source);
    w.member("path", p.path);
    w.member("kind", to_string(p.kind));
    w.member("paragraph", p.paragraph);
    w.key("speaker");
    w.value_or_null(p.speaker);
    w.key("topics");
    w.begin_array();
    for (const auto& t : p.topics) w.value(t);
    w.end_array();
    w.member("text", p.text);
    w.member("snippet", marked_snippet(hit));
    w.member("more_in_article", hit.more_in_article);
    if (!hit.explanation.empty()) {
        w.key("explanation");
        w.begin_array();
        for (const auto& t : hit.explanation) {
            w.begin_object();
            w.member("term", t.term);
            w.member("weight", t.weight);
            w.end_object();
        }
        w.end_array();
    }
}

void write_facets(JsonWriter& w, const std::vector<Facet>& facets, std::size_t limit) {
    std::vector<const Facet*> shown;
    for (const auto& f : facets) {
        auto same = std::find_if(shown.begin(), shown.end(),
                                 [&](const Facet* s) { return s->name == f.name; });
        if (same == shown.end())
            shown.push_back(&f);
        else
            *same = &f;
    }
    w.key("facets");
    w.begin_object();
    for (const auto* f : shown) {
        w.key(f->name);
        w.begin_array();
        std::size_t n = 0;
        for (const auto& v : f->values) {
            if (limit > 0 && n++ == limit) break;
            w.begin_object();
            w.member("value", v.value);
            w.member("count", v.count);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
    w.key("facet_totals");
    w.begin_object();
    for (const auto* f : shown) w.member(f->name, f->values.size());
    w.end_object();
}

namespace {
// An array of results under `key`.
void write_hits(JsonWriter& w, std::string_view key, const std::vector<SearchHit>& hits) {
    w.key(key);
    w.begin_array();
    for (const auto& hit : hits) {
        w.begin_object();
        write_result_members(w, hit);
        w.end_object();
    }
    w.end_array();
}
}  // namespace

void write_response_members(JsonWriter& w, const SearchResponse& response,
                            std::size_t facet_limit) {
    w.member(kJsonVersionKey, kJsonVersion);
    w.member("query", response.query);
    w.member("total_estimate", response.total_estimate);
    w.key("suggestion");
    w.value_or_null(response.suggestion);
    write_hits(w, "results", response.hits);
    if (!response.also.empty()) {
        write_hits(w, "also", response.also);
        w.key("also_names");
        w.begin_array();
        for (const auto& name : response.also_names) w.value(name);
        w.end_array();
    }
    if (!response.facets.empty()) write_facets(w, response.facets, facet_limit);
}

std::string response_json_text(const SearchResponse& response, std::size_t facet_limit,
                               int indent) {
    JsonWriter w(indent);
    w.begin_object();
    write_response_members(w, response, facet_limit);
    w.end_object();
    return w.take();
}

}  // namespace newsdex
