// Meet in the middle 0/1 knapsack: few items (N <= 44), any weights and values up to int64.
//   knapsack_01_mitm(w, v, W) -> knapsack_solution<T>   O(N * 2^(N/2)) time, O(2^(N/2)) memory:
//                                                       best value and its items
// Each half's subsets are built by merging (no sort) and dominated ones (heavier and not more
// valuable) are dropped as they appear, so typical inputs run far below the bound.
// Argument order is (w, v, W). T = knapsack_value_t<R, V> (long long for integer values).
// Needs (asserted): integer values; w, v >= 0; N <= 44; 0 <= W; the sum of the values fits int64
// (weights may sum past it: a subset is extended only while its weight stays <= W).
// Verified by: problems/knapsack-huge; tests/knapsack_test.cpp (against all subsets)
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

#include "cpkit/knapsack/common.hpp"

namespace cpkit {
namespace detail {

struct mitm_state {
  long long w, v;
  std::uint32_t mask;
};

// Keeps the Pareto front of a weight-sorted list: weight increasing, value strictly increasing,
// weight <= W. A dropped state is dominated (another is no heavier and at least as valuable),
// so no optimal combination needs it.
inline void mitm_prune(std::vector<mitm_state>& a, long long W) {
  std::size_t n = 0;
  for (const auto& s : a) {
    if (s.w > W) break;
    if (n > 0 && a[n - 1].v >= s.v) continue;
    if (n > 0 && a[n - 1].w == s.w) --n;
    a[n++] = s;
  }
  a.resize(n);
}

// The non-dominated subsets of items [from, from+k) with weight <= W, sorted by weight, built by
// merging the list with itself shifted by each item (no sort). At most 2^k states.
inline std::vector<mitm_state> mitm_half(const std::vector<long long>& w,
                                         const std::vector<long long>& v, std::size_t from,
                                         std::size_t k, long long W) {
  std::vector<mitm_state> a{{0, 0, 0}}, b, out;
  for (std::size_t i = 0; i < k; ++i) {
    b.clear();
    for (const auto& s : a) {
      if (s.w > W - w[from + i]) break;  // sorted: the rest are heavier still
      b.push_back({s.w + w[from + i], s.v + v[from + i], s.mask | (1U << i)});
    }
    out.resize(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), out.begin(),
               [](const mitm_state& x, const mitm_state& y) { return x.w < y.w; });
    mitm_prune(out, W);
    a.swap(out);
  }
  return a;
}

}  // namespace detail

template <class R = void, class Wt, class V>
knapsack_solution<knapsack_value_t<R, V>> knapsack_01_mitm(const std::vector<Wt>& w,
                                                           const std::vector<V>& v, long long W) {
  static_assert(std::is_integral<V>::value,
                "cpkit knapsack: meet in the middle uses integer values");
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  assert(w.size() <= 44 && "cpkit knapsack: meet in the middle is for N <= 44");
  assert(W >= 0);
  std::vector<long long> ww(w.size()), vv(w.size());
  long long sv = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    ww[i] = static_cast<long long>(w[i]);
    vv[i] = detail::knap_value<long long>(v[i]);
    assert(ww[i] >= 0 && vv[i] >= 0);
    // Weights never overflow: a state is extended only when the sum stays <= W.
    assert(vv[i] <= std::numeric_limits<long long>::max() - sv &&
           "cpkit knapsack: the sum of the values must fit in int64");
    sv += vv[i];
  }
  const std::size_t h = w.size() / 2;
  const std::vector<detail::mitm_state> A = detail::mitm_half(ww, vv, 0, h, W);
  const std::vector<detail::mitm_state> B = detail::mitm_half(ww, vv, h, w.size() - h, W);
  // Two pointers: as A's weight grows, the best B that still fits moves left.
  long long best = -1;
  std::uint64_t best_mask = 0;
  std::size_t p = B.size();
  for (const auto& a : A) {
    if (a.w > W) break;
    while (p > 0 && B[p - 1].w > W - a.w) --p;
    if (p == 0) break;
    const long long val = a.v + B[p - 1].v;
    if (val > best) {
      best = val;
      best_mask = a.mask | (std::uint64_t(B[p - 1].mask) << h);
    }
  }
  knapsack_solution<knapsack_value_t<R, V>> res;
  res.value = static_cast<knapsack_value_t<R, V>>(best);
  for (std::size_t i = 0; i < w.size(); ++i) {
    if ((best_mask >> i) & 1U) res.items.push_back(static_cast<int>(i));
  }
  return res;
}

}  // namespace cpkit
