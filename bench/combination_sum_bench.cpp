// Benchmarks of include/cpkit/combination_sum.hpp against plain recursive backtracking, the
// code a contestant writes for LeetCode 39: sorted candidates, a loop that stops once a
// candidate exceeds the remainder, and a std::vector<int> pushed per answer.
//   enumerate_large/<impl>/<K>: candidates 3..25, target 93, K = 1368269 combinations.
//   unreachable/<impl>/30:      the 30 even candidates 2..60, odd target 181: no answer; the
//                               baseline walks every multiset with a smaller sum (~1 s here).
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

#include "bench_util.hpp"
#include "cpkit/combination_sum.hpp"

namespace {

// The baseline: recursive backtracking collecting a vector per combination.
struct plain_backtracking {
  const std::vector<int>& cand;  // sorted, distinct
  std::vector<int> cur;
  std::vector<std::vector<int>> found;

  void search(std::size_t start, int rem) {
    if (rem == 0) {
      found.push_back(cur);
      return;
    }
    for (std::size_t i = start; i < cand.size() && cand[i] <= rem; ++i) {
      cur.push_back(cand[i]);
      search(i, rem - cand[i]);
      cur.pop_back();
    }
  }
};

std::vector<std::vector<int>> baseline_enumerate(const std::vector<int>& cand, int target) {
  plain_backtracking b{cand, {}, {}};
  b.search(0, target);
  return std::move(b.found);
}

void register_case(const char* name, const std::vector<int>& cand, int target, long long size) {
  // cpkit: the collecting form into one flat list reused across iterations (cleared, capacity
  // kept), as a solution answering several test cases would. The baseline reuses memory too:
  // malloc hands its freed small blocks back on the next iteration.
  cpkit_bench::add(name, size, "cpkit", [cand, target](benchmark::State& st) {
    cpkit::combination_list all;
    for (auto _ : st) {
      cpkit::combination_sum_unbounded(cand, target, all);
      benchmark::DoNotOptimize(all.values.data());
      benchmark::DoNotOptimize(all.offsets.size());
    }
  });
  // Extra variant: the one-line form, a new list per call. Its buffer is one large block that
  // malloc maps fresh (and unmaps on free) every time, so this pays the page faults of the
  // whole result on every call.
  cpkit_bench::add(name, size, "fresh", [cand, target](benchmark::State& st) {
    for (auto _ : st) {
      cpkit::combination_list all = cpkit::combination_sum_unbounded(cand, target);
      benchmark::DoNotOptimize(all.values.data());
      benchmark::DoNotOptimize(all.offsets.size());
    }
  });
  // Extra variant: the streaming visitor, nothing stored (what a solution that only prints or
  // inspects each combination pays).
  cpkit_bench::add(name, size, "visitor", [cand, target](benchmark::State& st) {
    for (auto _ : st) {
      std::size_t total = 0;
      cpkit::for_each_combination_sum_unbounded(
          cand, target, [&total](cpkit::combination_view v) { total += v.size(); });
      benchmark::DoNotOptimize(total);
    }
  });
  cpkit_bench::add(name, size, "baseline", [cand, target](benchmark::State& st) {
    for (auto _ : st) {
      std::vector<std::vector<int>> all = baseline_enumerate(cand, target);
      benchmark::DoNotOptimize(all.data());
      benchmark::DoNotOptimize(all.size());
    }
  });
}

// Both implementations must agree before anything is timed.
void check_same(const std::vector<int>& cand, int target) {
  const cpkit::combination_list a = cpkit::combination_sum_unbounded(cand, target);
  const std::vector<std::vector<int>> b = baseline_enumerate(cand, target);
  bool same = a.size() == b.size();
  for (std::size_t i = 0; same && i < b.size(); ++i) same = a[i].to_vector() == b[i];
  if (!same) {
    std::fprintf(stderr, "combination_sum_bench: cpkit and baseline differ (target %d)\n", target);
    std::abort();
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> large(23);
  std::iota(large.begin(), large.end(), 3);  // 3..25
  const int large_target = 93;
  const long long k = cpkit::count_combination_sum_unbounded(large, large_target);  // < mod
  register_case("enumerate_large", large, large_target, k);

  std::vector<int> even(30);
  for (int i = 0; i < 30; ++i) even[static_cast<std::size_t>(i)] = 2 * (i + 1);
  const int odd_target = 181;
  register_case("unreachable", even, odd_target, static_cast<long long>(even.size()));

  // Listing the benchmarks (the name check) must stay instant: verify only when timing.
  // (Scanned before Initialize, which removes the flags it knows from argv.)
  bool listing = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--benchmark_list_tests" || arg == "--benchmark_list_tests=true") listing = true;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (!listing) {
    check_same(large, large_target);
    if (!cpkit::combination_sum_unbounded(even, odd_target).empty()) std::abort();
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
