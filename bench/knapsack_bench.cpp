// Knapsack benchmarks: cpkit against what a contestant writes otherwise, same input, same binary.
// Cases (size = N*W):
//   01_max_value        N = 1000, W = 1e5, v <= 1e9 (int64 row): vs the textbook 1-D int64 loop.
//   01_max_value_wide   N = 100,  W = 1e6, v <= 1e9: the second (N, W) point. It has the
//                       same size N*W = 1e8 as the first, and `cpkit bench` keys rows by
//                       (case, size), so it needs its own case name.
//   01_max_value_small_v  N = 1000, W = 1e5, v <= 1000: values sum below 2^29, so cpkit runs the
//                       row in int32 (twice the lanes); baseline is the same int64 loop.
//   subset_sum          N = 1000, W = 1e6: cpkit's bitset vs the std::bitset<W+1> shift-or a
//                       contestant writes (b |= b << w); the std::vector<bool> DP beside as
//                       "vector_bool".
//   bounded             N = 100, W = 1e4, m up to 1e4: cpkit automatic vs the contestant's binary
//                       splitting (scalar 0/1 loop on the pieces).
// Extra variants: "portable" / "avx2" force the SIMD level (to show what each clone gives);
// "binary_split" / "monotone" force the bounded method; "witness" is subset_sum_witness.
#include "cpkit/knapsack.hpp"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <vector>

#include "bench_util.hpp"

namespace {

using ll = long long;

struct items {
  std::vector<ll> w, v, m;
  ll W = 0;
};

items make_items(int n, ll W, ll max_w, ll max_v, ll max_m, std::uint64_t seed) {
  auto rng = cpkit_bench::rng(seed);
  items it;
  it.W = W;
  for (int i = 0; i < n; ++i) {
    it.w.push_back(1 + static_cast<ll>(rng() % static_cast<std::uint64_t>(max_w)));
    it.v.push_back(1 + static_cast<ll>(rng() % static_cast<std::uint64_t>(max_v)));
    it.m.push_back(1 + static_cast<ll>(rng() % static_cast<std::uint64_t>(max_m)));
  }
  return it;
}

// The textbook loop a contestant writes.
ll textbook_01(const std::vector<ll>& w, const std::vector<ll>& v, ll W) {
  std::vector<ll> dp(static_cast<std::size_t>(W) + 1, 0);
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (ll j = W; j >= w[i]; --j)
      dp[static_cast<std::size_t>(j)] =
          std::max(dp[static_cast<std::size_t>(j)], dp[static_cast<std::size_t>(j - w[i])] + v[i]);
  }
  return dp[static_cast<std::size_t>(W)];
}

bool textbook_subset_sum(const std::vector<ll>& w, ll W) {
  std::vector<bool> dp(static_cast<std::size_t>(W) + 1, false);
  dp[0] = true;
  for (ll x : w) {
    for (ll j = W; j >= x; --j) {
      if (dp[static_cast<std::size_t>(j - x)]) dp[static_cast<std::size_t>(j)] = true;
    }
  }
  return dp[static_cast<std::size_t>(W)];
}

// What a contestant who knows the trick writes: a std::bitset sized for the limit, b |= b << w.
constexpr std::size_t subset_bits = 1000001;
bool bitset_subset_sum(const std::vector<ll>& w, ll W) {
  static std::bitset<subset_bits> b;  // static: 125 KB, not on the stack
  b.reset();
  b[0] = true;
  for (ll x : w) b |= b << static_cast<std::size_t>(x);
  return b[static_cast<std::size_t>(W)];
}

ll textbook_bounded_binary(const std::vector<ll>& w, const std::vector<ll>& v,
                           const std::vector<ll>& m, ll W) {
  std::vector<ll> pw, pv;
  for (std::size_t i = 0; i < w.size(); ++i) {
    ll left = m[i];
    for (ll k = 1; left > 0; k *= 2) {
      const ll take = std::min(k, left);
      left -= take;
      pw.push_back(take * w[i]);
      pv.push_back(take * v[i]);
    }
  }
  return textbook_01(pw, pv, W);
}

struct level_guard {
  explicit level_guard(int lvl) { cpkit::detail::simd_override() = lvl; }
  ~level_guard() { cpkit::detail::simd_override() = -1; }
};

void add_01(const char* case_name, int n, ll W, ll max_v, bool variants) {
  const items in = make_items(n, W, std::max<ll>(1, 2 * W / n), max_v, 1, 1);
  const ll size = static_cast<ll>(n) * W;
  cpkit_bench::add(case_name, size, "baseline", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(textbook_01(in.w, in.v, in.W));
  });
  cpkit_bench::add(case_name, size, "cpkit", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(cpkit::knapsack_01(in.w, in.v, in.W));
  });
  if (!variants) return;
  cpkit_bench::add(case_name, size, "portable", [in](benchmark::State& st) {
    level_guard g(0);
    for (auto _ : st) benchmark::DoNotOptimize(cpkit::knapsack_01(in.w, in.v, in.W));
  });
  if (cpkit::detail::simd_level() >= 2) {
    cpkit_bench::add(case_name, size, "avx2", [in](benchmark::State& st) {
      level_guard g(1);
      for (auto _ : st) benchmark::DoNotOptimize(cpkit::knapsack_01(in.w, in.v, in.W));
    });
  }
}

void add_subset_sum() {
  const int n = 1000;
  const ll W = 1000000;
  const items in = make_items(n, W, 2 * W / n, 1, 1, 2);
  const ll size = static_cast<ll>(n) * W;
  cpkit_bench::add("subset_sum", size, "baseline", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(bitset_subset_sum(in.w, in.W));
  });
  cpkit_bench::add("subset_sum", size, "vector_bool", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(textbook_subset_sum(in.w, in.W));
  });
  cpkit_bench::add("subset_sum", size, "cpkit", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(cpkit::subset_sum(in.w, in.W));
  });
  cpkit_bench::add("subset_sum", size, "witness", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(cpkit::subset_sum_witness(in.w, in.W));
  });
}

void add_bounded() {
  const int n = 100;
  const ll W = 10000;
  const items in = make_items(n, W, 1000, 1000, 10000, 3);
  const ll size = static_cast<ll>(n) * W;
  cpkit_bench::add("bounded", size, "baseline", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(textbook_bounded_binary(in.w, in.v, in.m, in.W));
  });
  cpkit_bench::add("bounded", size, "cpkit", [in](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(cpkit::knapsack_bounded(in.w, in.v, in.m, in.W));
  });
  cpkit_bench::add("bounded", size, "binary_split", [in](benchmark::State& st) {
    for (auto _ : st)
      benchmark::DoNotOptimize(
          cpkit::knapsack_bounded(in.w, in.v, in.m, in.W, cpkit::bounded_method::binary_split));
  });
  cpkit_bench::add("bounded", size, "monotone", [in](benchmark::State& st) {
    for (auto _ : st)
      benchmark::DoNotOptimize(
          cpkit::knapsack_bounded(in.w, in.v, in.m, in.W, cpkit::bounded_method::monotone_queue));
  });
}

const bool registered = [] {
  add_01("01_max_value", 1000, 100000, 1000000000, true);
  add_01("01_max_value_wide", 100, 1000000, 1000000000, true);
  add_01("01_max_value_small_v", 1000, 100000, 1000, false);
  add_subset_sum();
  add_bounded();
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
