// Ordering vectors by polar angle (argument), exactly, with no atan2 and no tolerance.
// arg_less(a, b) -> bool, O(1): a's angle is smaller, angles taken in (-pi, pi] and (0, 0)
//   counted as angle 0 (the convention of problems/sort-by-argument, same as atan2). Equal
//   angles (same direction, any lengths) are equivalent. A strict weak order for every
//   coordinate type, floating ones included (proof below), so std::sort may use it.
// sort_by_argument(pts), O(n log n): stable among equal angles.
// same_direction(a, b) -> bool, O(1): tolerance-aware "same angle", for grouping the sorted
//   output (below); NOT an equivalence for floats.
// Range: integers: the whole range of every type (int, long long: one product comparison in
//   wide_t, |product| <= 2^126 for long long); |coord| <= 2^31 takes a 64-bit path.
//   Floating: exact on the values themselves, whatever geometry_eps is, while every nonzero
//   |coord| is in [2^-485, 2^512) for double ([2^-51, 2^64) float, [2^-8159, 2^8192) x87 long
//   double): products then neither overflow nor lose their rounding error to underflow. Asserted;
//   with -DNDEBUG a value outside may make directions that differ compare equivalent (products
//   that underflow) or the order undefined (overflow to infinity, NaN).
// Why not atan2: two directions with coordinates <= 1e9 can differ by 1e-18 rad while a double
// angle resolves about 2e-16 rad near pi: atan2 sorts such pairs wrongly or as ties.
// Why no tolerance: "same direction within geometry_eps" is not transitive ((1, -6e-10),
// (1, 0), (1, 6e-10) with eps 1e-9), and std::sort with such a comparator is undefined behaviour.
// Verified by: problems/sort-by-argument; tests/geometry_test.cpp (GeometryArgSort*);
//   tests/geometry_python (exact fractions); bench/geometry_bench.cpp
#pragma once

#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <limits>
#include <type_traits>
#include <vector>

