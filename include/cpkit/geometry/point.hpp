// Point / vector in the plane, templated on the coordinate type, and the one sign helper.
// point<T>: + - * / , dot, cross, norm (squared length), abs, arg, rotate, rot90, unit, normal.
// All O(1). sign(x) / compare(a, b) is the only place where a tolerance enters:
//   - integer coordinates: exact, no tolerance (chosen by type);
//   - floating coordinates: |x| <= geometry_eps counts as zero. ABSOLUTE tolerance, default 1e-9,
//     applied to whatever quantity is compared (a cross product is an area: length^2 units).
//     Change it in one line at the start of main:  cpkit::geometry_eps = 1e-7;
// Products use wide_t<T>: int -> long long, long long -> __int128 (where the compiler has it),
// floating -> itself. Hence for point<long long>, dot/cross/norm of DIFFERENCES are exact while
// |coord| <= 2^61 (differences fit in 62 bits, products in 125); for point<int>, |coord| <= 2^30.
// Functions returning lengths, angles, rotations or unit vectors are floating: real_t<T>
// (T itself if floating, double for integers).
// Verified by: tests/geometry_test.cpp; every problems/<geometry id>.
#pragma once

#include <cassert>
#include <cmath>
#include <type_traits>

namespace cpkit {

// The tolerance knob for floating coordinates (absolute). Integers never read it.
inline double geometry_eps = 1e-9;

namespace detail {
#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 geometry_i128;
#else
typedef long long geometry_i128;  // no 128-bit type: products of 1e9 coordinates may overflow
#endif
template <class T, bool Floating = std::is_floating_point<T>::value>
struct geometry_wide {
  using type = T;  // floating: compute in the coordinate type
};
template <class T>
struct geometry_wide<T, false> {
  using type = typename std::conditional<(sizeof(T) <= 4), long long, geometry_i128>::type;
};
template <class T>
struct geometry_real {
  using type = typename std::conditional<std::is_floating_point<T>::value, T, double>::type;
};
}  // namespace detail

template <class T>
using wide_t = typename detail::geometry_wide<T>::type;
template <class T>
using real_t = typename detail::geometry_real<T>::type;

// -1, 0, +1. Exact for integer types (including __int128); |x| <= geometry_eps is 0 for floats.
template <class U>
int sign(U x) {
  if constexpr (std::is_floating_point<U>::value) {
    const U e = static_cast<U>(geometry_eps);
    return x > e ? 1 : (x < -e ? -1 : 0);
  } else {
    return (x > U(0)) - (x < U(0));
  }
}
// sign(a - b): the one comparison helper.
template <class U>
int compare(U a, U b) {
  return sign(a - b);
}

template <class T>
struct point {
  T x{}, y{};
  constexpr point() = default;
  constexpr point(T x_, T y_) : x(x_), y(y_) {}
  template <class U>
  constexpr explicit point(const point<U>& p) : x(static_cast<T>(p.x)), y(static_cast<T>(p.y)) {}

  constexpr point operator+(const point& o) const { return {T(x + o.x), T(y + o.y)}; }
  constexpr point operator-(const point& o) const { return {T(x - o.x), T(y - o.y)}; }
  constexpr point operator-() const { return {T(-x), T(-y)}; }
  constexpr point operator*(T k) const { return {T(x * k), T(y * k)}; }
  constexpr point operator/(T k) const { return {T(x / k), T(y / k)}; }
  point& operator+=(const point& o) { return *this = *this + o; }
  point& operator-=(const point& o) { return *this = *this - o; }
  // Exact equality and the (x, then y) lexicographic order; for floats with a tolerance use
  // compare() on the coordinates.
  constexpr bool operator==(const point& o) const { return x == o.x && y == o.y; }
  constexpr bool operator!=(const point& o) const { return !(*this == o); }
  constexpr bool operator<(const point& o) const { return x < o.x || (x == o.x && y < o.y); }
};

template <class T>
constexpr wide_t<T> dot(const point<T>& a, const point<T>& b) {
  return wide_t<T>(a.x) * b.x + wide_t<T>(a.y) * b.y;
}
// cross(a, b) > 0 iff b is counter-clockwise from a; |cross| is twice the triangle area.
template <class T>
constexpr wide_t<T> cross(const point<T>& a, const point<T>& b) {
  return wide_t<T>(a.x) * b.y - wide_t<T>(a.y) * b.x;
}
// cross(b - o, c - o): orientation of the turn o -> b -> c.
template <class T>
constexpr wide_t<T> cross(const point<T>& o, const point<T>& b, const point<T>& c) {
  return cross(b - o, c - o);
}
// Squared length, exact for integers.
template <class T>
constexpr wide_t<T> norm(const point<T>& a) {
  return dot(a, a);
}
template <class T>
real_t<T> abs(const point<T>& a) {
  return std::hypot(static_cast<real_t<T>>(a.x), static_cast<real_t<T>>(a.y));
}
// Angle in (-pi, pi] (atan2; arg of (0,0) is 0). For ordering use sort_by_argument, not this.
template <class T>
real_t<T> arg(const point<T>& a) {
  return std::atan2(static_cast<real_t<T>>(a.y), static_cast<real_t<T>>(a.x));
}
// Exact rotation by +90 degrees.
template <class T>
constexpr point<T> rot90(const point<T>& a) {
  return {T(-a.y), a.x};
}
template <class T>
point<real_t<T>> rotate(const point<T>& a, real_t<T> theta) {
  using R = real_t<T>;
  const R c = std::cos(theta), s = std::sin(theta);
  const R x = static_cast<R>(a.x), y = static_cast<R>(a.y);
  return {x * c - y * s, x * s + y * c};
}
// Unit vector along a; precondition a != 0.
template <class T>
point<real_t<T>> unit(const point<T>& a) {
  using R = real_t<T>;
  assert(!(a.x == 0 && a.y == 0));
  const R len = abs(a);
  return {static_cast<R>(a.x) / len, static_cast<R>(a.y) / len};
}
// Unit normal (a turned +90 degrees); precondition a != 0.
template <class T>
point<real_t<T>> normal(const point<T>& a) {
  return unit(rot90(a));
}

}  // namespace cpkit
