// Convex hull (Andrew's monotone chain), rotating-calipers diameter, furthest pair.
// convex_hull(pts, keep_collinear = false) -> vector<point<T>>, O(n log n): the hull
//   counter-clockwise starting at the lowest point (leftmost among the lowest), each point once.
//   keep_collinear = false: only corners (no point in the middle of an edge);
//   keep_collinear = true:  every input point on the boundary, including edge interiors.
//   Degenerate input: n = 0 -> {}, all points equal -> {p}, all collinear -> the two ends
//   (strict) or every distinct point in order along the line from the start (keep_collinear).
//   Duplicates allowed. Integer coordinates whose bounding box is at most 2^31 wide and high
//   (e.g. |coord| <= 1e9, every point<int> in its exact range) take a faster path: Akl-Toussaint
//   octagon filter (only if n > 64 and n/8 points lie strictly inside the middle half of the
//   bounding box), quicksort or radix sort of 64-bit keys, 64-bit cross products; O(n) + the
//   sort. n <= 64: no allocation but the result.
// convex_diameter(hull) -> pair of indices, O(m): two vertices at the largest distance of a
//   convex polygon given counter-clockwise (collinear vertices allowed, or all m points on one
//   line as convex_hull returns them). m = 1 -> {0, 0}.
// furthest_pair(pts) -> pair of indices i != j, O(n log n): two input points at the largest
//   distance.
// Range: exact for |coord| <= exact_limit<T> (2^30 for int, 2^61 for long long; point.hpp), and
//   for every integer input on the fast path (bounding box <= 2^31: a turn is twice a triangle's
//   area inside the box, <= 2^62); squared distances are compared in __int128. Floating
//   coordinates decide within geometry_eps; integer values up to 2^25 (double) are exact.
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   coordinates in the exact range (integers off the fast path) -> silently wrong hulls;
//   convex_diameter: m >= 1                  -> {0, 0} for an empty hull (no such vertices);
//     not convex counter-clockwise (not checked) -> a pair that need not be the farthest;
//   furthest_pair: n >= 2                    -> n = 1 gives {0, 1}, index 1 out of range.
// Verified by: problems/{convex-hull,static-convex-hull,convex-diameter,furthest-pair};
//   tests/geometry_test.cpp; tests/geometry_python (exact fractions); bench/geometry_bench.cpp,
//   bench/geometry/small_inputs.cpp
#pragma once

