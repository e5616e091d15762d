// Shared helpers for bench/<module>_bench.cpp.
//
// Naming convention (read by `./cpkit bench`): every benchmark is "<case>/<impl>/<size>", where
//   <case>  is the case name the module's issue fixes (e.g. "int64_random"),
//   <impl>  is "cpkit" for the library, "baseline" for what a contestant would write otherwise,
//           or another lowercase word for an extra variant: every impl's time is in the JSON
//           row's "impls"; "baseline", "baseline_*", "pbds_*" and "std_*" are the peers the
//           best-peer ratio is taken against, and "floor" (a memory-bound lower bound such as a
//           vectorised sum over the same data) gives the cpkit / floor figure,
//   <size>  is the number the issue names for that case (n, or N*W for knapsack, ...).
// Register pairs with cpkit_bench::add(case, size, impl, fn) so the names cannot drift.
// Build inputs outside the timed loop (or with PauseTiming only when unavoidable) and pass
// results through benchmark::DoNotOptimize.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <utility>

namespace cpkit_bench {

// Registers "<case>/<impl>/<size>". fn is callable as fn(benchmark::State&).
template <class F>
benchmark::internal::Benchmark* add(const std::string& case_name, long long size, const std::string& impl, F fn) {
  std::string name = case_name + "/" + impl + "/" + std::to_string(size);
  return benchmark::RegisterBenchmark(name.c_str(), std::move(fn))->Unit(benchmark::kMillisecond);
}

// A fixed-seed generator so cpkit and baseline see the same input.
inline std::mt19937_64 rng(std::uint64_t seed = 20261123) { return std::mt19937_64(seed); }

}  // namespace cpkit_bench
