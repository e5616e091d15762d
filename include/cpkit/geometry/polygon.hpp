// Polygons given as their vertices in order (no repeated closing vertex).
// area2(poly) -> wide_t<T>: twice the signed area (> 0 counter-clockwise), O(n); 0 for n < 3.
// area(poly) -> real_t<T>, O(n): area2 / 2.
// is_convex(poly) -> bool, O(n): no two non-zero turns of opposite sign (180-degree angles and
//   repeated vertices allowed). Needs a simple polygon (a pentagram turns one way throughout).
// contains(poly, p) -> containment (inside / on_boundary / outside), O(n): any simple polygon,
//   either orientation.
// convex_contains(poly, p) -> containment, O(log n): needs a strictly convex polygon
//   counter-clockwise, n >= 3 (no three consecutive collinear vertices; convex_hull(pts) qualifies).
// convex_cut(poly, a, b) -> vector<point<real_t<T>>>, O(n): the part of a convex polygon on the
//   closed left side of the directed line a -> b (counter-clockwise if poly is), possibly empty
//   or degenerate (a segment or a point when the line only touches).
// Range: the signs are exact for |coord| <= exact_limit<T> (2^30 for int, 2^61 for long long;
//   point.hpp), floating coordinates decide within geometry_eps.
//   area2 sums exact fan terms (each at most (2 exact_limit)^2) modulo 2^64 or 2^128, so it is
//   exact whenever the true value fits wide_t<T>: always for long long at 2^61 (|area2| <= 2^125
//   for a simple polygon); for int, |area2| < 2^63, which every simple polygon with
//   |coord| <= 2^30 meets except the full square [-2^30, 2^30]^2 counter-clockwise (2^63;
//   asserted). Floating: exact for integer values up to 2^25 (double) on convex polygons (the fan
//   partial sums then never exceed the total); otherwise floating rounding.
//   convex_cut's crossing points are line_cross_point's: exact numerators, one rounding.
// Preconditions (asserted, except what an O(n) check would cost in convex_contains; asserts
// vanish under -DNDEBUG, and then):
//   coordinates in the exact range (integers)     -> silently wrong answers (overflow);
//   area2 of point<int>: |area2| < 2^63           -> the value modulo 2^64 (the full square ccw
//                                                    gives -2^63);
//   is_convex: n >= 3                              -> returns true; not simple -> meaningless;
//   convex_contains: n >= 3                        -> out-of-bounds reads (undefined behaviour);
//     not strictly convex counter-clockwise (not checked) -> silently wrong answers;
//   convex_cut: a != b                             -> returns the whole polygon.
// Boundary: on_boundary is exact for integers, within geometry_eps for floats.
// Verified by: problems/{polygon-area,is-convex,point-in-polygon,convex-cut};
//   tests/geometry_test.cpp; tests/geometry_python (exact fractions)
#pragma once

#include "cpkit/geometry/point.hpp"
#include "cpkit/geometry/segment.hpp"

#include <cassert>
#include <cstddef>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

enum class containment : int { outside = 0, on_boundary = 1, inside = 2 };

template <class T>
wide_t<T> area2(const std::vector<point<T>>& poly) {
  const std::size_t n = poly.size();
  if (n < 3) return wide_t<T>(0);
  // Fan from poly[0]: every term is a cross product of differences from one origin, exact in
  // wide_t (point.hpp). A partial sum can exceed the total (a spiral winds several times), so
  // integers accumulate modulo 2^(bits of the accumulator): exact whenever the total fits.
  if constexpr (std::is_floating_point<T>::value) {
    wide_t<T> s = 0;
    for (std::size_t i = 1; i + 1 < n; ++i) s += cross(poly[0], poly[i], poly[i + 1]);
    return s;
  } else if constexpr (sizeof(wide_t<T>) < sizeof(detail::geometry_i128)) {
    // int: terms <= 2^62 summed in __int128 (no overflow for any n), then checked to fit.
    detail::geometry_i128 s = 0;
    for (std::size_t i = 1; i + 1 < n; ++i) {
      assert(detail::in_exact_range(poly[i]));
      s += cross(poly[0], poly[i], poly[i + 1]);
    }
    assert(detail::in_exact_range(poly[0]) && detail::in_exact_range(poly[n - 1]));
    assert(s >= std::numeric_limits<long long>::min() &&
           s <= std::numeric_limits<long long>::max());
    return static_cast<wide_t<T>>(s);
  } else {
    detail::geometry_u128 s = 0;
    for (std::size_t i = 1; i + 1 < n; ++i) {
      assert(detail::in_exact_range(poly[i]));
      s += static_cast<detail::geometry_u128>(cross(poly[0], poly[i], poly[i + 1]));
    }
    assert(detail::in_exact_range(poly[0]) && detail::in_exact_range(poly[n - 1]));
    return static_cast<wide_t<T>>(
        s);  // modulo 2^128 (two's complement, as g++ and clang++ define it)
  }
}
template <class T>
real_t<T> area(const std::vector<point<T>>& poly) {
  return static_cast<real_t<T>>(area2(poly)) / 2;
}

