#pragma once
// Presents a benchmark run: a table for people, JSON for tools, a PNG chart (gnuplot).

#include <ostream>
#include <string>

#include "bench_run.hpp"

namespace newsdex::bench {

void print_table(const BenchResults& results, std::ostream& out);

void write_json(const BenchResults& results, const std::string& path);

/// Writes `stem`.dat and `stem`.gp and runs gnuplot to make `stem`.png; returns false (and
/// says why on stderr) when gnuplot is missing or fails.
bool write_chart(const BenchResults& results, const std::string& stem);

}  // namespace newsdex::bench
