// Tangents: from a point to a circle, and the common tangents of two circles.
// tangent_points(c, p) -> vector<point<real_t<T>>>, O(1): the points of c where a line through
//   p touches it: 2 when p is outside (smaller x first, then smaller y), 1 when p is on the
//   circle (p itself: the tangent there), 0 when p is inside. r = 0 and p = centre: p is "on"
//   the circle, {p} (every line through it touches it).
// common_tangent_count(a, b) -> int, O(1): 4 separate, 3 outer tangent, 2 crossing, 1 inner
//   tangent, 0 one inside the other (the circle_relation value: a tangency's line is counted
//   once), or circle_tangent_all (-1) for the same circle (equal centres and radii: every
//   tangent of it; a point twice: every line through it). Radius 0: a point and a circle have
//   2, 1 or 0 (outside, on, inside), two distinct points 1 (the line through them).
// common_tangents(a, b) -> vector<tangent_line<real_t<T>>>, O(1): those lines (empty for -1),
//   each as {on_a, on_b}, its points of tangency with a and with b (a centre for radius 0),
//   sorted by on_a (x, then y, compared within geometry_eps for floating results). At a touching
//   point of the two circles on_a == on_b and the line is perpendicular to the centre line.
// Formulas: a common tangent with unit normal n touches a at a.center + ra n and b at
//   b.center -+ rb n, with n . w = k, w = b.center - a.center, k = ra - rb (outer pair) or
//   ra + rb (inner pair): n = (k w +- sqrt(d^2 - k^2) rot90(w)) / d^2; none when d^2 < k^2, one
//   when d^2 = k^2. From p: c.center + (r^2 w +- r sqrt(d^2 - r^2) rot90(w)) / d^2, w = p - c.
// Exactness: every case is decided on integers by d^2 - k^2, d^2 - r^2 (in __int128, exact for
//   |coord|, r <= exact_limit<T>: 2^30 for int, 2^61 for long long), so an exact tangency gives
//   one line and an offset of exactly 0; the points are floating, the numerators exact integers
//   each rounded once. Floating input compares lengths with compare() (absolute geometry_eps),
//   then takes square roots of max(0, ...).
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   r >= 0                          -> a negative radius is used as is (meaningless);
//   integers within exact_limit<T>  -> overflowing squares, wrong cases and points.
// Verified by: problems/tangent-points, problems/common-tangents; tests/circle_crossing_test.cpp
#pragma once

#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <type_traits>
#include <vector>

