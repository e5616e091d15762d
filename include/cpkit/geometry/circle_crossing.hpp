// Crossing points of a circle and a line, and of two circles.
// circle_line_cross_count(c, a, b) -> int 0, 1 (the line touches) or 2, O(1): line through a != b.
// circle_line_cross_points(c, a, b) -> vector<point<real_t<T>>>: those points, O(1).
// circle_circle_cross_count(a, b) -> int 0, 1, 2, or circle_cross_all (-1: the same circle,
//   r > 0, every point shared), O(1); from circle_relation: 4 and 0 give 0, 3 and 1 give 1.
// circle_circle_cross_points(a, b) -> vector<point<real_t<T>>>: those points (empty for
//   circle_cross_all), O(1).
// cross_point_pair(pts) -> pair of points, O(1): {front, back}, so a touching point comes twice, for
//   formats that print two points always (precondition: pts not empty).
// Order: two points come smaller x first, then smaller y, decided by the exact sign of the
//   direction they are apart along (the line's b - a, or the centre line turned +90 degrees),
//   not by the rounded coordinates. A touching point is returned once.
// Degenerate: equal centres are never divided by: different radii -> 0 points, same radius ->
//   circle_cross_all (r > 0) or the one common point (r = 0: the same point twice). A circle of
//   radius 0 is a point: it crosses what passes through it once.
// Exactness: the count is exact on integers: circle-line compares cross(b - a, c - a)^2 with
//   r^2 |b - a|^2 (products of 128-bit values kept in 256 bits), circle-circle is
//   circle_relation (d^2 against (ra +- rb)^2 in __int128): exact for |coord|, r <=
//   exact_limit<T> (2^30 for int, 2^61 for long long). The points are floating: the
//   numerators are exact integers (the radicand of the square root too: r^2 |u|^2 - cross^2,
//   and ((ra + rb)^2 - d^2) (d^2 - (ra - rb)^2)), each rounded once; a touching point has an
//   offset of exactly 0. Floating input decides with compare() on lengths (the distance of the
//   centre from the line against r; circle_relation), an absolute geometry_eps, and then takes
//   the square root of max(0, ...) (never of a negative number).
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   r >= 0                          -> a negative radius is used as is (meaningless points);
//   a != b (circle-line)            -> a zero direction: NaN points, count 0 or 2 meaningless;
//   integers within exact_limit<T>  -> overflowing products, wrong counts and points.
// Verified by: problems/circle-line-cross, problems/circle-circle-cross;
//   tests/circle_crossing_test.cpp
#pragma once

#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/point.hpp"

#include <cassert>
#include <cmath>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

inline constexpr int circle_cross_all = -1;

namespace detail {
// A double-width unsigned product {hi, lo} of two values of the unsigned type U (unsigned
// __int128: a 256-bit product), schoolbook on half words; compared and subtracted exactly.
template <class U>
struct geometry_wide_product {
  U hi, lo;
};
template <class U>
geometry_wide_product<U> mul_full(U a, U b) {
  constexpr int h = 4 * static_cast<int>(sizeof(U));  // half the bits
  const U mask = (U(1) << h) - 1;
  const U a0 = a & mask, a1 = a >> h, b0 = b & mask, b1 = b >> h;
  const U p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const U mid = (p00 >> h) + (p01 & mask) + (p10 & mask);  // < 3 * 2^h: no overflow
  return {U(p11 + (p01 >> h) + (p10 >> h) + (mid >> h)), U((p00 & mask) | (mid << h))};
}
template <class U>
int compare_full(const geometry_wide_product<U>& a, const geometry_wide_product<U>& b) {
  if (a.hi != b.hi) return a.hi < b.hi ? -1 : 1;
  return (a.lo > b.lo) - (a.lo < b.lo);
}
// a - b as a real, for a >= b.
template <class R, class U>
R difference_full(const geometry_wide_product<U>& a, const geometry_wide_product<U>& b) {
  const U lo = U(a.lo - b.lo), hi = U(a.hi - b.hi - U(a.lo < b.lo ? 1 : 0));
  return std::ldexp(static_cast<R>(hi), 8 * static_cast<int>(sizeof(U))) + static_cast<R>(lo);
}
template <class S>
geometry_u128 magnitude(S v) {
  return v < S(0) ? geometry_u128(-v) : geometry_u128(v);
}

// base +- v * s with s >= 0, smaller x (then y) first by the sign of v: exact for integer v.
template <class R, class V>
std::vector<point<R>> two_points(const point<R>& base, V vx, V vy, R s) {
  const point<R> off{static_cast<R>(vx) * s, static_cast<R>(vy) * s};
  if (s == R(0)) return {base};
  const point<R> p{base.x - off.x, base.y - off.y}, q{base.x + off.x, base.y + off.y};
  if (vx > V(0) || (vx == V(0) && vy > V(0))) return {p, q};
  return {q, p};
}

// Circle-line: the sign of dist(c, line) - r, and the radicand r^2 |u|^2 - cross^2 (integers)
// or r^2 - dist^2 (floating) when the sign is negative.
template <class T>
int circle_line_side(const circle<T>& c, const point<T>& a, const point<T>& b, real_t<T>& rad) {
  using R = real_t<T>;
  assert(a != b);
  assert(!(c.r < T(0)));
  const geometry_vec<T> u = vec(a, b), w = vec(a, c.center);
  rad = R(0);
  if constexpr (std::is_floating_point<T>::value) {
    const R dist = std::fabs(cross_value(u, w)) / length(u);
    const int s = compare(dist, c.r);
    if (s < 0) rad = std::fmax(R(0), (c.r - dist) * (c.r + dist));
    return s;
  } else {
    assert(in_exact_range(a) && in_exact_range(b) && in_exact_range(c.center));
    assert(c.r <= exact_limit<T>);
    using S = geometry_sum_t<T>;
    // |cross| <= 2^125, |u|^2 <= 2^125, r^2 <= 2^122 at 2^61: the products need 256 bits.
    const geometry_u128 x = magnitude(cross_value(u, w));
    const auto lhs = mul_full(x, x);
    const auto rhs = mul_full(geometry_u128(S(c.r) * S(c.r)), geometry_u128(dot_value(u, u)));
    const int s = compare_full(lhs, rhs);
    if (s < 0) rad = difference_full<R>(rhs, lhs);
    return s;
  }
}
}  // namespace detail

