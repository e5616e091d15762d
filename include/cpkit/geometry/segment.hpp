// Lines and segments: five-way ccw, projection, reflection, parallel / orthogonal tests, closed
// segment intersection (touching and collinear overlap count), cross points, distances.
// A line is given by two distinct points a != b; a segment by its two endpoints (a == b allowed
// where said). All O(1).
// Exactness: every predicate (ccw, is_parallel, is_orthogonal, on_segment, segments_intersect)
// decides with sign() on wide_t products of coordinate differences: exact for point<long long>
// with |coord| <= 2^61 and point<int> with |coord| <= 2^30; floating coordinates use the
// absolute geometry_eps on those products. Constructions (projection, reflection, cross points,
// distances) return real_t<T>: the numerators are exact for integers, one division at the end.
// Verified by: problems/{projection,reflection,counter-clockwise,parallel-orthogonal,
//   segment-intersection,cross-point,segment-distance}; tests/geometry_test.cpp
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

// Precondition: a != b.
template <class T>
ccw_result ccw(const point<T>& a, const point<T>& b, const point<T>& c) {
  assert(a != b);
  const point<T> ab = b - a, ac = c - a;
  const int s = sign(cross(ab, ac));
  if (s > 0) return ccw_result::counter_clockwise;
  if (s < 0) return ccw_result::clockwise;
  if (sign(dot(ab, ac)) < 0) return ccw_result::online_back;
  if (compare(norm(ac), norm(ab)) > 0) return ccw_result::online_front;
  return ccw_result::on_segment;
}

// p on the closed segment [a, b]; a == b allowed (then p == a).
template <class T>
bool on_segment(const point<T>& a, const point<T>& b, const point<T>& p) {
  return sign(cross(a - p, b - p)) == 0 && sign(dot(a - p, b - p)) <= 0;
}

// Directions b - a and d - c parallel (a zero vector is parallel and orthogonal to all).
template <class T>
bool is_parallel(const point<T>& a, const point<T>& b, const point<T>& c, const point<T>& d) {
  return sign(cross(b - a, d - c)) == 0;
}
template <class T>
bool is_orthogonal(const point<T>& a, const point<T>& b, const point<T>& c, const point<T>& d) {
  return sign(dot(b - a, d - c)) == 0;
}

// Closed segments [a, b] and [c, d] share at least one point; degenerate segments allowed.
template <class T>
bool segments_intersect(const point<T>& a, const point<T>& b, const point<T>& c, const point<T>& d) {
  const int d1 = sign(cross(a, b, c)), d2 = sign(cross(a, b, d));
  const int d3 = sign(cross(c, d, a)), d4 = sign(cross(c, d, b));
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;  // proper crossing
  return on_segment(a, b, c) || on_segment(a, b, d) || on_segment(c, d, a) || on_segment(c, d, b);
}

// Foot of the perpendicular from p to line a b. Precondition: a != b.
template <class T>
point<real_t<T>> projection(const point<T>& a, const point<T>& b, const point<T>& p) {
  using R = real_t<T>;
  assert(a != b);
  const point<T> ab = b - a;
  const R t = static_cast<R>(dot(p - a, ab)) / static_cast<R>(norm(ab));
  return {static_cast<R>(a.x) + static_cast<R>(ab.x) * t, static_cast<R>(a.y) + static_cast<R>(ab.y) * t};
}
// Mirror image of p across line a b. Precondition: a != b.
template <class T>
point<real_t<T>> reflection(const point<T>& a, const point<T>& b, const point<T>& p) {
  using R = real_t<T>;
  const point<R> q = projection(a, b, p);
  return {R(2) * q.x - static_cast<R>(p.x), R(2) * q.y - static_cast<R>(p.y)};
}

// Cross point of lines a b and c d. Precondition: not parallel (and a != b, c != d).
template <class T>
point<real_t<T>> line_cross_point(const point<T>& a, const point<T>& b, const point<T>& c, const point<T>& d) {
  using R = real_t<T>;
  const point<T> ab = b - a, cd = d - c;
  const auto den = cross(ab, cd);
  assert(sign(den) != 0);
  // a + ab * t with cross(a + ab t - c, cd) = 0  =>  t = cross(c - a, cd) / cross(ab, cd)
  const R t = static_cast<R>(cross(c - a, cd)) / static_cast<R>(den);
  return {static_cast<R>(a.x) + static_cast<R>(ab.x) * t, static_cast<R>(a.y) + static_cast<R>(ab.y) * t};
}

// Common points of closed segments [a, b] and [c, d]: empty (disjoint), one point, or the two
// ends of the shared piece when collinear segments overlap in more than a point.
template <class T>
std::vector<point<real_t<T>>> segment_cross_points(const point<T>& a, const point<T>& b, const point<T>& c,
                                                   const point<T>& d) {
  using R = real_t<T>;
  std::vector<point<R>> out;
  if (!segments_intersect(a, b, c, d)) return out;
  if (a != b && c != d && sign(cross(b - a, d - c)) != 0) {
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

// Distance from p to line a b. Precondition: a != b.
template <class T>
real_t<T> distance_point_line(const point<T>& a, const point<T>& b, const point<T>& p) {
  using R = real_t<T>;
  assert(a != b);
  return std::fabs(static_cast<R>(cross(a, b, p))) / abs(b - a);
}
// Distance from p to the closed segment [a, b]; a == b allowed.
template <class T>
real_t<T> distance_point_segment(const point<T>& a, const point<T>& b, const point<T>& p) {
  if (a == b || sign(dot(b - a, p - a)) < 0) return abs(p - a);
  if (sign(dot(a - b, p - b)) < 0) return abs(p - b);
  return distance_point_line(a, b, p);
}
// Distance between closed segments [a, b] and [c, d]; 0 when they meet.
template <class T>
real_t<T> distance_segment_segment(const point<T>& a, const point<T>& b, const point<T>& c, const point<T>& d) {
  if (segments_intersect(a, b, c, d)) return real_t<T>(0);
  return std::min(std::min(distance_point_segment(a, b, c), distance_point_segment(a, b, d)),
                  std::min(distance_point_segment(c, d, a), distance_point_segment(c, d, b)));
}

}  // namespace cpkit
