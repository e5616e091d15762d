// Smallest enclosing circle of a point set (Welzl's randomized incremental algorithm, in Seidel's
// iterative form).
// min_enclosing_circle(pts, seed = fixed) -> circle<real_t<T>>: the unique smallest closed disc
//   containing every point. Expected O(n) time over the shuffle, O(n) extra memory (a copy).
//   The points are shuffled with a splitmix64 generator seeded by `seed` (a fixed default: the
//   result and the running time are reproducible; the circle itself does not depend on the seed).
//   A fixed seed lets an adversary who knows it build a slow order (worst case O(n^3)); pass a
//   seed of your own (e.g. from the clock) where inputs can be hacked.
// Degenerate input: n = 1 gives the point with radius 0; duplicates are fine (all equal: radius
//   0); collinear points give the circle on the two extreme points as diameter.
// Exactness on integers: when every |coord| <= 2^30 (any integer type), the circle is kept as the
//   2 or 3 input points that define it, and "p is in the circle" is decided exactly:
//   on the circle with diameter a b: (a - p) . (b - p) <= 0, two products of 2^31 differences
//     compared (each <= 2^62, long long);
//   on the circle through a, b, c (cross(b - a, c - a) = cr > 0, made positive by swapping b, c):
//     with u = b - a, v = c - a, p' = p - a, the sign of cr |p'|^2 - Nx p'.x - Ny p'.y, where
//     (Nx, Ny) = (v.y |u|^2 - u.y |v|^2, u.x |v|^2 - v.x |u|^2) = 2 cr (centre - a) (the lifted
//     in-circle determinant). cr <= 2^62 (twice a triangle's area in a 2^31 box), |p'|^2 <= 2^63,
//     |N| <= 2^95, |p'.x| <= 2^31: each of the three terms is below 2^126 in magnitude, so the
//     first two are summed in __int128 and compared with the third, never overflowing.
//     A double filter first: the same polynomial in double, rounding error below 10u times the
//     sum of the terms' magnitudes (u = 2^-53); if it exceeds 1e-14 times that sum, its sign is
//     the exact sign, and only the points within that band of the circle take the exact path.
//   The returned circle is then computed from its 2 or 3 defining points in double (circumcircle
//   of triangle_circles.hpp, rounding only). So cocircular and collinear points are decided right.
// Floating input, and integers beyond 2^30 (converted to real_t<T>): a point is in the circle when
//   its distance to the centre is at most r + geometry_eps (absolute); three points with
//   |cross| <= geometry_eps are treated as collinear (the circle on the farthest two).
// Why expected O(n) (backwards analysis): in the outer loop, point i is outside the circle of the
//   first i points only if it is one of the <= 3 points defining the circle of the first i + 1;
//   in random order that has probability <= 3 / (i + 1), and it then costs O(i) (the inner loops,
//   whose own expected cost is linear by the same argument): sum of 3 / (i + 1) * O(i) = O(n).
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then): pts non-empty -> an empty
//   input returns the circle {(0, 0), 0}.
// Verified by: problems/min-enclosing-circle; tests/circle_area_test.cpp;
//   bench/geometry/min_enclosing_circle.cpp
#pragma once

#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/point.hpp"
#include "cpkit/geometry/triangle_circles.hpp"

#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

namespace detail {

inline constexpr std::uint64_t mec_default_seed = 0x2545f4914f6cdd1dULL;

// Fisher-Yates with splitmix64 (the same order on every platform, unlike std::shuffle).
template <class P>
void mec_shuffle(std::vector<P>& v, std::uint64_t seed) {
  std::uint64_t s = seed;
  for (std::size_t i = v.size(); i > 1; --i) {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    std::size_t j;
    if constexpr (sizeof(geometry_u128) == 16) {
      j = static_cast<std::size_t>((geometry_u128(z) * i) >> 64);  // uniform in [0, i)
    } else {
      j = static_cast<std::size_t>(z % i);
    }
    std::swap(v[i - 1], v[j]);
  }
}

// Exact state: the circle as its 1, 2 or 3 defining points (long long, |coord| <= 2^30).
struct mec_exact_state {
  using P = point<long long>;
  int k = 0;
  P a, b, c;
  long long cr = 0;       // cross(b - a, c - a) > 0
  geometry_i128 nx = 0, ny = 0;  // 2 cr (centre - a)
  double crd = 0, nxd = 0, nyd = 0;