template <class T>
int circle_line_cross_count(const circle<T>& c, const point<T>& a, const point<T>& b) {
  real_t<T> rad;
  const int s = detail::circle_line_side(c, a, b, rad);
  return s > 0 ? 0 : (s == 0 ? 1 : 2);
}

template <class T>
std::vector<point<real_t<T>>> circle_line_cross_points(const circle<T>& c, const point<T>& a,
                                                       const point<T>& b) {
  using R = real_t<T>;
  R rad;
  const int s = detail::circle_line_side(c, a, b, rad);
  if (s > 0) return {};
  const detail::geometry_vec<T> u = detail::vec(a, b), w = detail::vec(a, c.center);
  const R uu = static_cast<R>(detail::dot_value(u, u));
  // Foot of the perpendicular: a + u dot(w, u) / |u|^2; the points are foot +- u h / |u| with
  // h = sqrt(r^2 - dist^2): integers h / |u| = sqrt(r^2 |u|^2 - cross^2) / |u|^2.
  const R t = static_cast<R>(detail::dot_value(w, u)) / uu;
  const point<R> foot{static_cast<R>(a.x) + static_cast<R>(u.x) * t,
                      static_cast<R>(a.y) + static_cast<R>(u.y) * t};
  R k = R(0);
  if (s < 0) {
    if constexpr (std::is_floating_point<T>::value)
      k = std::sqrt(rad) / std::sqrt(uu);
    else
      k = std::sqrt(rad) / uu;
  }
  return detail::two_points(foot, u.x, u.y, k);
}

template <class T>
int circle_circle_cross_count(const circle<T>& a, const circle<T>& b) {
  assert(!(a.r < T(0)) && !(b.r < T(0)));
  const int rel = circle_relation(a, b);  // asserts the exact range
  bool same_centre;
  if constexpr (std::is_floating_point<T>::value)
    same_centre = sign(detail::length(detail::vec(a.center, b.center))) == 0;
  else
    same_centre = a.center == b.center;
  if (same_centre) {
    if (compare(a.r, b.r) != 0) return 0;
    return sign(a.r) == 0 ? 1 : circle_cross_all;
  }
  if (rel == circle_separate || rel == circle_inside) return 0;
  if (rel == circle_crossing) return 2;
  return 1;
}

template <class T>
std::vector<point<real_t<T>>> circle_circle_cross_points(const circle<T>& a, const circle<T>& b) {
  using R = real_t<T>;
  const int n = circle_circle_cross_count(a, b);
  if (n <= 0) return {};
  const detail::geometry_vec<T> w = detail::vec(a.center, b.center);
  using S = detail::geometry_sum_t<T>;
  const S d2 = detail::dot_value(w, w);
  if (sign(d2) == 0) return {point<R>(a.center)};  // the same point twice (r = 0)
  // Along the centre line x = (d^2 + ra^2 - rb^2) / (2d) from a; across it
  // h = sqrt(((ra + rb)^2 - d^2)(d^2 - (ra - rb)^2)) / (2d): both over 2 d^2 times w.
  const S ra = S(a.r), rb = S(b.r);
  const S e = d2 + ra * ra - rb * rb;
  const R den = R(2) * static_cast<R>(d2);
  const R t = static_cast<R>(e) / den;
  const point<R> base{static_cast<R>(a.center.x) + static_cast<R>(w.x) * t,
                      static_cast<R>(a.center.y) + static_cast<R>(w.y) * t};
  R k = R(0);
  if (n == 2) {
    const S f1 = (ra + rb) * (ra + rb) - d2, f2 = d2 - (ra - rb) * (ra - rb);
    const R g1 = std::fmax(R(0), static_cast<R>(f1)), g2 = std::fmax(R(0), static_cast<R>(f2));
    k = std::sqrt(g1) * std::sqrt(g2) / den;
  }
  return detail::two_points(base, -w.y, w.x, k);
}

template <class R>
std::pair<point<R>, point<R>> cross_point_pair(const std::vector<point<R>>& pts) {
  assert(!pts.empty());
  return {pts.front(), pts.back()};
}

}  // namespace cpkit