namespace cpkit {
namespace detail {
// 0: y < 0 (angle in (-pi, 0)); 1: angle 0 (y = 0, x >= 0, origin included);
// 2: y > 0 (angle in (0, pi)); 3: angle pi (y = 0, x < 0). Exact comparisons for every T
// (a signed zero is zero).
template <class T>
int arg_half(const point<T>& p) {
  if (p.y < T(0)) return 0;
  if (p.y > T(0)) return 2;
  return p.x >= T(0) ? 1 : 3;
}

template <class F>
constexpr F geometry_pow2(int e) {
  F r = 1;
  for (; e > 0; --e) r *= 2;
  for (; e < 0; ++e) r /= 2;
  return r;
}
// Floating coordinates for which the product comparison below is exact: each product of two
// such values is finite, and its rounding error (a multiple of 2^(ea + eb - 2 (digits - 1)) for
// exponents ea, eb) is representable: ea + eb >= min_exponent + digits - 2 (-970 for double).
template <class T>
bool arg_exact_range(const point<T>& p) {
  if constexpr (std::is_floating_point<T>::value) {
    using L = std::numeric_limits<T>;
    constexpr T lo = geometry_pow2<T>(-(-(L::min_exponent + L::digits - 2) / 2));
    constexpr T hi = geometry_pow2<T>(L::max_exponent / 2);
    auto ok = [&](T v) {
      const T a = std::fabs(v);
      return a == 0 || (a >= lo && a < hi);
    };
    return ok(p.x) && ok(p.y);
  } else {
    (void)p;
    return true;
  }
}

// The exact sign of a.x * b.y - a.y * b.x.
// Integers: each product fits wide_t (whole range), so compare them.
// Floating: let x = a.x b.y and y = a.y b.x exactly, p = fl(x), q = fl(y). Rounding is monotone,
// so x <= y implies p <= q: hence p > q proves x > y, and p < q proves x < y. If p == q, the
// rounding errors e = x - p and f = y - q are computed exactly by fma (no underflow in the
// range above), and x - y = e - f: compare e with f.
template <class T>
int arg_cross_sign(const point<T>& a, const point<T>& b) {
  if constexpr (std::is_floating_point<T>::value) {
    const T p = a.x * b.y, q = a.y * b.x;
    if (p != q) return p > q ? 1 : -1;
    const T e = std::fma(a.x, b.y, -p), f = std::fma(a.y, b.x, -q);
    return (e > f) - (e < f);
  } else {
    const wide_t<T> p = wide_t<T>(a.x) * b.y, q = wide_t<T>(a.y) * b.x;
    return (p > q) - (p < q);
  }
}

// Why this is a strict weak order, for every T: give each vector the key (h, theta), h its class
// above and theta its true angle, and order keys lexicographically; an order induced by a key in
// a totally ordered set is a strict weak order (irreflexive, transitive, with "equal keys" as a
// transitive equivalence). arg_less computes exactly that order: classes 1 and 3 have one angle
// each (0 and pi), and their cross products are all 0 (y = 0); inside class 0 or 2 the vectors
// are non-zero with angles in an open interval of length pi, so theta_b - theta_a is in (-pi, pi)
// and cross(a, b) = |a| |b| sin(theta_b - theta_a) has its sign. The sign is computed exactly
// (arg_cross_sign), never through a tolerance or a rounded difference.
template <class T>
bool arg_less_unchecked(const point<T>& a, const point<T>& b) {
  const int ha = arg_half(a), hb = arg_half(b);
  if (ha != hb) return ha < hb;
  return arg_cross_sign(a, b) > 0;
}

// arg_half decided with sign() (tolerance for floats), for same_direction.
template <class T>
int arg_half_tolerant(const point<T>& p) {
  const int sy = sign(p.y);
  if (sy < 0) return 0;
  if (sy > 0) return 2;
  return sign(p.x) >= 0 ? 1 : 3;
}
}  // namespace detail

template <class T>
bool arg_less(const point<T>& a, const point<T>& b) {
  assert(detail::arg_exact_range(a) && detail::arg_exact_range(b));
  return detail::arg_less_unchecked(a, b);
}

template <class T>
void sort_by_argument(std::vector<point<T>>& pts) {
  if constexpr (!std::is_floating_point<T>::value) {
    // |coord| <= 2^31: products <= 2^62 fit in 64 bits; precompute the class.
    bool small = true;
    for (const point<T>& p : pts) {
      const long long x = static_cast<long long>(p.x), y = static_cast<long long>(p.y);
      small &= x <= (1LL << 31) && x >= -(1LL << 31) && y <= (1LL << 31) && y >= -(1LL << 31);
    }
    if (small) {
      struct item {
        long long x, y;
        int half;
      };
      std::vector<item> a(pts.size());
      for (std::size_t i = 0; i < pts.size(); ++i)
        a[i] = {static_cast<long long>(pts[i].x), static_cast<long long>(pts[i].y),
                detail::arg_half(pts[i])};
      std::stable_sort(a.begin(), a.end(), [](const item& u, const item& v) {
        return u.half != v.half ? u.half < v.half : u.x * v.y > u.y * v.x;
      });
      for (std::size_t i = 0; i < pts.size(); ++i)
        pts[i] = {static_cast<T>(a[i].x), static_cast<T>(a[i].y)};
      return;
    }
  } else {
#ifndef NDEBUG
    for (const point<T>& p : pts) assert(detail::arg_exact_range(p));
#endif
  }
  std::stable_sort(pts.begin(), pts.end(), detail::arg_less_unchecked<T>);
}

// Same direction up to the tolerance: the same class of arg_half decided with sign(), and
// sign(cross(a, b)) == 0. For integers exactly "neither arg_less(a, b) nor arg_less(b, a)". For
// floats it is reflexive and symmetric but not transitive, so it is no order; its use is to group
// the output of sort_by_argument: walk it and start a new group where same_direction(previous,
// current) is false. Directions just below angle pi (y slightly negative, x < 0) sort first and
// those at pi last: with a tolerance they may be one direction, so compare the last group with
// the first if that matters.
template <class T>
bool same_direction(const point<T>& a, const point<T>& b) {
  return detail::arg_half_tolerant(a) == detail::arg_half_tolerant(b) && sign(cross(a, b)) == 0;
}

}  // namespace cpkit