template <class T>
bool is_convex(const std::vector<point<T>>& poly) {
  const std::size_t n = poly.size();
  assert(n >= 3);
  bool pos = false, neg = false;
  for (std::size_t i = 0; i < n; ++i) {
    assert(detail::in_exact_range(poly[i]));
    const int s = detail::orient(poly[i], poly[(i + 1) % n], poly[(i + 2) % n]);
    pos |= s > 0;
    neg |= s < 0;
  }
  return !(pos && neg);
}

template <class T>
containment contains(const std::vector<point<T>>& poly, const point<T>& p) {
  const std::size_t n = poly.size();
  bool in = false;
  for (std::size_t i = 0; i < n; ++i) {
    const point<T>& s = poly[i];
    const point<T>& t = poly[i + 1 == n ? 0 : i + 1];
    if (on_segment(s, t, p)) return containment::on_boundary;
    // Ray to +x from p; an edge counts if it straddles p.y half-open (lower end included) and
    // p is strictly left of it when walked upwards.
    detail::geometry_vec<T> a = detail::vec(p, s), b = detail::vec(p, t);
    if (a.y > b.y) std::swap(a, b);
    if (a.y <= 0 && 0 < b.y && detail::cross_sign(a, b) > 0) in = !in;
  }
  return in ? containment::inside : containment::outside;
}

template <class T>
containment convex_contains(const std::vector<point<T>>& poly, const point<T>& p) {
  const std::size_t n = poly.size();
  assert(n >= 3);
  assert(detail::in_exact_range(p));
  const point<T>& o = poly[0];
  const int first = detail::orient(o, poly[1], p), last = detail::orient(o, poly[n - 1], p);
  if (first < 0 || last > 0) return containment::outside;
  // Largest i in [1, n-2] with p not right of ray o -> poly[i]: p lies in wedge (i, i+1).
  std::size_t lo = 1, hi = n - 2;
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (detail::orient(o, poly[mid], p) >= 0)
      lo = mid;
    else
      hi = mid - 1;
  }
  const int s = detail::orient(poly[lo], poly[lo + 1], p);
  if (s < 0) return containment::outside;
  if (s == 0) return containment::on_boundary;
  if ((lo == 1 && first == 0) || (lo + 2 == n && last == 0)) return containment::on_boundary;
  return containment::inside;
}

template <class T>
std::vector<point<real_t<T>>> convex_cut(const std::vector<point<T>>& poly, const point<T>& a,
                                         const point<T>& b) {
  assert(a != b);
  assert(detail::in_exact_range(a) && detail::in_exact_range(b));
  std::vector<point<real_t<T>>> out;
  const std::size_t n = poly.size();
  for (std::size_t i = 0; i < n; ++i) {
    const point<T>& cur = poly[i];
    const point<T>& nxt = poly[i + 1 == n ? 0 : i + 1];
    assert(detail::in_exact_range(cur));
    const int sc = detail::orient(a, b, cur), sn = detail::orient(a, b, nxt);
    if (sc >= 0) out.push_back(point<real_t<T>>(cur));
    if (sc * sn < 0) out.push_back(line_cross_point(a, b, cur, nxt));
  }
  return out;
}

}  // namespace cpkit
