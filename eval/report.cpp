#include "report.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "newsdex/json_version.hpp"

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

// One line of the summary table: newsdex's MAP and nDCG@10 beside the baselines' and the
// ratios, then, where the table has one, a last column of text.
struct SummaryRow {
    std::string name;
    Scores ours;
    std::optional<Scores> fts5, xapian;
    std::string extra;
};

void summary_table(std::ostream& out, const std::vector<SummaryRow>& rows,
                   const char* extra_header) {
    auto cell = [](const std::optional<double>& v, const char* fmt) {
        return v ? format(fmt, *v) : std::string("-");
    };
    out << pad("", 12) << pad("MAP", 45);
    if (extra_header)
        out << pad("nDCG@10", 45) << extra_header << '\n';
    else
        out << "nDCG@10\n";
    out << pad("collection", 12);
    for (int i = 0; i < 2; ++i)
        for (const char* h : {"newsdex", "FTS5", "Xapian", "/FTS5", "/Xapian"}) out << pad(h, 9);
    out << '\n';
    for (const auto& r : rows) {
        out << pad(r.name, 12);
        for (auto measure : {&Scores::map, &Scores::ndcg10}) {
            std::optional<double> theirs_f, theirs_x;
            if (r.fts5) theirs_f = (*r.fts5).*measure;
            if (r.xapian) theirs_x = (*r.xapian).*measure;
            out << pad(format("%.4f", r.ours.*measure), 9) << pad(cell(theirs_f, "%.4f"), 9)
                << pad(cell(theirs_x, "%.4f"), 9)
                << pad(theirs_f ? ratio(r.ours.*measure, *theirs_f) : "-", 9)
                << pad(theirs_x ? ratio(r.ours.*measure, *theirs_x) : "-", 9);
        }
        out << r.extra << '\n';
    }
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
        if (r.newsdex_filter_only) measures_row(out, "filter only", *r.newsdex_filter_only);
        if (r.fts5) measures_row(out, "FTS5 bm25", *r.fts5);
        if (r.xapian) measures_row(out, "plain Xapian", *r.xapian);
        if (r.fts5) ratio_row(out, "newsdex/FTS5", r.newsdex, *r.fts5);
        if (r.xapian) ratio_row(out, "newsdex/Xapian", r.newsdex, *r.xapian);
        out << '\n';
    }
    std::vector<SummaryRow> rows;
    for (const auto& r : results) rows.push_back({r.name, r.newsdex, r.fts5, r.xapian, {}});
    if (results.size() > 1)
        rows.push_back({"mean", *mean(results, newsdex_of), mean(results, fts5_of),
                        mean(results, xapian_of), ""});
    summary_table(out, rows, nullptr);
}

