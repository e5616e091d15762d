// Exact ordering of vectors by polar angle (argument), no atan2.
// arg_less(a, b): a's angle is smaller, angles taken in (-pi, pi] and (0, 0) counted as angle 0
//   (the convention of problems/sort-by-argument, same as atan2). O(1); exact for integers
//   (point<long long>: |coord| <= 2^62, one cross product of the raw vectors in __int128).
//   Equal angles (same direction, any lengths) compare equivalent: a strict weak order.
// sort_by_argument(pts): O(n log n), stable among equal angles; integer coordinates below 2^31
//   in absolute value take a 64-bit path.
// Why not atan2: two directions with coordinates <= 1e9 can differ by 1e-18 rad while a double
// angle resolves about 2e-16 rad near pi: atan2 sorts such pairs wrongly or as ties.
// Verified by: problems/sort-by-argument; tests/geometry_test.cpp; bench/geometry_bench.cpp
#pragma once

#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <vector>

namespace cpkit {
namespace detail {
// 0: y < 0 (angle in (-pi, 0)); 1: angle 0 (y = 0, x >= 0, origin included);
// 2: y > 0 (angle in (0, pi)); 3: angle pi (y = 0, x < 0).
template <class T>
int arg_half(const point<T>& p) {
  const int sy = sign(p.y);
  if (sy < 0) return 0;
  if (sy > 0) return 2;
  return sign(p.x) >= 0 ? 1 : 3;
}
}  // namespace detail

template <class T>
bool arg_less(const point<T>& a, const point<T>& b) {
  const int ha = detail::arg_half(a), hb = detail::arg_half(b);
  if (ha != hb) return ha < hb;
  // Same open half-plane (or same ray): a before b iff b is counter-clockwise from a.
  return sign(cross(a, b)) > 0;
}

template <class T>
void sort_by_argument(std::vector<point<T>>& pts) {
  if constexpr (!std::is_floating_point<T>::value && sizeof(T) <= 8) {
    // |coord| < 2^31: the cross product fits in 64 bits; precompute the half-plane class.
    bool small = true;
    for (const point<T>& p : pts) {
      const long long x = static_cast<long long>(p.x), y = static_cast<long long>(p.y);
      small &= x < (1LL << 31) && x > -(1LL << 31) && y < (1LL << 31) && y > -(1LL << 31);
    }
    if (small) {
      struct item {
        long long x, y;
        int half;
      };
      std::vector<item> a(pts.size());
      for (std::size_t i = 0; i < pts.size(); ++i)
        a[i] = {static_cast<long long>(pts[i].x), static_cast<long long>(pts[i].y), detail::arg_half(pts[i])};
      std::stable_sort(a.begin(), a.end(), [](const item& u, const item& v) {
        return u.half != v.half ? u.half < v.half : u.x * v.y - u.y * v.x > 0;
      });
      for (std::size_t i = 0; i < pts.size(); ++i) pts[i] = {static_cast<T>(a[i].x), static_cast<T>(a[i].y)};
      return;
    }
  }
  std::stable_sort(pts.begin(), pts.end(), arg_less<T>);
}

}  // namespace cpkit