#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {
namespace detail {

template <class T>
bool hull_yx_less(const point<T>& a, const point<T>& b) {
  return a.y < b.y || (a.y == b.y && a.x < b.x);
}

// p[0, m) sorted by (y, x), no duplicates; h has room for 2m. Writes the hull to h, returns its
// size. turn(a, b, c) has the sign of cross(b - a, c - a); pop while it is < lim (1: strict, on
// turns <= 0; 0: keep_collinear, on right turns only).
template <class E, class Turn>
std::size_t monotone_chain(const E* p, std::size_t m, bool keep, Turn turn, E* h) {
  bool line = m <= 2;
  if (keep && !line) {
    line = true;
    for (std::size_t i = 1; i + 1 < m && line; ++i) line = turn(p[0], p[m - 1], p[i]) == 0;
  }
  if (line) return std::size_t(std::copy(p, p + m, h) - h);  // sorted order is along the line
  const int lim = keep ? 0 : 1;
  std::size_t k = 0;
  for (std::size_t i = 0; i < m; ++i) {
    while (k >= 2 && turn(h[k - 2], h[k - 1], p[i]) < lim) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = m - 1, t = k + 1; i-- > 0;) {
    while (k >= t && turn(h[k - 2], h[k - 1], p[i]) < lim) --k;
    h[k++] = p[i];
  }
  return k - 1;  // the last point is p[0] again
}

template <class T>
std::vector<point<T>> convex_hull_generic(std::vector<point<T>> pts, bool keep) {
#ifndef NDEBUG
  for (const point<T>& p : pts) assert(in_exact_range(p));
#endif
  std::sort(pts.begin(), pts.end(), hull_yx_less<T>);
  pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
  std::vector<point<T>> h(2 * pts.size());
  h.resize(monotone_chain(pts.data(), pts.size(), keep,
                          [](const point<T>& a, const point<T>& b, const point<T>& c) {
                            return orient(a, b, c);
                          },
                          h.data()));
  return h;
}

// Sorts a[0, n), tmp: room for n. n < 1024: quicksort, branch-free Lomuto partition (std::sort's
// mispredicts half its comparisons); else LSD radix, 11-bit digits, constant digits skipped.
inline void sort_u64(std::uint64_t* a, std::size_t n, std::uint64_t* tmp) {
  using u64 = std::uint64_t;
  if (n >= 1024) {
    constexpr int bits = 11, passes = 6, buckets = 1 << bits;  // 66 bits
    std::vector<std::array<std::uint32_t, buckets>> cnt(passes);
    for (std::size_t i = 0; i < n; ++i)
      for (int p = 0; p < passes; ++p) ++cnt[p][(a[i] >> (p * bits)) & (buckets - 1)];
    u64 *src = a, *dst = tmp;
    for (int p = 0; p < passes; ++p) {
      auto& c = cnt[p];
      if (c[(src[0] >> (p * bits)) & (buckets - 1)] == n) continue;
      std::uint32_t sum = 0;
      for (auto& x : c) sum += x, x = sum - x;
      for (std::size_t i = 0; i < n; ++i) dst[c[(src[i] >> (p * bits)) & (buckets - 1)]++] = src[i];
      std::swap(src, dst);
    }
    if (src != a) std::copy(src, src + n, a);
    return;
  }
  while (n > 16) {
    const u64 x = a[0], y = a[n / 2], z = a[n - 1];
    const u64 piv = std::max(std::min(x, y), std::min(std::max(x, y), z));
    std::size_t j = 0;  // [0, j) < piv <= [j, i)
    for (std::size_t i = 0; i < n; ++i) {
      const u64 v = a[i];
      a[i] = a[j], a[j] = v, j += v < piv;
    }
    if (j == 0) {  // piv is the minimum: keys = piv to the front
      for (std::size_t i = 0; i < n; ++i) {
        const u64 v = a[i];
        a[i] = a[j], a[j] = v, j += v <= piv;
      }
      a += j, n -= j;
    } else if (j < n - j) {  // smaller side first
      sort_u64(a, j, tmp);
      a += j, n -= j;
    } else {
      sort_u64(a + j, n - j, tmp);
      n = j;
    }
  }
  std::sort(a, a + n);  // insertion sort
}

// Fast path for integer coordinates whose bounding box is at most 2^31 on each side. Returns
// false (and does nothing) when the box is larger.
template <class T>
bool convex_hull_fast(const std::vector<point<T>>& pts, bool keep, std::vector<point<T>>& out) {
  using u64 = std::uint64_t;
  using i64 = long long;
  const std::size_t n = pts.size();
  if (n == 0) {
    out.clear();
    return true;
  }
  T minx = pts[0].x, maxx = pts[0].x, miny = pts[0].y, maxy = pts[0].y;
  for (const point<T>& p : pts) {
    minx = std::min(minx, p.x), maxx = std::max(maxx, p.x);
    miny = std::min(miny, p.y), maxy = std::max(maxy, p.y);
  }
  // Sides W, H <= 2^31: a cross product is twice a triangle's area in the box, <= W * H <= 2^62.
  const u64 lim = 0x80000000ULL, w = u64(maxx) - u64(minx), h = u64(maxy) - u64(miny);
  if (w > lim || h > lim) return false;
  auto X = [](u64 k) { return i64(k & 0xffffffffULL); };  // key = y << 32 | x
  auto Y = [](u64 k) { return i64(k >> 32); };

  constexpr std::size_t small = 64;  // keys, then the chain's stack (2m)
  u64 buf[3 * small];
  std::unique_ptr<u64[]> big;
  u64* a = buf;
  if (n > small) big.reset(new u64[3 * n]), a = big.get();
  // Points strictly inside the middle half of the box (none on a circle).
  const u64 x0 = w / 4, xs = w - w / 4 - x0 - 1, y0 = h / 4, ys = h - h / 4 - y0 - 1;
  std::size_t inner = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const u64 x = u64(pts[i].x) - u64(minx), y = u64(pts[i].y) - u64(miny);
    a[i] = y << 32 | x;
    if (n > small) inner += (x - x0 - 1 < xs) & (y - y0 - 1 < ys);  // x0 < x < x1
  }
  std::size_t m = n;
  if (n > small && inner * 8 >= n) {
    // Akl-Toussaint: the extreme points in the 8 directions at multiples of 45 degrees are
    // boundary points in order; a point strictly inside their octagon is inside the hull.
    u64 e[8];
    i64 b[8];
    for (int d = 0; d < 8; ++d) e[d] = a[0], b[d] = -(i64(1) << 40);
    for (std::size_t i = 0; i < n; ++i) {
      const u64 k = a[i];
      const i64 x = X(k), y = Y(k), s = x + y, t = y - x;
      const i64 v[8] = {x, s, y, t, -x, -s, -y, -t};
      for (int d = 0; d < 8; ++d)
        if (v[d] > b[d]) b[d] = v[d], e[d] = k;
    }
    struct edge {
      i64 ax, ay, dx, dy;
    };
    edge edges[8];
    int ne = 0;
    for (int d = 0; d < 8; ++d) {
      const u64 u = e[d], v = e[(d + 1) % 8];
      if (u != v) edges[ne++] = {X(u), Y(u), X(v) - X(u), Y(v) - Y(u)};
    }
    if (ne >= 3) {
      m = 0;
      for (std::size_t i = 0; i < n; ++i) {
        const u64 k = a[i];
        const i64 x = X(k), y = Y(k);
        bool inside = true;
        for (int j = 0; j < ne; ++j)
          inside &= edges[j].dx * (y - edges[j].ay) - edges[j].dy * (x - edges[j].ax) > 0;
        a[m] = k, m += !inside;
      }
    }
  }
  sort_u64(a, m, a + m);
  m = std::size_t(std::unique(a, a + m) - a);  // |turn| <= W * H <= 2^62 (above)
  const std::size_t k = monotone_chain(a, m, keep, [&](u64 p, u64 q, u64 r) {
    return (X(q) - X(p)) * (Y(r) - Y(p)) - (Y(q) - Y(p)) * (X(r) - X(p));
  }, a + m);
  out.resize(k);
  for (std::size_t i = 0; i < k; ++i)
    out[i] = {static_cast<T>(i64(minx) + X(a[m + i])), static_cast<T>(i64(miny) + Y(a[m + i]))};
  return true;
}

}  // namespace detail

