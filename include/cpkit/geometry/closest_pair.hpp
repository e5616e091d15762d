// Closest pair of points: divide and conquer on x, merging by y, checking the strip.
// closest_pair(pts) -> pair of indices {i, j}, i < j, O(n log n) time, O(n) extra memory: two
//   input points at the smallest distance (duplicates allowed: distance 0).
// closest_pair_distance(pts) -> real_t<T>, O(n log n): that smallest distance.
// Exactness: integer coordinates compare squared distances exactly. A bounding box at most 2^31
//   wide and high (e.g. |coord| <= 1e9, every point<int> in its exact range) is shifted to
//   [0, 2^31] and uses 64-bit squared distances (<= 2^63, unsigned); otherwise, for long long up
//   to exact_limit (2^61), __int128 (<= 2^125). Floating coordinates: the minimum of the computed
//   squared distances, with no tolerance (a tolerance would blur distances near 0); the distance
//   is std::hypot of the chosen pair.
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   n >= 2                                   -> n < 2 returns {0, 1} (index 1 out of range);
//   n < 2^32                                 -> indices wrap;
//   integer coordinates in the exact range (|coord| <= exact_limit<T>, point.hpp) beyond the
//     64-bit box -> overflowing squared distances, a silently wrong pair; no NaN.
// Verified by: problems/{closest-pair,closest-pair-indices}; tests/geometry2_test.cpp;
//   bench/geometry_bench.cpp (closest_pair)
#pragma once

#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {
namespace detail {

template <class W>
struct closest_item {
  W x, y;
  std::uint32_t id;
};

// W: working coordinate type (differences fit W); D: squared distance type (exact for
// integers). sq(d) maps a difference to its square in D.
template <class W, class D>
struct closest_solver {
  std::vector<closest_item<W>> a, buf;
  D best;
  std::uint32_t bi = 0, bj = 1;

  static D sq(W d) {
    if constexpr (std::is_floating_point<W>::value) {
      return d * d;
    } else {
      return D(d) * D(d);  // |d| <= 2^31 (D = u64) or 2^62 (D = __int128): exact
    }
  }
  static W absdiff(W u, W v) { return u < v ? W(v - u) : W(u - v); }

  void relax(const closest_item<W>& p, const closest_item<W>& q) {
    const D d = sq(absdiff(p.x, q.x)) + sq(absdiff(p.y, q.y));
    if (d < best) best = d, bi = p.id, bj = q.id;
  }

  // a[l, r) sorted by x on entry; sorted by y on exit.
  void rec(std::size_t l, std::size_t r) {
    if (r - l <= 3) {
      for (std::size_t i = l; i < r; ++i)
        for (std::size_t j = i + 1; j < r; ++j) relax(a[i], a[j]);
      std::sort(a.begin() + static_cast<std::ptrdiff_t>(l),
                a.begin() + static_cast<std::ptrdiff_t>(r),
                [](const closest_item<W>& p, const closest_item<W>& q) { return p.y < q.y; });
      return;
    }
    const std::size_t m = (l + r) / 2;
    const W midx = a[m].x;
    rec(l, m);
    rec(m, r);
    std::merge(
        a.begin() + static_cast<std::ptrdiff_t>(l), a.begin() + static_cast<std::ptrdiff_t>(m),
        a.begin() + static_cast<std::ptrdiff_t>(m), a.begin() + static_cast<std::ptrdiff_t>(r),
        buf.begin() + static_cast<std::ptrdiff_t>(l),
        [](const closest_item<W>& p, const closest_item<W>& q) { return p.y < q.y; });
    std::copy(buf.begin() + static_cast<std::ptrdiff_t>(l),
              buf.begin() + static_cast<std::ptrdiff_t>(r),
              a.begin() + static_cast<std::ptrdiff_t>(l));
    // Strip: points within sqrt(best) of the dividing line, in y order. A point only needs the
    // strip points below it closer than sqrt(best) in y: they lie in a sqrt(best) x 2 sqrt(best)
    // box whose two halves each hold at most 4 points pairwise >= sqrt(best) apart, so the inner
    // loop runs at most 7 times.
    std::size_t k = l;  // reuse buf[l, r) as the strip
    for (std::size_t i = l; i < r; ++i) {
      if (!(sq(absdiff(a[i].x, midx)) < best)) continue;
      for (std::size_t j = k; j-- > l;) {
        if (!(sq(absdiff(a[i].y, buf[j].y)) < best)) break;
        relax(a[i], buf[j]);
      }
      buf[k++] = a[i];
    }
  }

  std::pair<std::size_t, std::size_t> run() {
    std::sort(a.begin(), a.end(),
              [](const closest_item<W>& p, const closest_item<W>& q) { return p.x < q.x; });
    buf.resize(a.size());
    if constexpr (std::is_floating_point<D>::value) {
      best = std::numeric_limits<D>::infinity();
    } else if constexpr (std::is_same<D, std::uint64_t>::value) {
      best = ~std::uint64_t(0);
    } else {
      best = D(~geometry_u128(0) >> 1);  // numeric_limits<__int128> is empty under -std=c++17
    }
    rec(0, a.size());
    return {std::min(bi, bj), std::max(bi, bj)};
  }
};

}  // namespace detail

template <class T>
std::pair<std::size_t, std::size_t> closest_pair(const std::vector<point<T>>& pts) {
  const std::size_t n = pts.size();
  assert(n >= 2);
  assert(n < (std::size_t(1) << 32) - 1);
  if (n < 2) return {0, 1};
  if constexpr (std::is_floating_point<T>::value) {
    detail::closest_solver<T, T> s;
    s.a.resize(n);
    for (std::size_t i = 0; i < n; ++i) s.a[i] = {pts[i].x, pts[i].y, std::uint32_t(i)};
    return s.run();
  } else {
    using u64 = std::uint64_t;
    T minx = pts[0].x, maxx = pts[0].x, miny = pts[0].y, maxy = pts[0].y;
    for (const point<T>& p : pts) {
      minx = std::min(minx, p.x), maxx = std::max(maxx, p.x);
      miny = std::min(miny, p.y), maxy = std::max(maxy, p.y);
    }
    const u64 lim = 0x80000000ULL;
    if (u64(maxx) - u64(minx) <= lim && u64(maxy) - u64(miny) <= lim) {
      // Shifted coordinates in [0, 2^31]: differences <= 2^31, squares <= 2^62, sums <= 2^63.
      detail::closest_solver<long long, u64> s;
      s.a.resize(n);
      for (std::size_t i = 0; i < n; ++i)
        s.a[i] = {static_cast<long long>(u64(pts[i].x) - u64(minx)),
                  static_cast<long long>(u64(pts[i].y) - u64(miny)), std::uint32_t(i)};
      return s.run();
    }
#ifndef NDEBUG
    for (const point<T>& p : pts) assert(detail::in_exact_range(p));
#endif
    // |coord| <= 2^61: differences <= 2^62 fit long long; squares sum to <= 2^125.
    detail::closest_solver<long long, detail::geometry_sum_t<T>> s;
    s.a.resize(n);
    for (std::size_t i = 0; i < n; ++i)
      s.a[i] = {static_cast<long long>(pts[i].x), static_cast<long long>(pts[i].y),
                std::uint32_t(i)};
    return s.run();
  }
}

template <class T>
real_t<T> closest_pair_distance(const std::vector<point<T>>& pts) {
  const std::pair<std::size_t, std::size_t> ij = closest_pair(pts);
  if (pts.size() < 2) return real_t<T>(0);
  return detail::length(detail::vec(pts[ij.first], pts[ij.second]));
}

}  // namespace cpkit
