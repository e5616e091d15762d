// Area of the intersection of two circles (the lens).
// circle_circle_area(a, b) -> real_t<T>, O(1). The case is decided by circle_relation (exact on
//   integers, geometry_eps on a length for floats):
//   separate or outer tangent (d >= ra + rb)   -> 0;
//   inside or inner tangent (d <= |ra - rb|)  -> pi min(ra, rb)^2: the smaller disc, which covers
//     equal circles (identical: d = 0 = |ra - rb|), concentric ones and r = 0 (area 0);
//   crossing (|ra - rb| < d < ra + rb)         -> the lens, two circular segments:
//     with h the half chord and xa = (d^2 + ra^2 - rb^2) / (2d), xb = d - xa the signed distances
//     of the chord from each centre (xa + xb = d), the central angles ta = 2 atan2(h, xa) and
//     tb = 2 atan2(h, xb) (in [0, 2 pi]; more than pi when a centre is beyond the chord), and the
//     two circular segments: area = (ra^2 (ta - sin ta) + rb^2 (tb - sin tb)) / 2.
//     h comes from Heron's formula in product form, 4 d^2 h^2 = ((ra + rb)^2 - d^2)(d^2 -
//     (ra - rb)^2), both factors positive in this case (on integers they are exact integers in
//     __int128; on floats each is a product of two sums, clamped at 0), so no square root of a
//     negative number and no acos at all (atan2 takes any pair); d > 0 and ra, rb > 0 here, so
//     there is no division by 0. The result is clamped to [0, pi min(ra, rb)^2].
// Accuracy: relative error a few ulps of double even for a thin lens near tangency: h is a
//   product (no cancellation), and t - sin t takes its Taylor series for t < 1.
// Range: integers as circle_relation (centres and radii within exact_limit<T>: d^2, (ra + rb)^2
//   in __int128).
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then): r >= 0 (a negative radius
//   gives a meaningless area); integers within exact_limit<T> (overflowing squares).
// Verified by: problems/circle-circle-area; tests/circle_area_test.cpp
#pragma once

#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <type_traits>

namespace cpkit {

namespace detail {
// theta - sin(theta) for theta in [0, 2 pi], without the cancellation of the direct formula for
// small theta (a thin segment): the Taylor series below 1 (10 terms: the next is below 2^-64
// relative), the direct formula above (there theta - sin(theta) >= theta / 7).
template <class R>
R theta_minus_sin(R t) {
  if (t >= R(1)) return t - std::sin(t);
  const R t2 = t * t;
  R term = t * t2 / 6, sum = 0;
  for (int k = 1; k <= 10; ++k) {
    sum += term;
    term *= -t2 / R((2 * k + 2) * (2 * k + 3));
  }
  return sum;
}
}  // namespace detail

template <class T>
real_t<T> circle_circle_area(const circle<T>& a, const circle<T>& b) {
  using R = real_t<T>;
  const R pi = static_cast<R>(3.141592653589793238462643383279502884L);
  const int rel = circle_relation(a, b);  // asserts r >= 0 and the range
  const R ra = static_cast<R>(a.r), rb = static_cast<R>(b.r);
  const R small = std::min(ra, rb);
  if (rel == circle_separate || rel == circle_outer_tangent) return R(0);
  if (rel == circle_inside || rel == circle_inner_tangent) return pi * small * small;
  // Crossing: f1 = (ra + rb)^2 - d^2 > 0, f2 = d^2 - (ra - rb)^2 > 0, num = d^2 + ra^2 - rb^2.
  R d2, f1, f2, num, numb;
  if constexpr (std::is_floating_point<T>::value) {
    const R d = detail::length(detail::vec(a.center, b.center));
    const R s = ra + rb, t = std::fabs(ra - rb);
    d2 = d * d;
    f1 = std::max(R(0), (s - d) * (s + d));
    f2 = std::max(R(0), (d - t) * (d + t));
    num = d2 + (ra - rb) * (ra + rb);
    numb = d2 + (rb - ra) * (rb + ra);
  } else {
    using S = detail::geometry_sum_t<T>;
    const S d2s = detail::dist2(a.center, b.center);
    const S s = S(a.r) + S(b.r), t = S(a.r) - S(b.r);
    d2 = static_cast<R>(d2s);
    f1 = static_cast<R>(s * s - d2s);
    f2 = static_cast<R>(d2s - t * t);
    num = static_cast<R>(d2s + S(a.r) * S(a.r) - S(b.r) * S(b.r));
    numb = static_cast<R>(d2s + S(b.r) * S(b.r) - S(a.r) * S(a.r));
  }
  const R d = std::sqrt(d2);
  const R h = std::sqrt(f1) * std::sqrt(f2) / (2 * d);
  const R xa = num / (2 * d), xb = numb / (2 * d);  // xa + xb = d
  const R ta = 2 * std::atan2(h, xa), tb = 2 * std::atan2(h, xb);  // the central angles
  const R area = (ra * ra * detail::theta_minus_sin(ta) + rb * rb * detail::theta_minus_sin(tb)) / 2;
  return std::min(std::max(area, R(0)), pi * small * small);
}

}  // namespace cpkit