  void set1(const P& p) { k = 1, a = p; }
  void set2(const P& p, const P& q) { k = 2, a = p, b = q; }
  void set3(const P& p, const P& q, const P& r) {
    const long long ux = q.x - p.x, uy = q.y - p.y, vx = r.x - p.x, vy = r.y - p.y;
    const long long x = ux * vy - uy * vx;  // each product <= 2^62, the difference too
    if (x == 0) {  // collinear: impossible with exact decisions (see the docs); kept safe
      const P* s[3] = {&p, &q, &r};
      int bi = 0, bj = 1;
      geometry_i128 best = -1;
      for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j) {
          const geometry_i128 d = dist2(*s[i], *s[j]);
          if (d > best) best = d, bi = i, bj = j;
        }
      return set2(*s[bi], *s[bj]);
    }
    k = 3, a = p;
    if (x > 0) {
      b = q, c = r;
    } else {
      b = r, c = q;
    }
    const geometry_vec<long long> u = vec(a, b), v = vec(a, c);
    cr = x > 0 ? x : -x;
    const geometry_i128 uu = dot_value(u, u), vv = dot_value(v, v);
    nx = geometry_i128(v.y) * uu - geometry_i128(u.y) * vv;
    ny = geometry_i128(u.x) * vv - geometry_i128(v.x) * uu;
    crd = static_cast<double>(cr), nxd = static_cast<double>(nx), nyd = static_cast<double>(ny);
  }
  bool contains(const P& p) const {
    if (k == 1) return p == a;
    if (k == 2) {  // Thales: (a - p) . (b - p) <= 0
      const long long l1 = (a.x - p.x) * (b.x - p.x), l2 = (a.y - p.y) * (b.y - p.y);
      return compare(l1, -l2) <= 0;
    }
    const long long x = p.x - a.x, y = p.y - a.y;
    const double xd = static_cast<double>(x), yd = static_cast<double>(y);
    const double t = crd * (xd * xd + yd * yd), g = nxd * xd, h = nyd * yd;
    const double f = t - g - h, m = 1e-14 * (t + std::fabs(g) + std::fabs(h));
    if (f < -m) return true;
    if (f > m) return false;
    const unsigned long long lift =
        static_cast<unsigned long long>(x * x) + static_cast<unsigned long long>(y * y);
    const geometry_i128 te = geometry_i128(cr) * geometry_i128(lift);
    return compare(te - nx * x, ny * y) <= 0;
  }
  circle<double> result() const {
    if (k == 1) return circle<double>(point<double>(a), 0.0);
    if (k == 2) {
      const point<double> m((static_cast<double>(a.x) + static_cast<double>(b.x)) / 2,
                            (static_cast<double>(a.y) + static_cast<double>(b.y)) / 2);
      return circle<double>(m, length(vec(a, b)) / 2);
    }
    return circumcircle(a, b, c);
  }
};

// Floating state: centre and radius; in the circle within geometry_eps.
template <class R>
struct mec_float_state {
  using P = point<R>;
  circle<R> c;
  void set1(const P& p) { c = circle<R>(p, R(0)); }
  void set2(const P& p, const P& q) {
    c = circle<R>(P((p.x + q.x) / 2, (p.y + q.y) / 2), length(vec(p, q)) / 2);
  }
  void set3(const P& p, const P& q, const P& r) {
    if (orient(p, q, r) == 0) {  // (nearly) collinear: the farthest two as a diameter
      const R d0 = length(vec(p, q)), d1 = length(vec(q, r)), d2 = length(vec(p, r));
      if (d0 >= d1 && d0 >= d2) return set2(p, q);
      return d1 >= d2 ? set2(q, r) : set2(p, r);
    }
    c = circumcircle(p, q, r);
  }
  bool contains(const P& p) const {
    const R dx = p.x - c.center.x, dy = p.y - c.center.y;
    const R lim = c.r + static_cast<R>(geometry_eps);
    return dx * dx + dy * dy <= lim * lim;
  }
  circle<R> result() const { return c; }
};

template <class State, class P>
auto mec_run(const std::vector<P>& q) {
  State st;
  st.set1(q[0]);
  for (std::size_t i = 1; i < q.size(); ++i) {
    if (st.contains(q[i])) continue;
    st.set1(q[i]);  // q[i] is on the circle of q[0..i]
    for (std::size_t j = 0; j < i; ++j) {
      if (st.contains(q[j])) continue;
      st.set2(q[i], q[j]);  // q[i], q[j] are on the circle of q[0..j] and q[i]
      for (std::size_t k = 0; k < j; ++k)
        if (!st.contains(q[k])) st.set3(q[i], q[j], q[k]);
    }
  }
  return st.result();
}

}  // namespace detail

template <class T>
circle<real_t<T>> min_enclosing_circle(const std::vector<point<T>>& pts,
                                       std::uint64_t seed = detail::mec_default_seed) {
  using R = real_t<T>;
  assert(!pts.empty());
  if (pts.empty()) return circle<R>();
  if constexpr (!std::is_floating_point<T>::value) {
    bool exact = true;
    if constexpr (sizeof(T) >= 4) {
      constexpr long long lim = 1LL << 30;
      for (const point<T>& p : pts)
        exact = exact && p.x >= -lim && p.x <= lim && p.y >= -lim && p.y <= lim;
    }
    if (exact) {
      std::vector<point<long long>> q(pts.size());
      for (std::size_t i = 0; i < pts.size(); ++i) q[i] = point<long long>(pts[i]);
      detail::mec_shuffle(q, seed);
      return detail::mec_run<detail::mec_exact_state>(q);
    }
  }
  std::vector<point<R>> q(pts.size());
  for (std::size_t i = 0; i < pts.size(); ++i) q[i] = point<R>(pts[i]);
  detail::mec_shuffle(q, seed);
  return detail::mec_run<detail::mec_float_state<R>>(q);
}

}  // namespace cpkit
