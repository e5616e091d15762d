// Ordering vectors by polar angle (argument), exactly, with no atan2 and no tolerance.
// arg_less(a, b) -> bool, O(1): a's angle is smaller, angles taken in (-pi, pi] and (0, 0)
//   counted as angle 0 (the convention of problems/sort-by-argument, same as atan2). Equal
//   angles (same direction, any lengths) are equivalent. A strict weak order for every
//   coordinate type, floating ones included (proof below), so std::sort may use it.
// sort_by_argument(pts), O(n log n): stable among equal angles. Integer |coord| <= 2^31 (and
//   n < 2^32): n <= 32 by insertion; else a radix sort of 32-bit keys monotone in the angle
//   (arg_key, below), O(n), then each run of equal keys sorted exactly (O(n log n) only when many
//   points share a key: the same or nearly the same direction). Extra memory 24 n bytes.
// same_direction(a, b) -> bool, O(1): tolerance-aware "same angle", for grouping the sorted
//   output (below); NOT an equivalence for floats.
// Range: integers: the whole range of every type (int, long long: one product comparison in
//   wide_t, |product| <= 2^126 for long long); |coord| <= 2^31 takes the key path above.
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
//   tests/geometry_python (exact fractions); bench/geometry_bench.cpp,
//   bench/geometry/small_inputs.cpp
#pragma once

#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
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
// Stable insertion sort (small inputs: no buffer, as std::stable_sort allocates one).
template <class P, class Less>
void arg_insertion_sort(P* a, std::size_t n, Less less) {
  for (std::size_t i = 1; i < n; ++i) {
    const P v = a[i];
    std::size_t j = i;
    for (; j > 0 && less(v, a[j - 1]); --j) a[j] = a[j - 1];
    a[j] = v;
  }
}

// A 32-bit key, non-decreasing in the order of arg_less, for |x|, |y| <= 2^31: the pseudo-angle
// d = y / (|x| + |y|) for x >= 0, 2 - that for x < 0 (y >= 0), negated for y < 0: d rises strictly
// with the angle inside each quadrant, and the quadrants take the abutting ranges [-2, -1],
// [-1, 0), [0, 1], [1, 2] in the order of arg_less ((0, 0): 0, angle 0). Computed in double, x, y
// and |x| + |y| <= 2^32 are exact, and each later step (a correctly rounded division, 2 - r, d + 2,
// the exact scaling by 2^29, the truncation) is a non-decreasing function: so a smaller key
// proves a smaller angle, and equal keys are decided by arg_less's comparison.
inline std::uint32_t arg_key(long long x, long long y) {
  const double ax = static_cast<double>(x < 0 ? -x : x), ay = static_cast<double>(y < 0 ? -y : y);
  const double r = ax + ay == 0 ? 0.0 : ay / (ax + ay);
  const double d = x >= 0 ? r : 2.0 - r;
  return static_cast<std::uint32_t>(((y < 0 ? -d : d) + 2.0) * 536870912.0);  // in [0, 2^31]
}

// LSD radix sort of a by the high 32 bits (the key), digits of B bits; stable. Passes where
// every element has the same digit are skipped.
template <int B>
void arg_radix_sort(std::vector<std::uint64_t>& a) {
  constexpr int passes = (32 + B - 1) / B, size = 1 << B;
  std::vector<std::uint32_t> cnt(passes * size);
  for (std::uint64_t v : a)
    for (int p = 0; p < passes; ++p) ++cnt[p * size + (v >> (32 + p * B) & (size - 1))];
  std::vector<std::uint64_t> tmp(a.size());
  for (int p = 0; p < passes; ++p) {
    std::uint32_t* c = cnt.data() + p * size;
    if (c[a[0] >> (32 + p * B) & (size - 1)] == a.size()) continue;
    std::uint32_t sum = 0;
    for (int i = 0; i < size; ++i) {
      const std::uint32_t v = c[i];
      c[i] = sum, sum += v;
    }
    for (std::uint64_t v : a) tmp[c[v >> (32 + p * B) & (size - 1)]++] = v;
    a.swap(tmp);
  }
}
}  // namespace detail

template <class T>
bool arg_less(const point<T>& a, const point<T>& b) {
  assert(detail::arg_exact_range(a) && detail::arg_exact_range(b));
  return detail::arg_less_unchecked(a, b);
}

template <class T>
void sort_by_argument(std::vector<point<T>>& pts) {
  using u64 = std::uint64_t;
  const std::size_t n = pts.size();
  if constexpr (!std::is_floating_point<T>::value) {
    // |coord| <= 2^31: products <= 2^62 fit in 64 bits, and the 32-bit keys below apply.
    bool small = n < (u64(1) << 32);
    for (const point<T>& p : pts) {
      const long long x = static_cast<long long>(p.x), y = static_cast<long long>(p.y);
      small &= x <= (1LL << 31) && x >= -(1LL << 31) && y <= (1LL << 31) && y >= -(1LL << 31);
    }
    if (small) {
      auto less = [](const point<T>& u, const point<T>& v) {
        const int hu = detail::arg_half(u), hv = detail::arg_half(v);
        using ll = long long;
        return hu != hv ? hu < hv : ll(u.x) * ll(v.y) > ll(u.y) * ll(v.x);
      };
      if (n <= 32) {
        detail::arg_insertion_sort(pts.data(), n, less);
        return;
      }
      // Sort (key, index) pairs by key (LSD radix: stable, so equal keys stay in input order),
      // then order each run of equal keys exactly: the key never inverts two directions.
      std::vector<u64> a(n);
      for (std::size_t i = 0; i < n; ++i)
        a[i] = u64(detail::arg_key(static_cast<long long>(pts[i].x),
                                   static_cast<long long>(pts[i].y))) << 32 | i;
      if (n < 4096) detail::arg_radix_sort<8>(a);
      else detail::arg_radix_sort<11>(a);
      {
        const std::vector<point<T>> src(pts);
        for (std::size_t i = 0; i < n; ++i) pts[i] = src[a[i] & 0xffffffffu];
      }
      for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && a[j] >> 32 == a[i] >> 32) ++j;
        if (j - i <= 32) detail::arg_insertion_sort(pts.data() + i, j - i, less);
        else std::stable_sort(pts.begin() + i, pts.begin() + j, less);
        i = j;
      }
      return;
    }
  } else {
#ifndef NDEBUG
    for (const point<T>& p : pts) assert(detail::arg_exact_range(p));
#endif
  }
  if (n <= 32) detail::arg_insertion_sort(pts.data(), n, detail::arg_less_unchecked<T>);
  else std::stable_sort(pts.begin(), pts.end(), detail::arg_less_unchecked<T>);
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
