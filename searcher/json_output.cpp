#include "newsdex/display_text.hpp"
#include "newsdex/json_version.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/response_json.hpp"

namespace newsdex {

using json = nlohmann::ordered_json;

namespace {

void append_escaped(std::string& out, std::string_view text) {
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
        append_escaped(out, text.substr(pos, m.begin - pos));
        out += "<mark>";
        append_escaped(out, text.substr(m.begin, m.end - m.begin));
        out += "</mark>";
        pos = m.end;
    }
    append_escaped(out, text.substr(pos, hit.snippet.end - pos));
    if (hit.snippet.end < text.size()) out += "…";
    return out;
}

json result_json(const SearchHit& hit) {
    const auto& p = hit.passage;
    json r = {{"rank", hit.rank},
              {"score", hit.score},
              {"passage_id", p.passage_id},
              {"article_id", p.article_id},
              {"title", p.title},
              {"date", null_if_empty(p.date)},
              {"source", p.source},
              {"path", p.path},
              {"kind", to_string(p.kind)},
              {"paragraph", p.paragraph},
              {"speaker", p.speaker ? json(*p.speaker) : json(nullptr)},
              {"topics", p.topics},
              {"text", p.text},
              {"snippet", marked_snippet(hit)},
              {"more_in_article", hit.more_in_article}};
    if (!hit.explanation.empty()) {
        json terms = json::array();
        for (const auto& t : hit.explanation) terms.push_back({{"term", t.term}, {"weight", t.weight}});
        r["explanation"] = terms;
    }
    return r;
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

json facets_json(const std::vector<Facet>& facets, std::size_t limit) {
    json values_of = json::object(), totals = json::object();
    for (const auto& f : facets) {
        json values = json::array();
        for (const auto& v : f.values) {
            if (limit > 0 && values.size() == limit) break;
            values.push_back({{"value", v.value}, {"count", v.count}});
        }
        values_of[f.name] = values;
        totals[f.name] = f.values.size();
    }
    return {{"facets", values_of}, {"facet_totals", totals}};
}

json to_json(const SearchResponse& response, std::size_t facet_limit) {
    json results = json::array();
    for (const auto& hit : response.hits) results.push_back(result_json(hit));
    json out = {{kJsonVersionKey, kJsonVersion},
                {"query", response.query},
                {"total_estimate", response.total_estimate},
                {"suggestion", response.suggestion ? json(*response.suggestion) : json(nullptr)},
                {"results", results}};
    if (!response.facets.empty()) out.update(facets_json(response.facets, facet_limit));
    return out;
}

std::string response_json_text(const SearchResponse& response, std::size_t facet_limit,
                               int indent) {
    return dump_json(to_json(response, facet_limit), indent);
}

}  // namespace newsdex
