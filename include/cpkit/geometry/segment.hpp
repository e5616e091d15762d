// Lines and segments: five-way ccw, on-segment, parallel / orthogonal tests, closed segment
// intersection (touching and collinear overlap count), projection, reflection, cross points,
// distances. A line is given by two points a != b, a segment by its two endpoints. All O(1).
// ccw(a, b, c) -> ccw_result        where c lies against the directed line a -> b (5 cases)
// on_segment(a, b, p) -> bool        p on the closed segment [a, b]; a == b allowed
// is_parallel / is_orthogonal(a, b, c, d) -> bool   directions b - a and d - c
// segments_intersect(a, b, c, d) -> bool            closed segments share a point
// projection / reflection(a, b, p) -> point<real_t<T>>  foot / mirror image of p on line a b
// line_cross_point(a, b, c, d) -> point<real_t<T>>      lines a b and c d, not parallel
// segment_cross_points(a, b, c, d) -> vector<point<real_t<T>>>  0, 1 or 2 (ends of an overlap)
// distance_point_line / distance_point_segment / distance_segment_segment -> real_t<T>
// Range: every predicate decides with the exact signs of point.hpp (differences in long long,
//   the two products compared), so it is exact for |coord| <= exact_limit<T>: 2^30 for int,
//   2^61 for long long, the whole range of short; floating coordinates decide within the
//   absolute geometry_eps (exact for integer values up to 2^25 in double). Constructions and
//   distances add the products in __int128 (exact numerators and denominators up to 2^63 for
//   int, 2^125 for long long), round each once to real_t<T> and divide once.
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   coordinates in the exact range (integers)  -> beyond it, silently wrong answers (overflow);
//   ccw: a != b                                -> with a == b every c is on_segment;
//   projection, reflection, distance_point_line: a != b -> NaN coordinates / NaN distance;
//   line_cross_point: not parallel, a != b, c != d    -> infinite or NaN coordinates.
// Boundary: on_segment, ccw's on_segment and segments_intersect include the endpoints; for
//   floating coordinates "on" means within geometry_eps of the compared cross / dot product.
// Verified by: problems/{projection,reflection,counter-clockwise,parallel-orthogonal,
//   segment-intersection,cross-point,segment-distance}; tests/geometry_test.cpp;
//   tests/geometry_python (exact fractions)
#pragma once

#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

namespace cpkit {

// Where c lies relative to the directed segment a -> b (values as in the classic statement).
enum class ccw_result : int {
  counter_clockwise = 1,  // strictly left of line a->b
  clockwise = -1,         // strictly right
  online_back = 2,        // on the line, before a
  online_front = -2,      // on the line, beyond b
  on_segment = 0          // on the closed segment [a, b]
};

template <class T>
ccw_result ccw(const point<T>& a, const point<T>& b, const point<T>& c) {
  assert(a != b);
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(c));
  const detail::geometry_vec<T> ab = detail::vec(a, b), ac = detail::vec(a, c);
  const int s = detail::cross_sign(ab, ac);
  if (s > 0) return ccw_result::counter_clockwise;
  if (s < 0) return ccw_result::clockwise;
  if (detail::dot_sign(ab, ac) < 0) return ccw_result::online_back;
  // On the line at or after a: c = a + t (b - a) with t >= 0; beyond b iff t > 1 iff
  // dot(b - a, c - b) > 0 (no squared lengths, which reach 2^63 for int).
  if (detail::dot_sign(ab, detail::vec(b, c)) > 0) return ccw_result::online_front;
  return ccw_result::on_segment;
}

template <class T>
bool on_segment(const point<T>& a, const point<T>& b, const point<T>& p) {
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(p));
  return detail::orient(p, a, b) == 0 &&
         detail::dot_sign(detail::vec(p, a), detail::vec(p, b)) <= 0;
}

// A zero direction is parallel and orthogonal to every direction.
template <class T>
bool is_parallel(const point<T>& a, const point<T>& b, const point<T>& c, const point<T>& d) {
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(c) &&
         detail::in_exact_range(d));
  return detail::cross_sign(detail::vec(a, b), detail::vec(c, d)) == 0;
}
template <class T>
bool is_orthogonal(const point<T>& a, const point<T>& b, const point<T>& c, const point<T>& d) {
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(c) &&
         detail::in_exact_range(d));
  return detail::dot_sign(detail::vec(a, b), detail::vec(c, d)) == 0;
}

// Closed segments [a, b] and [c, d] share at least one point; degenerate segments allowed.
template <class T>
bool segments_intersect(const point<T>& a, const point<T>& b, const point<T>& c,
                        const point<T>& d) {
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(c) &&
         detail::in_exact_range(d));
  const int d1 = detail::orient(a, b, c), d2 = detail::orient(a, b, d);
  const int d3 = detail::orient(c, d, a), d4 = detail::orient(c, d, b);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;  // proper crossing
  return on_segment(a, b, c) || on_segment(a, b, d) || on_segment(c, d, a) || on_segment(c, d, b);
}

