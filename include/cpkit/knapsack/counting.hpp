// Counting knapsack, modulo p: how many ways to reach each sum exactly.
//   count_subsets_mod(w, W, p)     O(N*W): subsets (by index) with sum exactly j, j = 0..W
//   count_multisets_mod(w, W, p)   O(N*W): multisets (item i any number of times), unordered
//   count_sequences_mod(w, W, p)   O(N*W): ordered sequences of items, repetition allowed
// Needs (asserted): integer weights >= 0 (> 0 for multisets and sequences: a zero weight gives
// infinitely many); 0 <= W < 2^40; 1 <= p <= 2^62 (sums of two residues stay below 2^63).
// Verified by: tests/knapsack_test.cpp (against enumeration and plain recursion)
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "cpkit/knapsack/common.hpp"

namespace cpkit {

// cnt[j] = number of subsets (by index) with sum exactly j, mod p. Downwards like 0/1.
template <class Wt>
std::vector<std::uint64_t> count_subsets_mod(const std::vector<Wt>& w, long long W,
                                             std::uint64_t p) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(p >= 1 && p <= (std::uint64_t(1) << 62));
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<std::uint64_t> c(n, 0);
  c[0] = 1 % p;
  for (const Wt x : w) {
    assert(x >= 0);
    if (static_cast<long long>(x) > W) continue;
    const std::size_t s = static_cast<std::size_t>(x);
    for (std::size_t j = n; j-- > s;) {
      const std::uint64_t y = c[j] + c[j - s];
      c[j] = y >= p ? y - p : y;
    }
  }
  return c;
}

// cnt[j] = number of multisets of items (item i any number of times) with sum j, mod p. Upwards.
template <class Wt>
std::vector<std::uint64_t> count_multisets_mod(const std::vector<Wt>& w, long long W,
                                               std::uint64_t p) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(p >= 1 && p <= (std::uint64_t(1) << 62));
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<std::uint64_t> c(n, 0);
  c[0] = 1 % p;
  for (const Wt x : w) {
    assert(x > 0 && "cpkit knapsack: a zero weight gives infinitely many multisets");
    const std::size_t s = static_cast<std::size_t>(x);
    for (std::size_t j = s; j < n; ++j) {
      const std::uint64_t y = c[j] + c[j - s];
      c[j] = y >= p ? y - p : y;
    }
  }
  return c;
}

// cnt[j] = number of ordered sequences of items (repetition allowed) with sum j, mod p:
// cnt[j] = sum_i cnt[j - w_i].
template <class Wt>
std::vector<std::uint64_t> count_sequences_mod(const std::vector<Wt>& w, long long W,
                                               std::uint64_t p) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(p >= 1 && p <= (std::uint64_t(1) << 62));
  for (const Wt x : w) {
    assert(x > 0 && "cpkit knapsack: a zero weight gives infinitely many sequences");
    (void)x;
  }
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<std::uint64_t> c(n, 0);
  c[0] = 1 % p;
  for (std::size_t j = 1; j < n; ++j) {
    std::uint64_t y = 0;
    for (const Wt x : w) {
      const std::size_t s = static_cast<std::size_t>(x);
      if (s <= j) {
        y += c[j - s];
        if (y >= p) y -= p;
      }
    }
    c[j] = y;
  }
  return c;
}

}  // namespace cpkit
