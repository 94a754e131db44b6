// Entry point of newsdex-microbench; the benchmarks register themselves from their own files.

#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
