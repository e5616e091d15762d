// Subset sum: which sums are reachable, a witness, and the largest sum <= t.
//   subset_sum_row(w, W) -> vector<bool>    O(N*W/64) time, O(W/64) words: reachable sums 0..W
//   subset_sum(w, t) -> bool                O(N*t/64): the same, one target
//   subset_sum_witness(w, t)                O(N*t/64 + t) time, O(t) words: indices (increasing)
//                                           of a subset summing to t, or nullopt
//   subset_sum_max_pisinger(w, t)           O(N * max w) time, O(max w) memory (Pisinger's
//                                           balanced algorithm): the largest subset sum <= t
//   subset_sum_max(w, t)                    O(N*t/64) or O(N * max w): the same, by the bitset or
//                                           Pisinger, whichever costs less (Pisinger when
//                                           1024 * max w < t or t > 2^33)
// The bitset shift-or runs in AVX-512/AVX2 clones where the CPU has them (detail/shift_or.hpp).
// Needs (asserted): integer weights >= 0; 0 <= W, t < 2^40 (bitset); Pisinger: max w <= 2^32.
// Verified by: tests/knapsack_test.cpp (against all subsets and a bool DP);
// bench/knapsack_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/detail/shift_or.hpp"

namespace cpkit {
namespace detail {

inline std::size_t lowest_bit(std::uint64_t x) {  // x != 0
#if defined(__GNUC__)
  return static_cast<std::size_t>(__builtin_ctzll(x));
#else
  std::size_t i = 0;
  while (((x >> i) & 1U) == 0) ++i;
  return i;
#endif
}

inline std::size_t highest_bit(std::uint64_t x) {  // x != 0: number of leading zero bits
#if defined(__GNUC__)
  return static_cast<std::size_t>(__builtin_clzll(x));
#else
  std::size_t i = 0;
  while (((x >> (63 - i)) & 1U) == 0) ++i;
  return i;
#endif
}

// Bit j of the result (j = 0..W) is set iff some subset of w sums to exactly j: b |= b << w_i.
template <class Wt>
std::vector<std::uint64_t> subset_sum_bits(const std::vector<Wt>& w, long long W) {
  check_weight_type<Wt>();
  check_capacity(W);
  const std::size_t n = static_cast<std::size_t>(W) + 1, nw = (n + 63) / 64;
  std::vector<std::uint64_t> b(nw, 0);
  b[0] = 1;
  const std::uint64_t top = n % 64 == 0 ? ~std::uint64_t(0) : (std::uint64_t(1) << (n % 64)) - 1;
  for (const Wt x : w) {
    assert(x >= 0);
    if (static_cast<long long>(x) > W || x == 0) continue;
    shift_or(b.data(), nw, static_cast<std::size_t>(x));
    b[nw - 1] &= top;
  }
  return b;
}

}  // namespace detail

// reachable[j] for j = 0..W: some subset of w sums to exactly j.
template <class Wt>
std::vector<bool> subset_sum_row(const std::vector<Wt>& w, long long W) {
  const std::vector<std::uint64_t> b = detail::subset_sum_bits(w, W);
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<bool> out(n);
  for (std::size_t j = 0; j < n; ++j) out[j] = (b[j / 64] >> (j % 64)) & 1U;
  return out;
}

template <class Wt>
bool subset_sum(const std::vector<Wt>& w, long long t) {
  const std::vector<std::uint64_t> b = detail::subset_sum_bits(w, t);
  const std::size_t k = static_cast<std::size_t>(t);
  return (b[k / 64] >> (k % 64)) & 1U;
}

// One subset (indices, increasing) summing to exactly t, or nullopt. first[j] = the item whose
// step first made j reachable; then j - w[first[j]] was reachable before that item, so walking
// j -> j - w[first[j]] takes strictly decreasing, hence distinct, items.
template <class Wt>
std::optional<std::vector<int>> subset_sum_witness(const std::vector<Wt>& w, long long t) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(t);
  const std::size_t n = static_cast<std::size_t>(t) + 1, nw = (n + 63) / 64;
  std::vector<std::uint64_t> b(nw, 0), prev;
  b[0] = 1;
  std::vector<int> first(n, -1);
  const std::uint64_t top = n % 64 == 0 ? ~std::uint64_t(0) : (std::uint64_t(1) << (n % 64)) - 1;
  for (std::size_t i = 0; i < w.size(); ++i) {
    assert(w[i] >= 0);
    if (static_cast<long long>(w[i]) > t || w[i] == 0) continue;
    const std::size_t s = static_cast<std::size_t>(w[i]), q = s / 64, r = s % 64;
    for (std::size_t k = nw; k-- > q;) {
      std::uint64_t x = b[k - q] << r;
      if (r != 0 && k > q) x |= b[k - q - 1] >> (64 - r);
      if (k == nw - 1) x &= top;
      std::uint64_t fresh = x & ~b[k];
      b[k] |= x;
      while (fresh != 0) {
        first[k * 64 + detail::lowest_bit(fresh)] = static_cast<int>(i);
        fresh &= fresh - 1;
      }
    }
    if (first[n - 1] >= 0) break;
  }
  if (t != 0 && first[n - 1] < 0) return std::nullopt;
  std::vector<int> out;
  for (std::size_t j = n - 1; j != 0;) {
    const int i = first[j];
    out.push_back(i);
    j -= static_cast<std::size_t>(w[static_cast<std::size_t>(i)]);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// Pisinger's balanced algorithm: the largest subset sum <= t, in O(N * max w).
// Take the greedy prefix (items 0..b-1 while they fit); then only "balanced" changes are explored:
// add an item when the sum is <= t, remove a prefix item when it is > t, so every sum stays in
// (t - R, t + R] (R = max w). State for sum s: g[s] = the largest p such that a balanced filling of
// sum s keeps all of items 0..p-1 (only items < p may still be removed); -1 if none. When item k
// (k >= b) is considered, removals from sum s only need to try items in [old g[s], new g[s]),
// the others were tried before: that amortises the removals to O(R) per item.
template <class Wt>
long long subset_sum_max_pisinger(const std::vector<Wt>& w, long long t) {
  detail::check_weight_type<Wt>();
  assert(t >= 0);
  const std::size_t n = w.size();
  long long a = 0;
  std::size_t b = 0;
  for (; b < n; ++b) {
    assert(w[b] >= 0);
    if (a + static_cast<long long>(w[b]) > t) break;
    a += static_cast<long long>(w[b]);
  }
  if (b == n) return a;
  long long R = 0;
  for (const Wt x : w) {
    assert(x >= 0);
    R = std::max(R, static_cast<long long>(x));
  }
  assert(R <= (1LL << 32) && "cpkit knapsack: Pisinger keeps 2*max w + 1 ints");
  // index x = s - (t - R) for s in (t - R, t + R]: x in [1, 2R]; x <= R means s <= t.
  const std::size_t Rz = static_cast<std::size_t>(R);
  std::vector<int> g(2 * Rz + 1, -1), old;
  g[static_cast<std::size_t>(a - (t - R))] = static_cast<int>(b);
  for (std::size_t k = b; k < n; ++k) {
    old = g;
    const std::size_t wk = static_cast<std::size_t>(w[k]);
    for (std::size_t x = 1; x <= Rz; ++x) {  // add item k to sums <= t
      if (old[x] > g[x + wk]) g[x + wk] = old[x];
    }
    for (std::size_t x = 2 * Rz; x > Rz; --x) {  // remove prefix items from sums > t, downwards
      for (int j = std::max(old[x], 0); j < g[x]; ++j) {
        const std::size_t y = x - static_cast<std::size_t>(w[static_cast<std::size_t>(j)]);
        if (j > g[y]) g[y] = j;
      }
    }
  }
  for (std::size_t x = Rz; x >= 1; --x) {
    if (g[x] >= 0) return t - R + static_cast<long long>(x);
  }
  assert(false && "cpkit knapsack: pisinger lost the break solution");
  return 0;
}

// Largest subset sum <= t, by whichever is cheaper: the bitset (N*t/64 word steps, ~0.25 ns each
// with SIMD, t/8 bytes) or Pisinger (N*max w steps, ~1-5 ns each, O(max w) memory). Pisinger is
// taken when 1024*max w < t, or when the bitset would pass 2^33 bits.
template <class Wt>
long long subset_sum_max(const std::vector<Wt>& w, long long t) {
  detail::check_weight_type<Wt>();
  assert(t >= 0);
  long long R = 0;
  for (const Wt x : w) {
    assert(x >= 0);
    R = std::max(R, static_cast<long long>(x));
  }
  if (t > (1LL << 33) || (R < (1LL << 40) && R * 1024 < t)) return subset_sum_max_pisinger(w, t);
  const std::vector<std::uint64_t> b = detail::subset_sum_bits(w, t);
  for (std::size_t k = b.size(); k-- > 0;) {
    if (b[k] != 0) return static_cast<long long>(k * 64 + 63 - detail::highest_bit(b[k]));
  }
  return 0;  // unreachable: bit 0 is always set
}

}  // namespace cpkit
