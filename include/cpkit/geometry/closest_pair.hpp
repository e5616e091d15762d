// Closest pair of points: divide and conquer on x, merging by y, checking the strip; integer
// input first tries a grid pass.
// closest_pair(pts) -> pair of indices {i, j}, i < j, O(n log n) time worst case, O(n) extra
//   memory: two input points at the smallest distance (duplicates allowed: distance 0).
// closest_pair_distance(pts) -> real_t<T>, O(n log n): that smallest distance.
// Integer input in a box at most 2^31 wide and high: O(n) grid pass first (cells of side 2^k,
//   about one point each on spread-out input; every point against its own and the 8 neighbouring
//   cells). It is the answer when its best distance is at most a side (a closer pair must be in
//   neighbouring cells); it gives up after O(n) work on clusters (more than 16 n comparisons) or
//   when the best is longer, and the divide and conquer (radix sort by x) decides.
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
#include <memory>
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
  // Uninitialised storage (a vector would zero it first: a visible cost at 5e5 points).
  std::unique_ptr<closest_item<W>[]> a, buf;
  std::size_t n = 0;
  D best;
  std::uint32_t bi = 0, bj = 1;

  explicit closest_solver(std::size_t size)
      : a(new closest_item<W>[size]), buf(new closest_item<W>[size]), n(size) {}

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
    closest_item<W>* const p = a.get();
    if (r - l <= 4) {
      for (std::size_t i = l; i < r; ++i)
        for (std::size_t j = i + 1; j < r; ++j) relax(p[i], p[j]);
      for (std::size_t i = l + 1; i < r; ++i)  // insertion sort by y
        for (std::size_t j = i; j > l && p[j].y < p[j - 1].y; --j) std::swap(p[j], p[j - 1]);
      return;
    }
    const std::size_t m = (l + r) / 2;
    const W midx = p[m].x;
    rec(l, m);
    rec(m, r);
    closest_item<W>* const b = buf.get();
    // Merge by y without a branch on the comparison (it is a coin flip on random input).
    {
      std::size_t i = l, j = m, k = l;
      while (i < m && j < r) {
        const bool right = p[j].y < p[i].y;
        b[k++] = p[right ? j : i];
        j += right;
        i += !right;
      }
      while (i < m) b[k++] = p[i++];
      while (j < r) b[k++] = p[j++];
    }
    std::copy(b + l, b + r, p + l);
    // Strip: points within sqrt(best) of the dividing line, in y order. A point only needs the
    // strip points below it closer than sqrt(best) in y: they lie in a sqrt(best) x 2 sqrt(best)
    // box whose two halves each hold at most 4 points pairwise >= sqrt(best) apart, so the inner
    // loop runs at most 7 times.
    std::size_t k = l;  // reuse buf[l, r) as the strip
    for (std::size_t i = l; i < r; ++i) {
      if (!(sq(absdiff(p[i].x, midx)) < best)) continue;
      for (std::size_t j = k; j-- > l;) {
        if (!(sq(absdiff(p[i].y, b[j].y)) < best)) break;
        relax(p[i], b[j]);
      }
      b[k++] = p[i];
    }
  }

  // a[0, n) already sorted by x.
  std::pair<std::size_t, std::size_t> run() {
    if constexpr (std::is_floating_point<D>::value) {
      best = std::numeric_limits<D>::infinity();
    } else if constexpr (std::is_same<D, std::uint64_t>::value) {
      best = ~std::uint64_t(0);
    } else {
      best = D(~geometry_u128(0) >> 1);  // numeric_limits<__int128> is empty under -std=c++17
    }
    rec(0, n);
    return {std::min(bi, bj), std::max(bi, bj)};
  }
  // Grid pass (integer items, coordinates in [0, 2^31]): square cells of side 2^k with about
  // one point per cell on spread-out input; compare every point with its own and the 8
  // neighbouring cells. If the best squared distance found is <= side^2, it is the answer: a
  // closer pair differs by less than a side in x and in y, so its cells are neighbours. Gives up
  // (false, O(n) spent) when the cells would be too many, the comparisons would exceed 16 n
  // (clusters), or the best found is longer than a side; the divide and conquer then decides.
  bool grid_pass(std::uint64_t width, std::uint64_t height) {
    using u64 = std::uint64_t;
    const double want = std::sqrt(double(width + 1) * double(height + 1) / double(n));
    int k = 0;
    while (k < 32 && (double(u64(1) << k) < want || ((width >> k) + 1) > 2 * n ||
                      ((height >> k) + 1) > 2 * n))
      ++k;
    const u64 gw = (width >> k) + 1, gh = (height >> k) + 1;
    if (gw * gh > 4 * u64(n) + 16) return false;
    const std::size_t cells = std::size_t(gw * gh);
    std::vector<std::uint32_t> start(cells + 2, 0);
    auto cell = [&](const closest_item<W>& q) {
      return std::size_t((u64(q.x) >> k) * gh + (u64(q.y) >> k));
    };
    for (std::size_t i = 0; i < n; ++i) ++start[cell(a[i]) + 2];
    // Work bound: pairs inside a cell and with the 4 forward neighbours.
    u64 work = 0;
    for (std::size_t cx = 0, c = 0; cx < gw; ++cx)
      for (std::size_t cy = 0; cy < gh; ++cy, ++c) {
        const u64 m = start[c + 2];
        if (m == 0) continue;
        u64 nb = 0;
        if (cy + 1 < gh) nb += start[c + 1 + 2];
        if (cx + 1 < gw) {
          nb += start[c + gh + 2];
          if (cy > 0) nb += start[c + gh - 1 + 2];
          if (cy + 1 < gh) nb += start[c + gh + 1 + 2];
        }
        work += m * (m - 1) / 2 + m * nb;
      }
    if (work > 16 * u64(n)) return false;
    for (std::size_t c = 0; c < cells; ++c) start[c + 2] += start[c + 1];
    closest_item<W>* const b = buf.get();
    for (std::size_t i = 0; i < n; ++i) b[start[cell(a[i]) + 1]++] = a[i];
    // Now cell c holds b[start[c], start[c + 1]).
    best = ~u64(0);
    for (std::size_t cx = 0, c = 0; cx < gw; ++cx)
      for (std::size_t cy = 0; cy < gh; ++cy, ++c) {
        const std::uint32_t lo = start[c], hi = start[c + 1];
        if (lo == hi) continue;
        for (std::uint32_t i = lo; i < hi; ++i)
          for (std::uint32_t j = i + 1; j < hi; ++j) relax(b[i], b[j]);
        auto with = [&](std::size_t d) {
          for (std::uint32_t i = lo; i < hi; ++i)
            for (std::uint32_t j = start[d]; j < start[d + 1]; ++j) relax(b[i], b[j]);
        };
        if (cy + 1 < gh) with(c + 1);
        if (cx + 1 < gw) {
          with(c + gh);
          if (cy > 0) with(c + gh - 1);
          if (cy + 1 < gh) with(c + gh + 1);
        }
      }
    return best <= (u64(1) << k) * (u64(1) << k);
  }

  // LSD radix sort of a[0, n) by x < 2^33 (three 11-bit digits), buf as scratch.
  void radix_sort_by_x() {
    constexpr int bits = 11, buckets = 1 << bits;
    closest_item<W>* src = a.get();
    closest_item<W>* dst = buf.get();
    std::vector<std::uint32_t> cnt(buckets);
    for (int pass = 0; pass < 3; ++pass) {
      std::fill(cnt.begin(), cnt.end(), 0u);
      for (std::size_t i = 0; i < n; ++i)
        ++cnt[(std::uint64_t(src[i].x) >> (pass * bits)) & (buckets - 1)];
      std::uint32_t sum = 0;
      for (std::uint32_t& c : cnt) {
        const std::uint32_t v = c;
        c = sum;
        sum += v;
      }
      for (std::size_t i = 0; i < n; ++i)
        dst[cnt[(std::uint64_t(src[i].x) >> (pass * bits)) & (buckets - 1)]++] = src[i];
      std::swap(src, dst);
    }
    a.swap(buf);  // three passes: the sorted items are in the other array
  }
  void sort_by_x() {
    std::sort(a.get(), a.get() + n,
              [](const closest_item<W>& u, const closest_item<W>& v) { return u.x < v.x; });
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
    detail::closest_solver<T, T> s(n);
    for (std::size_t i = 0; i < n; ++i) s.a[i] = {pts[i].x, pts[i].y, std::uint32_t(i)};
    s.sort_by_x();
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
      // 12-byte items (32-bit coordinates): the grid pass, else the divide and conquer with a
      // radix sort by x.
      detail::closest_solver<std::uint32_t, u64> s(n);
      for (std::size_t i = 0; i < n; ++i)
        s.a[i] = {std::uint32_t(u64(pts[i].x) - u64(minx)),
                  std::uint32_t(u64(pts[i].y) - u64(miny)), std::uint32_t(i)};
      if (s.grid_pass(u64(maxx) - u64(minx), u64(maxy) - u64(miny)))
        return {std::min(s.bi, s.bj), std::max(s.bi, s.bj)};
      s.radix_sort_by_x();
      return s.run();
    }
#ifndef NDEBUG
    for (const point<T>& p : pts) assert(detail::in_exact_range(p));
#endif
    // |coord| <= 2^61: differences <= 2^62 fit long long; squares sum to <= 2^125.
    detail::closest_solver<long long, detail::geometry_sum_t<T>> s(n);
    for (std::size_t i = 0; i < n; ++i)
      s.a[i] = {static_cast<long long>(pts[i].x), static_cast<long long>(pts[i].y),
                std::uint32_t(i)};
    s.sort_by_x();
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
