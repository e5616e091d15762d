// Bounded knapsack: item i at most m[i] times.
//   knapsack_bounded(w, v, m, W, how) -> T       best value, weight <= W
//   knapsack_bounded_row(w, v, m, W, exact, how) the whole row 0..W (exact: weight == j)
// O(N*W) time with how = automatic or monotone_queue, O(W * sum log m_i) with binary_split:
// how = binary_split: O(W * sum log m_i), but each piece is a SIMD 0/1 pass;
//       monotone_queue: O(N*W) scalar, 20-40x slower per cell than a SIMD pass;
//       automatic (default): per item, splitting up to 16 pieces with SIMD (6 without), else the
//       queue; an item with m_i*w_i >= W is one unbounded pass.
// Argument order is (w, v, m, W). T = knapsack_value_t<R, V> (long long for integer values).
// Needs (asserted): w, v, m >= 0; 0 <= W < 2^40; sum of m_i*v_i <= max(T)/4.
// Verified by: problems/knapsack-bounded; tests/knapsack_test.cpp; bench/knapsack_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <vector>

#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/detail/relax_down.hpp"
#include "cpkit/knapsack/detail/relax_up.hpp"

namespace cpkit {

enum class bounded_method { automatic, binary_split, monotone_queue };

namespace detail {

// One bounded item (weight w >= 1, value v, m copies) on row r by the monotone queue: for each
// residue class c mod w, new[c + k*w] = max_{k-m <= t <= k} (old[c + t*w] + (k-t)*v); the window
// keeps candidates t in a deque whose values old[t] + (k-t)*v decrease from head to tail. Values
// are compared through differences (k-t)*v <= m*v, never k*v, so nothing overflows. O(W) per item.
template <class T>
void bounded_monotone(std::vector<T>& r, std::size_t w, T v, std::size_t m, std::vector<T>& old,
                      std::vector<std::size_t>& dq) {
  const std::size_t W = r.size() - 1;
  for (std::size_t c = 0; c < w && c <= W; ++c) {
    const std::size_t cnt = (W - c) / w + 1;
    std::size_t head = 0, tail = 0;
    for (std::size_t k = 0; k < cnt; ++k) {
      const std::size_t p = c + k * w;
      old[k] = r[p];
      if (tail > head && dq[head] + m < k) ++head;
      // t (in the deque) is dominated by k when old[t] + (k-t)*v <= old[k].
      while (tail > head && old[dq[tail - 1]] + static_cast<T>(k - dq[tail - 1]) * v <= old[k])
        --tail;
      dq[tail++] = k;
      const std::size_t h = dq[head];
      r[p] = old[h] + static_cast<T>(k - h) * v;
    }
  }
}

}  // namespace detail

template <class R = void, class Wt, class V, class Mt>
std::vector<knapsack_value_t<R, V>> knapsack_bounded_row(
    const std::vector<Wt>& w, const std::vector<V>& v, const std::vector<Mt>& m, long long W,
    bool exact = false, bounded_method how = bounded_method::automatic) {
  using T = knapsack_value_t<R, V>;
  detail::check_value_type<T>();
  detail::check_weight_type<Wt>();
  detail::check_weight_type<Mt>();
  detail::check_capacity(W);
  assert(w.size() == v.size() && w.size() == m.size());
  using cell = detail::knap_cell<T>;
  const std::size_t Wz = static_cast<std::size_t>(W);
  std::vector<cell> r(Wz + 1, exact ? detail::knap_neg<cell>() : cell(0));
  r[0] = 0;
  std::vector<cell> old;
  std::vector<std::size_t> dq;
  T sum = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const T vi = detail::knap_value<T>(v[i]);
    assert(w[i] >= 0 && vi >= 0 && m[i] >= 0);
    const long long wi = static_cast<long long>(w[i]);
    long long mi = static_cast<long long>(m[i]);
    if (mi == 0) continue;
    if (wi == 0) {  // all copies fit at no weight: one item of value m*v
      assert(vi == 0 || mi <= detail::knap_max_sum<T>() / vi);
      const T tv = static_cast<T>(mi) * vi;
      assert(sum <= detail::knap_max_sum<T>() - tv);
      sum += tv;
      detail::relax_down(r.data(), r.data(), Wz, 0, static_cast<cell>(tv));
      continue;
    }
    if (wi > W) continue;
    mi = std::min(mi, W / wi);  // more copies never fit
    assert(mi <= detail::knap_max_sum<T>() / std::max<T>(vi, 1));
    const T tv = static_cast<T>(mi) * vi;
    assert(sum <= detail::knap_max_sum<T>() - tv &&
           "cpkit knapsack: sum of m_i*v_i must be <= max(T)/4");
    sum += tv;
    const cell vc = static_cast<cell>(vi);
    const std::size_t wz = static_cast<std::size_t>(wi);
    if (mi == W / wi && how != bounded_method::binary_split &&
        how != bounded_method::monotone_queue) {
      detail::relax_up(r.data(), Wz, wz, vc);  // as many copies as fit: unbounded
      continue;
    }
    int pieces = 0;
    for (long long x = mi; x > 0; x >>= 1) ++pieces;
    // Cost per row cell, measured: a 0/1 pass ~0.1 ns (AVX-512), ~0.2 ns (AVX2), ~0.55 ns
    // (scalar); the monotone queue ~3-5 ns. So with SIMD splitting wins up to ~16 pieces
    // (m < 65536), without up to ~6 pieces (m < 64).
    const bool split =
        how == bounded_method::binary_split ||
        (how == bounded_method::automatic && pieces <= (detail::simd_use() > 0 ? 16 : 6));
    if (split) {
      for (long long k = 1, left = mi; left > 0; k <<= 1) {
        const long long take = std::min(k, left);
        left -= take;
        if (take * wi > W) break;
        detail::relax_down(r.data(), r.data(), Wz, static_cast<std::size_t>(take * wi),
                           static_cast<cell>(take) * vc);
      }
    } else {
      old.resize(Wz / wz + 1);
      dq.resize(Wz / wz + 1);
      detail::bounded_monotone(r, wz, vc, static_cast<std::size_t>(mi), old, dq);
    }
  }
  std::vector<T> out(r.size());
  for (std::size_t j = 0; j < r.size(); ++j)
    out[j] = r[j] < 0 ? knapsack_unreachable<T> : static_cast<T>(r[j]);
  return out;
}

template <class R = void, class Wt, class V, class Mt>
knapsack_value_t<R, V> knapsack_bounded(const std::vector<Wt>& w, const std::vector<V>& v,
                                        const std::vector<Mt>& m, long long W,
                                        bounded_method how = bounded_method::automatic) {
  return knapsack_bounded_row<R>(w, v, m, W, false, how).back();
}

}  // namespace cpkit
