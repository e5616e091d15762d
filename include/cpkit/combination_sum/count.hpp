// Counting combination sums modulo mod (default 998244353; any mod >= 1, no division), O(n*T):
//   count_combination_sum_unbounded(c, T)   multisets of values of c (repeated values merged)
//   count_combination_sum_once(c, T)        distinct multisets, each position at most once
//   count_combination_sum_sequences(c, T)   ordered sequences of values of c (LeetCode 377)
// O(n*T) time each, n candidates and target T.
// Needs (asserted): every candidate >= 1. T = 0: 1 (the empty combination); T < 0: 0.
// Verified by: problems/combination-sum-iv; tests/combination_sum_test.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

#include "cpkit/combination_sum/common.hpp"

namespace cpkit {

// Number of multisets of values of `candidates` (repeats merged) summing to target, mod `mod`.
// Value-outer, sum-inner loop: each multiset is built in one order (by value) only.
inline std::uint32_t count_combination_sum_unbounded(const std::vector<int>& candidates, int target,
                                                     std::uint32_t mod = 998244353) {
  assert(mod >= 1);
  if (target < 0) return 0;
  std::vector<int> c = detail::cs_sorted_checked(candidates, target);
  c.erase(std::unique(c.begin(), c.end()), c.end());
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint32_t> dp(w, 0);
  dp[0] = 1 % mod;
  for (int v : c) {
    for (std::size_t t = static_cast<std::size_t>(v); t < w; ++t) {
      const std::uint64_t s = std::uint64_t{dp[t]} + dp[t - static_cast<std::size_t>(v)];
      dp[t] = static_cast<std::uint32_t>(s >= mod ? s - mod : s);
    }
  }
  return dp[w - 1];
}

// Number of distinct multisets using each position of `candidates` at most once, mod `mod`.
// A value v present m times contributes 0..m copies: new[t] = sum_{i<=m} old[t - i v], a sliding
// window along t mod v.
inline std::uint32_t count_combination_sum_once(const std::vector<int>& candidates, int target,
                                                std::uint32_t mod = 998244353) {
  assert(mod >= 1);
  if (target < 0) return 0;
  const std::vector<int> a = detail::cs_sorted_checked(candidates, target);
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint32_t> dp(w, 0), old;
  dp[0] = 1 % mod;
  for (std::size_t p = 0; p < a.size();) {
    std::size_t m = 0;
    while (p + m < a.size() && a[p + m] == a[p]) ++m;
    const std::size_t v = static_cast<std::size_t>(a[p]), drop = (m + 1) * v;
    old = dp;
    for (std::size_t t = v; t < w; ++t) {
      std::uint64_t s = std::uint64_t{old[t]} + dp[t - v];
      if (t >= drop) s += mod - old[t - drop];
      dp[t] = static_cast<std::uint32_t>(s % mod);
    }
    p += m;
  }
  return dp[w - 1];
}

// LeetCode 377: number of ordered sequences of values of `candidates` (repeats merged) summing
// to target, mod `mod`. Sum-outer, value-inner loop: the last value of the sequence varies.
inline std::uint32_t count_combination_sum_sequences(const std::vector<int>& candidates, int target,
                                                     std::uint32_t mod = 998244353) {
  assert(mod >= 1);
  if (target < 0) return 0;
  std::vector<int> c = detail::cs_sorted_checked(candidates, target);
  c.erase(std::unique(c.begin(), c.end()), c.end());
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint32_t> dp(w, 0);
  dp[0] = 1 % mod;
  for (std::size_t t = 1; t < w; ++t) {
    std::uint64_t s = 0;
    for (int v : c) {
      const std::size_t vs = static_cast<std::size_t>(v);
      if (vs > t) break;
      s += dp[t - vs];
      if (s >= mod) s -= mod;
    }
    dp[t] = static_cast<std::uint32_t>(s);
  }
  return dp[w - 1];
}

}  // namespace cpkit
