// Polygons given as their vertices in order (no repeated closing vertex).
// area2(poly): twice the signed area (> 0 counter-clockwise), O(n), in wide_t: exact for
//   integers (point<long long>: while n * 8 * C^2 < 2^127, e.g. |coord| C <= 1e12 with
//   n <= 1e7). area(poly) = area2 / 2 as real_t.
// is_convex(poly): O(n); no two non-zero turns of opposite sign (180-degree angles allowed).
//   Precondition: simple polygon, n >= 3.
// contains(poly, p): O(n), inside / on_boundary / outside; any simple polygon, either orientation.
// convex_contains(poly, p): O(log n); precondition: strictly convex, counter-clockwise, n >= 3
//   (no three consecutive collinear vertices; convex_hull(..., false) output qualifies).
// convex_cut(poly, a, b): O(n); the part of a convex polygon on the closed left side of the
//   directed line a -> b, as a real_t polygon (counter-clockwise if poly is), possibly empty or
//   degenerate (a segment or a point when the line only touches).
// Boundary points count as on_boundary exactly for integers, within geometry_eps for floats.
// Verified by: problems/{polygon-area,is-convex,point-in-polygon,convex-cut}; tests/geometry_test.cpp
#pragma once

#include "cpkit/geometry/point.hpp"
#include "cpkit/geometry/segment.hpp"

#include <cassert>
#include <cstddef>
#include <utility>
#include <vector>

namespace cpkit {

enum class containment : int { outside = 0, on_boundary = 1, inside = 2 };

template <class T>
wide_t<T> area2(const std::vector<point<T>>& poly) {
  wide_t<T> s = 0;
  const std::size_t n = poly.size();
  if (n < 3) return s;
  // Relative to poly[0]: smaller products, and better rounding for floats.
  for (std::size_t i = 1; i + 1 < n; ++i) s += cross(poly[i] - poly[0], poly[i + 1] - poly[0]);
  return s;
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
    const int s = sign(cross(poly[i], poly[(i + 1) % n], poly[(i + 2) % n]));
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
    point<T> a = s - p, b = t - p;
    if (a.y > b.y) std::swap(a, b);
    if (a.y <= 0 && 0 < b.y && sign(cross(a, b)) > 0) in = !in;
  }
  return in ? containment::inside : containment::outside;
}

template <class T>
containment convex_contains(const std::vector<point<T>>& poly, const point<T>& p) {
  const std::size_t n = poly.size();
  assert(n >= 3);
  const point<T>& o = poly[0];
  const int first = sign(cross(o, poly[1], p)), last = sign(cross(o, poly[n - 1], p));
  if (first < 0 || last > 0) return containment::outside;
  // Largest i in [1, n-2] with p not right of ray o -> poly[i]: p lies in wedge (i, i+1).
  std::size_t lo = 1, hi = n - 2;
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (sign(cross(o, poly[mid], p)) >= 0)
      lo = mid;
    else
      hi = mid - 1;
  }
  const int s = sign(cross(poly[lo], poly[lo + 1], p));
  if (s < 0) return containment::outside;
  if (s == 0) return containment::on_boundary;
  if ((lo == 1 && first == 0) || (lo + 2 == n && last == 0)) return containment::on_boundary;
  return containment::inside;
}

template <class T>
std::vector<point<real_t<T>>> convex_cut(const std::vector<point<T>>& poly, const point<T>& a, const point<T>& b) {
  assert(a != b);
  std::vector<point<real_t<T>>> out;
  const std::size_t n = poly.size();
  for (std::size_t i = 0; i < n; ++i) {
    const point<T>& cur = poly[i];
    const point<T>& nxt = poly[i + 1 == n ? 0 : i + 1];
    const int sc = sign(cross(a, b, cur)), sn = sign(cross(a, b, nxt));
    if (sc >= 0) out.push_back(point<real_t<T>>(cur));
    if (sc * sn < 0) out.push_back(line_cross_point(a, b, cur, nxt));
  }
  return out;
}

}  // namespace cpkit
