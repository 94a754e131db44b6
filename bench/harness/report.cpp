#include "report.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

namespace newsdex::bench {

namespace {

constexpr double kMB = 1024.0 * 1024.0;

// The corpus's MB read per second in `seconds`; 0 when nothing was timed.
double mb_per_s(const BenchResults& r, double seconds) {
    return seconds > 0 ? static_cast<double>(r.bytes) / kMB / seconds : 0;
}

double mb_per_s(const BenchResults& r, const IndexResult& i) {
    return mb_per_s(r, i.seconds);
}

std::string fixed(double v, int digits) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

std::string cell(const std::string& text, int width) {
    return text.size() >= static_cast<std::size_t>(width) ? text + " "
                                                          : std::string(width - text.size(), ' ') + text;
}

}  // namespace

void print_table(const BenchResults& r, std::ostream& out) {
    out << "corpus: " << r.corpus << " (" << r.files << " files, "
        << fixed(static_cast<double>(r.bytes) / kMB, 1) << " MB)\n\n";
    out << "indexing  " << cell("wall s", 9) << cell("MB/s", 8) << cell("docs", 9)
        << cell("docs/s", 9) << cell("peak RSS MB", 13) << cell("index MB", 10)
        << cell("newsdex speed x", 17) << cell("size x", 8) << "\n";
    const auto& ours = r.indexing.front();
    for (const auto& i : r.indexing) {
        out << std::left << std::setw(10) << i.system << std::right << cell(fixed(i.seconds, 2), 9)
            << cell(fixed(mb_per_s(r, i), 2), 8) << cell(std::to_string(i.documents), 9)
            << cell(fixed(static_cast<double>(i.documents) / i.seconds, 0), 9)
            << cell(fixed(static_cast<double>(i.peak_rss_bytes) / kMB, 0), 13)
            << cell(fixed(static_cast<double>(i.index_bytes) / kMB, 1), 10)
            << cell(fixed(i.seconds > 0 ? i.seconds / ours.seconds : 0, 2), 17)
            << cell(fixed(i.index_bytes ? static_cast<double>(ours.index_bytes) /
                                              static_cast<double>(i.index_bytes)
                                        : 0, 2), 8)
            << "\n";
    }
    out << "(docs: passages for newsdex, files for omindex, rows for FTS5; newsdex speed x = "
           "peer's wall time ÷ newsdex's; size x = newsdex's index ÷ peer's)\n";
    out << "no-op reindex: " << fixed(r.noop_seconds, 2) << " s ("
        << fixed(100 * r.noop_seconds / ours.seconds, 2) << " % of the full build)\n";
    const auto& f = r.write_floor;
    out << "write floor: Xapian alone writing newsdex's " << f.documents << " documents, "
        << f.shards << " shard(s) side by side then compacted: " << fixed(f.seconds(), 2)
        << " s (" << fixed(f.write_seconds, 2) << " + " << fixed(f.compact_seconds, 2) << "), "
        << fixed(mb_per_s(r, f.seconds()), 2)
        << " MB/s of corpus text; newsdex takes "
        << fixed(f.seconds() > 0 ? ours.seconds / f.seconds() : 0, 2) << "x that\n\n";
    out << "queries: " << r.queries << " (" << r.filtered_queries
        << " with speaker:/topic: fields; the peers get their words only), top 10, warm, "
           "per query the median of "
        << r.query_runs << " passes\n";
    out << "system          " << cell("p50 ms", 9) << cell("p95 ms", 9) << cell("p99 ms", 9)
        << cell("mean ms", 9) << cell("hits/query", 12) << cell("newsdex p50 /", 15) << "\n";
    const auto& first = r.latency.front();
    for (const auto& l : r.latency)
        out << std::left << std::setw(16) << l.system << std::right << cell(fixed(l.p50_ms, 3), 9)
            << cell(fixed(l.p95_ms, 3), 9) << cell(fixed(l.p99_ms, 3), 9)
            << cell(fixed(l.mean_ms, 3), 9) << cell(fixed(l.mean_hits, 1), 12)
            << cell(fixed(l.p50_ms > 0 ? first.p50_ms / l.p50_ms : 0, 3), 15) << "\n";
}

void write_json(const BenchResults& r, const std::string& path) {
    nlohmann::json j;
    j["corpus"] = {{"path", r.corpus}, {"files", r.files}, {"bytes", r.bytes}};
    const auto& ours = r.indexing.front();
    for (const auto& i : r.indexing)
        j["indexing"].push_back({{"system", i.system},
                                 {"seconds", i.seconds},
                                 {"mb_per_s", mb_per_s(r, i)},
                                 {"documents", i.documents},
                                 {"documents_per_s", static_cast<double>(i.documents) / i.seconds},
                                 {"peak_rss_bytes", i.peak_rss_bytes},
                                 {"index_bytes", i.index_bytes},
                                 {"newsdex_speed_ratio", i.seconds / ours.seconds},
                                 {"newsdex_size_ratio", static_cast<double>(ours.index_bytes) /
                                                            static_cast<double>(i.index_bytes)}});
    j["noop_reindex"] = {{"seconds", r.noop_seconds},
                         {"fraction_of_full_build", r.noop_seconds / ours.seconds}};
    j["write_floor"] = {{"documents", r.write_floor.documents},
                        {"shards", r.write_floor.shards},
                        {"write_seconds", r.write_floor.write_seconds},
                        {"compact_seconds", r.write_floor.compact_seconds},
                        {"seconds", r.write_floor.seconds()},
                        {"mb_per_s", mb_per_s(r, r.write_floor.seconds())}};
    j["queries"] = {{"count", r.queries}, {"filtered", r.filtered_queries}, {"passes", r.query_runs}};
    for (const auto& l : r.latency)
        j["latency"].push_back({{"system", l.system}, {"p50_ms", l.p50_ms}, {"p95_ms", l.p95_ms},
                                {"p99_ms", l.p99_ms}, {"mean_ms", l.mean_ms},
                                {"mean_hits", l.mean_hits}});
    std::ofstream(path) << j.dump(2) << "\n";
}

bool write_chart(const BenchResults& r, const std::string& stem) {
    {
        std::ofstream dat(stem + ".dat");
        dat << "# system MB/s\n";
        for (const auto& i : r.indexing) dat << i.system << " " << mb_per_s(r, i) << "\n";
        if (r.write_floor.seconds() > 0)
            dat << "write-floor " << mb_per_s(r, r.write_floor.seconds()) << "\n";
        dat << "\n\n# system p50 p95 p99 (ms)\n";
        for (const auto& l : r.latency)
            dat << l.system << " " << l.p50_ms << " " << l.p95_ms << " " << l.p99_ms << "\n";
    }
    {
        std::ofstream gp(stem + ".gp");
        gp << "set terminal pngcairo size 1100,450 font ',10'\n"
           << "set output '" << stem << ".png'\n"
           << "set multiplot layout 1,2 title 'newsdex vs omindex and SQLite FTS5, "
           << r.files << " files, " << fixed(static_cast<double>(r.bytes) / kMB, 1) << " MB'\n"
           << "set style data histograms\nset style fill solid 0.8 border -1\nset boxwidth 0.8\n"
           << "set grid ytics\nset yrange [0:*]\n"
           << "set title 'Indexing throughput (MB/s, higher is better)'\n"
           << "plot '" << stem << ".dat' index 0 using 2:xtic(1) notitle lc rgb '#4477aa'\n"
           << "set title 'Query latency, top 10, warm (ms, log scale, lower is better)'\n"
           << "set logscale y\nset yrange [*:*]\nset style histogram clustered gap 1\n"
           << "set key top left Left reverse samplen 2\n"
           << "plot '" << stem << ".dat' index 1 using 2:xtic(1) title 'p50' lc rgb '#4477aa', "
           << "'' index 1 using 3 title 'p95' lc rgb '#66ccee', "
           << "'' index 1 using 4 title 'p99' lc rgb '#ccbb44'\n"
           << "unset multiplot\n";
    }
    const auto command = "gnuplot '" + stem + ".gp' 2>'" + stem + ".gnuplot.log'";
    if (std::system(command.c_str()) != 0) {
        std::cerr << "newsdex-bench: gnuplot failed or is missing (see " << stem
                  << ".gnuplot.log); no chart\n";
        return false;
    }
    return true;
}

}  // namespace newsdex::bench