// Foot of the perpendicular from p to line a b: a + (b - a) t, t = dot(p - a, b - a) / |b - a|^2.
template <class T>
point<real_t<T>> projection(const point<T>& a, const point<T>& b, const point<T>& p) {
  using R = real_t<T>;
  assert(a != b);
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(p));
  const detail::geometry_vec<T> ab = detail::vec(a, b);
  const R t = static_cast<R>(detail::dot_value(detail::vec(a, p), ab)) /
              static_cast<R>(detail::dot_value(ab, ab));
  return {static_cast<R>(a.x) + static_cast<R>(ab.x) * t,
          static_cast<R>(a.y) + static_cast<R>(ab.y) * t};
}
// Mirror image of p across line a b.
template <class T>
point<real_t<T>> reflection(const point<T>& a, const point<T>& b, const point<T>& p) {
  using R = real_t<T>;
  const point<R> q = projection(a, b, p);
  return {R(2) * q.x - static_cast<R>(p.x), R(2) * q.y - static_cast<R>(p.y)};
}

// Cross point of lines a b and c d.
template <class T>
point<real_t<T>> line_cross_point(const point<T>& a, const point<T>& b, const point<T>& c,
                                  const point<T>& d) {
  using R = real_t<T>;
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(c) &&
         detail::in_exact_range(d));
  const detail::geometry_vec<T> ab = detail::vec(a, b), cd = detail::vec(c, d);
  const auto den = detail::cross_value(ab, cd);
  assert(sign(den) != 0);
  // a + ab * t with cross(a + ab t - c, cd) = 0  =>  t = cross(c - a, cd) / cross(ab, cd)
  const R t = static_cast<R>(detail::cross_value(detail::vec(a, c), cd)) / static_cast<R>(den);
  return {static_cast<R>(a.x) + static_cast<R>(ab.x) * t,
          static_cast<R>(a.y) + static_cast<R>(ab.y) * t};
}

// Common points of closed segments [a, b] and [c, d]: empty (disjoint), one point, or the two
// ends of the shared piece when collinear segments overlap in more than a point.
template <class T>
std::vector<point<real_t<T>>> segment_cross_points(const point<T>& a, const point<T>& b,
                                                   const point<T>& c, const point<T>& d) {
  using R = real_t<T>;
  std::vector<point<R>> out;
  if (!segments_intersect(a, b, c, d)) return out;
  if (a != b && c != d && !is_parallel(a, b, c, d)) {
    out.push_back(line_cross_point(a, b, c, d));
    return out;
  }
  // Parallel (hence collinear, since they meet) or degenerate: the shared piece has its ends
  // among the four endpoints. Collect those on both segments, keep the extreme two.
  std::vector<point<T>> cand;
  for (const point<T>& p : {a, b})
    if (on_segment(c, d, p)) cand.push_back(p);
  for (const point<T>& p : {c, d})
    if (on_segment(a, b, p)) cand.push_back(p);
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  out.push_back(point<R>(cand.front()));
  if (cand.size() > 1) out.push_back(point<R>(cand.back()));
  return out;
}

// Distance from p to line a b: |cross(b - a, p - a)| / |b - a|.
template <class T>
real_t<T> distance_point_line(const point<T>& a, const point<T>& b, const point<T>& p) {
  using R = real_t<T>;
  assert(a != b);
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(p));
  return std::fabs(static_cast<R>(cross(a, b, p))) / detail::length(detail::vec(a, b));
}
// Distance from p to the closed segment [a, b]; a == b allowed.
template <class T>
real_t<T> distance_point_segment(const point<T>& a, const point<T>& b, const point<T>& p) {
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(p));
  const detail::geometry_vec<T> ap = detail::vec(a, p);
  if (a == b || detail::dot_sign(detail::vec(a, b), ap) < 0) return detail::length(ap);
  const detail::geometry_vec<T> bp = detail::vec(b, p);
  if (detail::dot_sign(detail::vec(b, a), bp) < 0) return detail::length(bp);
  return distance_point_line(a, b, p);
}
// Distance between closed segments [a, b] and [c, d]; 0 when they meet.
template <class T>
real_t<T> distance_segment_segment(const point<T>& a, const point<T>& b, const point<T>& c,
                                   const point<T>& d) {
  if (segments_intersect(a, b, c, d)) return real_t<T>(0);
  return std::min(std::min(distance_point_segment(a, b, c), distance_point_segment(a, b, d)),
                  std::min(distance_point_segment(c, d, a), distance_point_segment(c, d, b)));
}

}  // namespace cpkit
