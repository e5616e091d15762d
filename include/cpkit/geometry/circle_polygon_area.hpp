// Area of the intersection of a disk and a simple polygon (convex or not).
// circle_polygon_area(c, poly) -> real_t<T>, O(n): the area of disk(c) ∩ polygon, either
//   orientation; 0 for n < 3 or r = 0.
// Method: with the centre as origin, the polygon is the signed sum of the triangles
//   (0, p_i, p_i+1), and so is its intersection with the disk. Each triangle's part is found on
//   its edge: the edge p + t (q - p), t in [0, 1], is inside the disk on one interval [lo, hi]
//   (the roots of |p + t (q - p)|^2 = r^2, clipped to [0, 1]); that piece contributes its
//   triangle (cross / 2) and the pieces outside contribute their sectors (r^2 theta / 2, theta =
//   atan2(cross, dot) in (-pi, pi): an outside piece never passes through the centre).
// Degenerate cases: a vertex on the circle (a root at t = 0 or 1: a piece of length 0), an edge
//   tangent to the circle (no root inside: a sector, the same as the touching point), the centre
//   on an edge (that triangle has area 0 and its inside piece cross 0) or at a vertex (t = 0 is
//   inside, the outside piece starts at the crossing), repeated vertices (skipped): all follow
//   from the same formulas, and the area is continuous in the roots, so their rounding only
//   moves the result by rounding.
// Numbers: the vertices are taken relative to the centre (differences exact in long long for
//   integers in exact_limit<T>), then everything is real_t<T> (double for integers): a floating
//   result, absolute error about n r^2 times the machine epsilon.
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   r >= 0                           -> a negative radius counts as |r|;
//   integers within exact_limit<T>   -> overflowing differences, a wrong area;
//   a simple polygon (not checked)   -> the signed sum of the triangles' parts, meaningless.
// Verified by: problems/circle-polygon-area; tests/circle_crossing_test.cpp
#pragma once

#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <vector>

namespace cpkit {

namespace detail {
// Twice the signed area of disk(0, r) ∩ triangle(0, p, q).
template <class R>
R circle_triangle_area2(const point<R>& p, const point<R>& q, R r) {
  const R dx = q.x - p.x, dy = q.y - p.y;
  const R a = dx * dx + dy * dy;
  if (a == R(0)) return R(0);
  const R r2 = r * r;
  const auto sector = [r2](R x1, R y1, R x2, R y2) {
    return r2 * std::atan2(x1 * y2 - y1 * x2, x1 * x2 + y1 * y2);
  };
  const R pp = p.x * p.x + p.y * p.y, qq = q.x * q.x + q.y * q.y;
  const bool p_in = pp <= r2, q_in = qq <= r2;
  if (p_in && q_in) return p.x * q.y - p.y * q.x;  // the whole triangle: no root, no atan2
  // |p + t d|^2 = r^2: a t^2 + 2 b t + c = 0.
  const R b = p.x * dx + p.y * dy, c = pp - r2;
  const R disc = b * b - a * c;
  if (!(disc > R(0))) return sector(p.x, p.y, q.x, q.y);  // the line misses or touches
  const R sq = std::sqrt(disc);
  // An end inside the circle keeps its own point (t = 0 or 1) rather than a rounded root.
  const R lo = p_in ? R(0) : std::max(R(0), (-b - sq) / a);
  const R hi = q_in ? R(1) : std::min(R(1), (-b + sq) / a);
  if (!(lo < hi)) return sector(p.x, p.y, q.x, q.y);  // the inside interval misses the edge
  const R x1 = p.x + dx * lo, y1 = p.y + dy * lo, x2 = p.x + dx * hi, y2 = p.y + dy * hi;
  return (p_in ? R(0) : sector(p.x, p.y, x1, y1)) + (x1 * y2 - y1 * x2) +
         (q_in ? R(0) : sector(x2, y2, q.x, q.y));
}
}  // namespace detail

template <class T>
real_t<T> circle_polygon_area(const circle<T>& c, const std::vector<point<T>>& poly) {
  using R = real_t<T>;
  assert(!(c.r < T(0)));
  assert(c.r <= exact_limit<T> && detail::in_exact_range(c.center));
  const std::size_t n = poly.size();
  if (n < 3 || c.r == T(0)) return R(0);
  std::vector<point<R>> rel(n);
  for (std::size_t i = 0; i < n; ++i) {
    assert(detail::in_exact_range(poly[i]));
    const detail::geometry_vec<T> v = detail::vec(c.center, poly[i]);
    rel[i] = {static_cast<R>(v.x), static_cast<R>(v.y)};
  }
  const R r = std::fabs(static_cast<R>(c.r));
  R sum = R(0);
  for (std::size_t i = 0; i < n; ++i)
    sum += detail::circle_triangle_area2(rel[i], rel[i + 1 == n ? 0 : i + 1], r);
  return std::fabs(sum) / R(2);
}

}  // namespace cpkit