template <class T>
std::vector<point<T>> convex_hull(const std::vector<point<T>>& pts, bool keep_collinear = false) {
  if constexpr (!std::is_floating_point<T>::value && sizeof(T) <= 8) {
    std::vector<point<T>> out;
    if (detail::convex_hull_fast(pts, keep_collinear, out)) return out;
  }
  return detail::convex_hull_generic(pts, keep_collinear);
}

template <class T>
std::pair<std::size_t, std::size_t> convex_diameter(const std::vector<point<T>>& h) {
  const std::size_t m = h.size();
  assert(m >= 1);
  if (m <= 1) return {0, 0};
  if (m == 2) return {0, 1};
#ifndef NDEBUG
  for (const point<T>& p : h) assert(detail::in_exact_range(p));
#endif
  std::pair<std::size_t, std::size_t> res{0, 1};
  detail::geometry_sum_t<T> best = detail::dist2(h[0], h[1]);  // up to 2^63 for int: __int128
  auto relax = [&](std::size_t i, std::size_t j) {
    const detail::geometry_sum_t<T> d = detail::dist2(h[i], h[j]);
    if (compare(d, best) > 0) best = d, res = {i, j};
  };
  // All on one line (e.g. a keep_collinear hull of collinear points): the vertex farthest from
  // h[0] is an end of the line, and the vertex farthest from that end is the other end. (Every
  // turn of a counter-clockwise convex polygon is >= 0, so "all turns 0" is "twice the area 0".)
  bool flat = true;
  for (std::size_t i = 1; i + 1 < m && flat; ++i) flat = detail::orient(h[0], h[i], h[i + 1]) == 0;
  if (flat) {
    for (std::size_t k = 2; k < m; ++k) relax(0, k);
    const std::size_t e = res.second;
    for (std::size_t k = 0; k < m; ++k) relax(e, k);
    return res;
  }
  // For each edge (i, i+1) move j to the vertex farthest from the edge's line (the height is
  // unimodal along a convex polygon, and j only moves forward): every antipodal vertex pair
  // appears as (i, j) or (i + 1, j), and a diameter is an antipodal pair.
  // Start at the first vertex farthest from edge (0, 1); later plateaus are parallel edges.
  std::size_t j = 1;
  for (std::size_t k = 2; k < m; ++k)
    if (compare(cross(h[0], h[1], h[k]), cross(h[0], h[1], h[j])) > 0) j = k;
  for (std::size_t i = 0; i < m; ++i) {
    const std::size_t i1 = (i + 1) % m;
    while (detail::cross_sign(detail::vec(h[i], h[i1]), detail::vec(h[j], h[(j + 1) % m])) > 0)
      j = (j + 1) % m;
    relax(i, j);
    relax(i1, j);
  }
  return res;
}

template <class T>
std::pair<std::size_t, std::size_t> furthest_pair(const std::vector<point<T>>& pts) {
  assert(pts.size() >= 2);
  const std::vector<point<T>> h = convex_hull(pts);
  if (h.size() == 1) return {0, 1};  // all points equal
  const std::pair<std::size_t, std::size_t> d = convex_diameter(h);
  const point<T> a = h[d.first], b = h[d.second];
  std::size_t ia = pts.size(), ib = pts.size();
  for (std::size_t i = 0; i < pts.size(); ++i) {
    if (ia == pts.size() && pts[i] == a) ia = i;
    if (ib == pts.size() && pts[i] == b) ib = i;
  }
  return {ia, ib};
}

}  // namespace cpkit
