#include "report.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace newsdex::eval {

namespace {

std::string format(const char* fmt, double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, fmt, value);
    return buf;
}

std::string ratio(double ours, double theirs) {
    return theirs > 0 ? format("%.3f", ours / theirs) : "-";
}

// Left-aligns text in a column of `width`, always leaving at least one space after it.
std::string pad(std::string text, std::size_t width) {
    text.resize(std::max(width, text.size() + 1), ' ');
    return text;
}

constexpr double Scores::*kMeasures[] = {&Scores::map, &Scores::ndcg10, &Scores::p10,
                                         &Scores::mrr, &Scores::rprec};

void measures_row(std::ostream& out, const std::string& label, const Scores& s) {
    out << "  " << pad(label, 16);
    for (auto measure : kMeasures) out << pad(format("%.4f", s.*measure), 9);
    out << '\n';
}

void ratio_row(std::ostream& out, const std::string& label, const Scores& ours, const Scores& theirs) {
    out << "  " << pad(label, 16);
    for (auto measure : kMeasures) out << pad(ratio(ours.*measure, theirs.*measure), 9);
    out << '\n';
}

Scores mean_of(const std::vector<Scores>& all) {
    Scores m;
    for (const auto& s : all) {
        m.map += s.map, m.ndcg10 += s.ndcg10, m.p10 += s.p10, m.mrr += s.mrr, m.rprec += s.rprec;
        m.queries += s.queries;
    }
    if (const double n = static_cast<double>(all.size()); n > 0)
        m.map /= n, m.ndcg10 /= n, m.p10 /= n, m.mrr /= n, m.rprec /= n;
    return m;
}

// The mean over collections of one system's scores; nullopt unless every collection has them.
std::optional<Scores> mean(const std::vector<CollectionResult>& results,
                           std::optional<Scores> (*pick)(const CollectionResult&)) {
    std::vector<Scores> all;
    for (const auto& r : results) {
        auto s = pick(r);
        if (!s) return std::nullopt;
        all.push_back(*s);
    }
    return mean_of(all);
}

std::optional<Scores> newsdex_of(const CollectionResult& r) { return r.newsdex; }
std::optional<Scores> fts5_of(const CollectionResult& r) { return r.fts5; }
std::optional<Scores> xapian_of(const CollectionResult& r) { return r.xapian; }

nlohmann::ordered_json to_json(const Scores& s) {
    return {{"map", s.map}, {"ndcg@10", s.ndcg10}, {"p@10", s.p10}, {"mrr", s.mrr},
            {"r_prec", s.rprec}, {"queries", s.queries}};
}

}  // namespace

void print_text(std::ostream& out, const std::vector<CollectionResult>& results) {
    for (const auto& r : results) {
        out << r.name << ": " << r.documents << " documents, " << r.newsdex.queries
            << " judged queries of " << r.queries;
        if (r.read_as_prose) out << " (" << r.read_as_prose << " read as prose)";
        out << "; indexed in " << format("%.2f", r.index_seconds) << " s, searched in "
            << format("%.2f", r.search_seconds) << " s\n";
        out << "  " << pad("", 16);
        for (const char* h : {"MAP", "nDCG@10", "P@10", "MRR", "R-prec"}) out << pad(h, 9);
        out << '\n';
        measures_row(out, "newsdex", r.newsdex);
        if (r.fts5) measures_row(out, "FTS5 bm25", *r.fts5);
        if (r.xapian) measures_row(out, "plain Xapian", *r.xapian);
        if (r.fts5) ratio_row(out, "newsdex/FTS5", r.newsdex, *r.fts5);
        if (r.xapian) ratio_row(out, "newsdex/Xapian", r.newsdex, *r.xapian);
        out << '\n';
    }
    auto cell = [](const std::optional<double>& v, const char* fmt) {
        return v ? format(fmt, *v) : std::string("-");
    };
    out << pad("", 12) << pad("MAP", 45) << "nDCG@10\n" << pad("collection", 12);
    for (int i = 0; i < 2; ++i)
        for (const char* h : {"newsdex", "FTS5", "Xapian", "/FTS5", "/Xapian"}) out << pad(h, 9);
    out << '\n';
    auto row = [&](const std::string& name, const Scores& ours, const std::optional<Scores>& f,
                   const std::optional<Scores>& x) {
        out << pad(name, 12);
        for (auto measure : {&Scores::map, &Scores::ndcg10}) {
            std::optional<double> theirs_f, theirs_x;
            if (f) theirs_f = (*f).*measure;
            if (x) theirs_x = (*x).*measure;
            out << pad(format("%.4f", ours.*measure), 9) << pad(cell(theirs_f, "%.4f"), 9)
                << pad(cell(theirs_x, "%.4f"), 9)
                << pad(theirs_f ? ratio(ours.*measure, *theirs_f) : "-", 9)
                << pad(theirs_x ? ratio(ours.*measure, *theirs_x) : "-", 9);
        }
        out << '\n';
    };
    for (const auto& r : results) row(r.name, r.newsdex, r.fts5, r.xapian);
    if (results.size() > 1)
        row("mean", *mean(results, newsdex_of), mean(results, fts5_of), mean(results, xapian_of));
}

void print_json(std::ostream& out, const std::vector<CollectionResult>& results) {
    nlohmann::ordered_json collections = nlohmann::ordered_json::array();
    for (const auto& r : results) {
        nlohmann::ordered_json systems = {{"newsdex", to_json(r.newsdex)}};
        if (r.fts5) systems["fts5"] = to_json(*r.fts5);
        if (r.xapian) systems["xapian"] = to_json(*r.xapian);
        collections.push_back({{"name", r.name},
                               {"documents", r.documents},
                               {"queries", r.queries},
                               {"read_as_prose", r.read_as_prose},
                               {"index_seconds", r.index_seconds},
                               {"search_seconds", r.search_seconds},
                               {"systems", systems}});
    }
    nlohmann::ordered_json j = {{"collections", collections},
                                {"mean", {{"newsdex", to_json(*mean(results, newsdex_of))}}}};
    if (auto f = mean(results, fts5_of)) j["mean"]["fts5"] = to_json(*f);
    if (auto x = mean(results, xapian_of)) j["mean"]["xapian"] = to_json(*x);
    out << j.dump(2) << '\n';
}

}  // namespace newsdex::eval
