// Triangle circles: the inscribed and the circumscribed circle of a triangle.
// incircle(a, b, c) -> circle<real_t<T>>, O(1): centre (|bc| a + |ca| b + |ab| c) / perimeter,
//   radius 2 area / perimeter = |cross(b - a, c - a)| / perimeter.
// circumcircle(a, b, c) -> circle<real_t<T>>, O(1): the circle through a, b, c. With u = b - a,
//   v = c - a: centre a + (v.y |u|^2 - u.y |v|^2, u.x |v|^2 - v.x |u|^2) / (2 cross(u, v)),
//   radius the length of that offset.
// Constructions: both return floating circles (real_t<T>: double for integers), whatever T.
// Accuracy on integers: the differences u, v are exact; circumcircle forms the two numerators and
//   the denominator exactly in __int128 when every |coord| <= 2^30 (products up to 2^95), so each
//   centre coordinate is rounded once (relative error a few ulps); beyond that (long long) they
//   are formed in double from the exact differences. incircle takes the three side lengths with
//   hypot (rounded) and the cross product exactly.
// Vertex order: either orientation; the result does not depend on it.
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   a, b, c not collinear (orient != 0: exact on integers, |cross| > geometry_eps for floats)
//     -> circumcircle divides by cross = 0 (an infinite or NaN centre); incircle returns radius 0
//        and a point of the segment, or NaN when a = b = c (perimeter 0);
//   integers within exact_limit<T> (differences in long long).
// Verified by: problems/incircle, problems/circumcircle; tests/circle_area_test.cpp
#pragma once

#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/point.hpp"

#include <cassert>
#include <cmath>
#include <type_traits>

namespace cpkit {

template <class T>
circle<real_t<T>> incircle(const point<T>& a, const point<T>& b, const point<T>& c) {
  using R = real_t<T>;
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(c));
  assert(detail::orient(a, b, c) != 0);
  const detail::geometry_vec<T> u = detail::vec(a, b), v = detail::vec(a, c);
  const R la = detail::length(detail::vec(b, c)), lb = detail::length(v), lc = detail::length(u);
  const R per = la + lb + lc;
  R cr = static_cast<R>(detail::cross_value(u, v));
  if (cr < 0) cr = -cr;
  // The centre relative to a: (lb (b - a) + lc (c - a)) / perimeter.
  const R ox = (lb * static_cast<R>(u.x) + lc * static_cast<R>(v.x)) / per;
  const R oy = (lb * static_cast<R>(u.y) + lc * static_cast<R>(v.y)) / per;
  return circle<R>(point<R>(static_cast<R>(a.x) + ox, static_cast<R>(a.y) + oy), cr / per);
}

template <class T>
circle<real_t<T>> circumcircle(const point<T>& a, const point<T>& b, const point<T>& c) {
  using R = real_t<T>;
  assert(detail::in_exact_range(a) && detail::in_exact_range(b) && detail::in_exact_range(c));
  assert(detail::orient(a, b, c) != 0);
  const detail::geometry_vec<T> u = detail::vec(a, b), v = detail::vec(a, c);
  R nx = 0, ny = 0, den = 0;  // centre - a = (nx, ny) / den
  bool exact = false;
  if constexpr (!std::is_floating_point<T>::value) {
    constexpr long long lim = 1LL << 31;  // differences of coordinates within 2^30
    exact = u.x >= -lim && u.x <= lim && u.y >= -lim && u.y <= lim && v.x >= -lim &&
            v.x <= lim && v.y >= -lim && v.y <= lim;
    if (exact) {
      using S = detail::geometry_i128;
      const S uu = detail::dot_value(u, u), vv = detail::dot_value(v, v);  // <= 2^63
      nx = static_cast<R>(S(v.y) * uu - S(u.y) * vv);                      // <= 2^95
      ny = static_cast<R>(S(u.x) * vv - S(v.x) * uu);
      den = static_cast<R>(2 * detail::cross_value(u, v));  // <= 2^64
    }
  }
  if (!exact) {
    const R ux = static_cast<R>(u.x), uy = static_cast<R>(u.y);
    const R vx = static_cast<R>(v.x), vy = static_cast<R>(v.y);
    const R uu = ux * ux + uy * uy, vv = vx * vx + vy * vy;
    nx = vy * uu - uy * vv;
    ny = ux * vv - vx * uu;
    den = 2 * (ux * vy - uy * vx);
  }
  const R ox = nx / den, oy = ny / den;
  return circle<R>(point<R>(static_cast<R>(a.x) + ox, static_cast<R>(a.y) + oy),
                   std::hypot(nx, ny) / std::fabs(den));
}

}  // namespace cpkit
