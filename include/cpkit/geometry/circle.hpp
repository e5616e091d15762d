// Circles: the circle type and the relation of two circles.
// circle<T> {center, r}: a centre point<T> and a radius r >= 0 in T.
// circle_relation(a, b) -> int, O(1): with d the distance of the centres,
//   4 separate (d > ra + rb), 3 outer tangent (d = ra + rb), 2 crossing (|ra - rb| < d < ra + rb),
//   1 inner tangent (d = |ra - rb|), 0 one strictly inside the other (d < |ra - rb|);
//   the numbering of problems/circle-relation (named constants circle_separate ... circle_inside).
//   Equal centres: 0 when the radii differ (concentric); identical circles (same centre, same
//   radius) return 1, what the comparisons give (d = |ra - rb| = 0), although they share every
//   point: test a == b first if that matters. r = 0 is a point and follows the same rules, the
//   cases tested in the order 4, 3, 2, 1, 0: a point on a circle is 3 (d = ra + rb = |ra - rb|),
//   the same point twice is 3.
// Exactness: integers compare d^2 with (ra + rb)^2 and (ra - rb)^2 in geometry_sum_t (__int128),
//   never a square root: exact for centres and radii with |coord|, r <= exact_limit<T> (2^30 for
//   int, 2^61 for long long): d^2 <= 2^63 / 2^125, (ra + rb)^2 <= 2^62 / 2^124. Floating input
//   compares the distance d = hypot(dx, dy) with ra + rb and |ra - rb| through compare(): a
//   tolerance of geometry_eps on a length (absolute), so exactly tangent inputs given in decimals
//   are tangent.
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   r >= 0                                   -> a negative radius is used as is (meaningless);
//   integers within exact_limit<T>           -> overflowing squares, a silently wrong relation.
// Verified by: problems/circle-relation; tests/geometry2_test.cpp
#pragma once

#include "cpkit/geometry/point.hpp"

#include <cassert>
#include <type_traits>

namespace cpkit {

template <class T>
struct circle {
  point<T> center{};
  T r{};
  constexpr circle() = default;
  constexpr circle(const point<T>& c, T radius) : center(c), r(radius) {}
  constexpr bool operator==(const circle& o) const { return center == o.center && r == o.r; }
  constexpr bool operator!=(const circle& o) const { return !(*this == o); }
};

inline constexpr int circle_inside = 0;
inline constexpr int circle_inner_tangent = 1;
inline constexpr int circle_crossing = 2;
inline constexpr int circle_outer_tangent = 3;
inline constexpr int circle_separate = 4;

template <class T>
int circle_relation(const circle<T>& a, const circle<T>& b) {
  assert(!(a.r < T(0)) && !(b.r < T(0)));
  int out, in;  // compare(d, ra + rb), compare(d, |ra - rb|)
  if constexpr (std::is_floating_point<T>::value) {
    const T d = detail::length(detail::vec(a.center, b.center));
    out = compare(d, a.r + b.r);
    in = compare(d, a.r < b.r ? b.r - a.r : a.r - b.r);
  } else {
    assert(detail::in_exact_range(a.center) && detail::in_exact_range(b.center));
    assert(a.r <= exact_limit<T> && b.r <= exact_limit<T>);
    using S = detail::geometry_sum_t<T>;
    const S d2 = detail::dist2(a.center, b.center);
    const S s = S(a.r) + S(b.r), t = S(a.r) - S(b.r);
    out = compare(d2, s * s);
    in = compare(d2, t * t);
  }
  if (out > 0) return circle_separate;
  if (out == 0) return circle_outer_tangent;
  if (in > 0) return circle_crossing;
  if (in == 0) return circle_inner_tangent;
  return circle_inside;
}

}  // namespace cpkit