void print_json(std::ostream& out, const std::vector<CollectionResult>& results) {
    nlohmann::ordered_json collections = nlohmann::ordered_json::array();
    for (const auto& r : results) {
        nlohmann::ordered_json systems = {{"newsdex", to_json(r.newsdex)}};
        if (r.newsdex_filter_only)
            systems["newsdex_filter_only"] = to_json(*r.newsdex_filter_only);
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
    nlohmann::ordered_json j = {{kJsonVersionKey, kJsonVersion},
                                {"collections", collections},
                                {"mean", {{"newsdex", to_json(*mean(results, newsdex_of))}}}};
    if (auto f = mean(results, fts5_of)) j["mean"]["fts5"] = to_json(*f);
    if (auto x = mean(results, xapian_of)) j["mean"]["xapian"] = to_json(*x);
    out << j.dump(2) << '\n';
}

void print_cv_text(std::ostream& out, const CvReport& cv) {
    const auto& cols = cv.collections;
    out << "Cross-validated, leaving one collection out: each collection scored with the "
           "setting whose mean MAP over the other collections is best ("
        << cv.settings.size() << " settings)\n";
    std::vector<SummaryRow> rows;
    for (std::size_t c = 0; c < cols.size(); ++c)
        rows.push_back({cols[c].name, cols[c].newsdex, cols[c].fts5, cols[c].xapian,
                        cv.settings[cv.folds[c].chosen]});
    rows.push_back(
        {"mean", *mean(cols, newsdex_of), mean(cols, fts5_of), mean(cols, xapian_of), {}});
    summary_table(out, rows, "setting chosen");

    out << "\nIn-sample: " << cv.base_label << " on every collection\n";
    rows.clear();
    for (std::size_t c = 0; c < cols.size(); ++c)
        rows.push_back({cols[c].name, cv.base[c], cols[c].fts5, cols[c].xapian, {}});
    rows.push_back({"mean", mean_of(cv.base), mean(cols, fts5_of), mean(cols, xapian_of), {}});
    summary_table(out, rows, nullptr);

    out << "\nIn-sample: MAP of every setting on every collection\n";
    std::size_t width = std::string("setting").size();
    for (const auto& label : cv.settings) width = std::max(width, label.size());
    width += 2;
    out << pad("setting", width);
    for (const auto& c : cols) out << pad(c.name, 9);
    out << "mean\n";
    for (std::size_t s = 0; s < cv.settings.size(); ++s) {
        out << pad(cv.settings[s], width);
        for (const auto& score : cv.scores[s]) out << pad(format("%.4f", score.map), 9);
        out << format("%.4f", mean_of(cv.scores[s]).map) << '\n';
    }
    out << "best over all collections (in-sample): " << cv.settings[cv.best] << ", mean MAP "
        << format("%.4f", mean_of(cv.scores[cv.best]).map) << '\n';
}

void print_cv_json(std::ostream& out, const CvReport& cv) {
    const auto& cols = cv.collections;
    nlohmann::ordered_json folds = nlohmann::ordered_json::array();
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const auto& r = cols[c];
        nlohmann::ordered_json systems = {{"newsdex", to_json(r.newsdex)}};
        if (r.fts5) systems["fts5"] = to_json(*r.fts5);
        if (r.xapian) systems["xapian"] = to_json(*r.xapian);
        folds.push_back({{"held_out", r.name},
                         {"documents", r.documents},
                         {"queries", r.queries},
                         {"index_seconds", r.index_seconds},
                         {"search_seconds", r.search_seconds},
                         {"setting", cv.settings[cv.folds[c].chosen]},
                         {"setting_index", cv.folds[c].chosen},
                         {"training_map", cv.folds[c].training_mean},
                         {"systems", systems}});
    }
    nlohmann::ordered_json cv_mean = {{"newsdex", to_json(*mean(cols, newsdex_of))}};
    if (auto f = mean(cols, fts5_of)) cv_mean["fts5"] = to_json(*f);
    if (auto x = mean(cols, xapian_of)) cv_mean["xapian"] = to_json(*x);

    auto per_collection = [&](const std::vector<Scores>& scores) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (std::size_t c = 0; c < cols.size(); ++c)
            list.push_back({{"name", cols[c].name}, {"newsdex", to_json(scores[c])}});
        return list;
    };
    nlohmann::ordered_json settings = nlohmann::ordered_json::array();
    for (std::size_t s = 0; s < cv.settings.size(); ++s)
        settings.push_back({{"setting", cv.settings[s]},
                            {"collections", per_collection(cv.scores[s])},
                            {"mean", to_json(mean_of(cv.scores[s]))}});
    nlohmann::ordered_json j = {
        {kJsonVersionKey, kJsonVersion},
        {"cross_validation", {{"grid", cv.settings}, {"folds", folds}, {"mean", cv_mean}}},
        {"in_sample",
         {{"base",
           {{"setting", cv.base_label},
            {"collections", per_collection(cv.base)},
            {"mean", to_json(mean_of(cv.base))}}},
          {"best", {{"setting", cv.settings[cv.best]}, {"setting_index", cv.best}}},
          {"settings", settings}}}};
    out << j.dump(2) << '\n';
}

}  // namespace newsdex::eval