namespace cpkit {

inline constexpr int circle_tangent_all = -1;

template <class R>
struct tangent_line {
  point<R> on_a, on_b;
};

namespace detail {
// sign(d - k) for the distance d = |w| and k >= 0 (integers: d^2 against k^2, exact), and
// d^2 - k^2 as a real, clamped at 0.
template <class T>
int tangent_side(const geometry_vec<T>& w, geometry_sum_t<T> k, real_t<T>& g) {
  using R = real_t<T>;
  if constexpr (std::is_floating_point<T>::value) {
    const R d = length(w), ak = std::fabs(k);
    const int s = compare(d, ak);
    g = s > 0 ? (d - ak) * (d + ak) : R(0);
    return s;
  } else {
    using S = geometry_sum_t<T>;
    const S d2 = dot_value(w, w), k2 = k * k;
    const int s = compare(d2, k2);
    g = s > 0 ? static_cast<R>(d2 - k2) : R(0);
    return s;
  }
}
// origin + (w k m +- rot90(w) m sqrt(g)) / d^2 for each sign (one point when g = 0).
template <class T>
void tangent_pair(const point<T>& origin, const geometry_vec<T>& w, real_t<T> km, real_t<T> m,
                  real_t<T> g, std::vector<point<real_t<T>>>& out) {
  using R = real_t<T>;
  const R d2 = static_cast<R>(dot_value(w, w));
  const R wx = static_cast<R>(w.x), wy = static_cast<R>(w.y);
  const R t = km / d2, s = m * std::sqrt(g) / d2;
  const point<R> base{static_cast<R>(origin.x) + wx * t, static_cast<R>(origin.y) + wy * t};
  out.push_back({base.x + wy * s, base.y - wx * s});  // - rot90(w): (w.y, -w.x)
  if (g > R(0)) out.push_back({base.x - wy * s, base.y + wx * s});
}
template <class T>
bool tangent_same_centre(const circle<T>& a, const circle<T>& b) {
  if constexpr (std::is_floating_point<T>::value)
    return sign(length(vec(a.center, b.center))) == 0;
  else
    return a.center == b.center;
}
}  // namespace detail

template <class T>
std::vector<point<real_t<T>>> tangent_points(const circle<T>& c, const point<T>& p) {
  using R = real_t<T>;
  using S = detail::geometry_sum_t<T>;
  assert(!(c.r < T(0)));
  assert(detail::in_exact_range(c.center) && detail::in_exact_range(p) && c.r <= exact_limit<T>);
  const detail::geometry_vec<T> w = detail::vec(c.center, p);
  R g;
  const int s = detail::tangent_side(w, S(c.r), g);
  std::vector<point<R>> out;
  if (s < 0) return out;
  if (s == 0) {
    out.push_back(point<R>(p));
    return out;
  }
  const R r = static_cast<R>(c.r);
  detail::tangent_pair(c.center, w, r * r, r, g, out);
  // The two points are base -+ rot90(w) s: order them by the exact sign of rot90(w).
  if (w.y > 0 || (w.y == 0 && w.x < 0)) std::swap(out[0], out[1]);
  return out;
}

template <class T>
int common_tangent_count(const circle<T>& a, const circle<T>& b) {
  assert(!(a.r < T(0)) && !(b.r < T(0)));
  const int rel = circle_relation(a, b);  // asserts the exact range
  if (detail::tangent_same_centre(a, b)) return compare(a.r, b.r) == 0 ? circle_tangent_all : 0;
  const bool za = sign(a.r) == 0, zb = sign(b.r) == 0;
  if (za && zb) return 1;
  if (za || zb)  // a point and a circle: 2 outside, 1 on, 0 inside
    return rel == circle_separate ? 2 : (rel == circle_outer_tangent ? 1 : 0);
  return rel;
}

template <class T>
std::vector<tangent_line<real_t<T>>> common_tangents(const circle<T>& a, const circle<T>& b) {
  using R = real_t<T>;
  using S = detail::geometry_sum_t<T>;
  std::vector<tangent_line<R>> out;
  const int n = common_tangent_count(a, b);
  if (n <= 0) return out;
  const detail::geometry_vec<T> w = detail::vec(a.center, b.center);
  const R ra = static_cast<R>(a.r), rb = static_cast<R>(b.r);
  if (sign(a.r) == 0 && sign(b.r) == 0) {
    out.push_back({point<R>(a.center), point<R>(b.center)});
    return out;
  }
  // k = ra - rb: the outer pair (b touched at b.center + rb n); k = ra + rb: the inner pair
  // (at b.center - rb n). With a radius 0 the inner pair repeats the outer lines: skipped.
  const bool inner = !(sign(a.r) == 0 || sign(b.r) == 0);
  for (int pass = 0; pass < (inner ? 2 : 1); ++pass) {
    const S k = pass == 0 ? S(a.r) - S(b.r) : S(a.r) + S(b.r);
    R g;
    if (detail::tangent_side(w, k, g) < 0) continue;
    const R kr = static_cast<R>(k);
    std::vector<point<R>> n_a, n_b;
    // n = (k w +- sqrt(g) rot90(w)) / d^2: on a, ra n; on b, +-rb n.
    detail::tangent_pair(a.center, w, ra * kr, ra, g, n_a);
    detail::tangent_pair(b.center, w, (pass == 0 ? rb : -rb) * kr, pass == 0 ? rb : -rb, g, n_b);
    for (std::size_t i = 0; i < n_a.size(); ++i) out.push_back({n_a[i], n_b[i]});
  }
  std::sort(out.begin(), out.end(), [](const tangent_line<R>& x, const tangent_line<R>& y) {
    const int c = compare(x.on_a.x, y.on_a.x);
    return c != 0 ? c < 0 : compare(x.on_a.y, y.on_a.y) < 0;
  });
  return out;
}

}  // namespace cpkit
