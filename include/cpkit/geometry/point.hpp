// Point / vector in the plane, templated on the coordinate type; the one sign helper and the
// tolerance knob.
// point<T>: + - * / (computed in T), == and < (x, then y). dot, cross, norm (squared length) in
//   wide_t<T>; cross(o, a, b) = cross(a - o, b - o) with the differences taken in a wider type;
//   abs, arg, rotate, unit, normal in real_t<T>; rot90 exact. All O(1).
// sign(x), compare(a, b): -1, 0 or +1, the only place a tolerance enters:
//   integers: exact (compare never subtracts, so it cannot overflow);
//   floating: |x| <= geometry_eps counts as 0. ABSOLUTE tolerance, default 1e-9, applied to
//   whatever is compared (a cross product is an area: length^2 units). Change it in one line at
//   the start of main:  cpkit::geometry_eps = 1e-6;
// Coordinate types, and the range in which every function of cpkit/geometry is exact
// (exact_limit<T>): predicates take differences in long long and products in wide_t<T>:
//   signed char, short  the whole range                 wide_t = long long
//   int                 |coord| <= 2^30                 wide_t = long long
//   long long           |coord| <= 2^61                 wide_t = __int128 (without __int128: 2^30)
//   float, double,      any values, decided within geometry_eps (floating rounding applies);
//   long double         integer values up to 2^10 / 2^25 / 2^30 (x87; 2^25 where long double is
//                       double) give exact answers while geometry_eps < 1
// At 2^30 the differences of point<int> reach 2^31, products of two differences 2^62, sums of
// two such products 2^63: the predicates compare the two products instead of subtracting them,
// and constructions add them in __int128. Each header states what its functions need beyond
// this, and the few exceptions (area2 of point<int>; argument sort has a wider range).
// Beyond the range, integer answers are silently wrong (overflow). The O(1) predicates and the
// O(n) functions assert the range of their arguments; asserts vanish under -DNDEBUG.
// Raw-vector functions: cross(a, b) is exact on the whole range of every integer type;
// dot(a, b) and norm(a) unless a coordinate is the type's minimum (-2^31, -2^63). The operators
// + - * / compute in T: b - a of two point<int> overflows when a coordinate difference
// reaches 2^31 (the library never forms it in T).
// Preconditions: unit(a), normal(a): a != 0 (asserted; with -DNDEBUG a zero vector gives NaN).
// Verified by: tests/geometry_test.cpp (GeometryLimits*, GeometryLimitsProp.* per type);
//   tests/geometry_python (exact fractions); every problems/<geometry id>.
#pragma once

#include <cassert>
#include <cmath>
#include <limits>
#include <type_traits>

namespace cpkit {

// The tolerance knob for floating coordinates (absolute). Integers never read it.
inline double geometry_eps = 1e-9;

namespace detail {
#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 geometry_i128;
__extension__ typedef unsigned __int128 geometry_u128;
#else
typedef long long geometry_i128;  // no 128-bit type: long long coordinates only up to 2^30
typedef unsigned long long geometry_u128;
#endif
template <class T, bool Floating = std::is_floating_point<T>::value>
struct geometry_traits {
  using wide = T;  // floating: compute in the coordinate type
  using diff = T;
  using sum = T;
  // Integer values up to 2^k with 2k + 3 <= digits: every difference (2^(k+1)), product of two
  // differences (2^(2k+2)) and sum of two products (2^(2k+3)) is an exactly represented integer.
  static constexpr long long limit = 1LL << ((std::numeric_limits<T>::digits - 3) / 2);
};
template <class T>
struct geometry_traits<T, false> {
  static_assert(std::is_integral<T>::value && std::is_signed<T>::value && sizeof(T) <= 8,
                "cpkit::point<T>: T must be a signed integer type of at most 64 bits or a "
                "floating-point type");
  // Products of two coordinates or of two differences.
  using wide = typename std::conditional<(sizeof(T) <= 4), long long, geometry_i128>::type;
  // A difference of two coordinates in the exact range.
  using diff = long long;
  // A sum of two products of differences (numerators and denominators of constructions, squared
  // distances): 2^63 for int at 2^30, 2^125 for long long at 2^61.
  using sum = geometry_i128;
  static constexpr long long limit = sizeof(T) < 4 ? (1LL << (8 * sizeof(T) - 1))
                                     : (sizeof(T) == 4 || sizeof(geometry_i128) == 8) ? (1LL << 30)
                                                                                      : (1LL << 61);
};
template <class T>
struct geometry_real {
  using type = typename std::conditional<std::is_floating_point<T>::value, T, double>::type;
};
}  // namespace detail

template <class T>
using wide_t = typename detail::geometry_traits<T>::wide;
template <class T>
using real_t = typename detail::geometry_real<T>::type;
// The exact range of the table above: |coord| <= exact_limit<T> (for floating T: integer values).
template <class T>
inline constexpr long long exact_limit = detail::geometry_traits<T>::limit;

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
// sign(a - b): the one comparison helper. Integers compare directly (a - b could overflow).
template <class U>
int compare(U a, U b) {
  if constexpr (std::is_floating_point<U>::value) {
    return sign(a - b);
  } else {
    return (a > b) - (a < b);
  }
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

 private:
  // Instantiates the traits, whose static_assert rejects unsupported coordinate types.
  static_assert(sizeof(typename detail::geometry_traits<T>::wide) >= sizeof(T), "");
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

namespace detail {
template <class T>
using geometry_diff_t = typename geometry_traits<T>::diff;
template <class T>
using geometry_sum_t = typename geometry_traits<T>::sum;

// to - from, coordinates in geometry_diff_t (exact for integers in the exact range).
template <class T>
struct geometry_vec {
  geometry_diff_t<T> x, y;
};
template <class T>
constexpr geometry_vec<T> vec(const point<T>& from, const point<T>& to) {
  using D = geometry_diff_t<T>;
  return {D(D(to.x) - D(from.x)), D(D(to.y) - D(from.y))};
}
template <class T>
constexpr wide_t<T> mul(geometry_diff_t<T> u, geometry_diff_t<T> v) {
  return wide_t<T>(u) * wide_t<T>(v);
}
// sign(u x v) and sign(u . v) of two differences: each product fits wide_t, their sum or
// difference may not (2^63 for int at 2^30), so the two products are compared.
template <class T>
int cross_sign(const geometry_vec<T>& u, const geometry_vec<T>& v) {
  return compare(mul<T>(u.x, v.y), mul<T>(u.y, v.x));
}
template <class T>
int dot_sign(const geometry_vec<T>& u, const geometry_vec<T>& v) {
  return compare(mul<T>(u.x, v.x), wide_t<T>(-mul<T>(u.y, v.y)));
}
// The same quantities as values, in geometry_sum_t (for constructions and distances).
template <class T>
geometry_sum_t<T> cross_value(const geometry_vec<T>& u, const geometry_vec<T>& v) {
  using S = geometry_sum_t<T>;
  return S(mul<T>(u.x, v.y)) - S(mul<T>(u.y, v.x));
}
template <class T>
geometry_sum_t<T> dot_value(const geometry_vec<T>& u, const geometry_vec<T>& v) {
  using S = geometry_sum_t<T>;
  return S(mul<T>(u.x, v.x)) + S(mul<T>(u.y, v.y));
}
template <class T>
real_t<T> length(const geometry_vec<T>& u) {
  return std::hypot(static_cast<real_t<T>>(u.x), static_cast<real_t<T>>(u.y));
}
// Coordinates within exact_limit<T> (always true for floating and narrow types).
template <class T>
constexpr bool in_exact_range(const point<T>& p) {
  if constexpr (std::is_floating_point<T>::value || sizeof(T) < 4) {
    (void)p;
    return true;
  } else {
    constexpr long long lim = exact_limit<T>;
    return p.x >= -lim && p.x <= lim && p.y >= -lim && p.y <= lim;
  }
}
}  // namespace detail

// cross(a - o, b - o): orientation of the turn o -> a -> b. Exact in the exact range: the
// differences are taken in long long, and a cross product of two differences from one origin is
// twice a triangle's area inside the box of the three points, at most (2 exact_limit)^2
// (2^62 for int, 2^124 for long long).
template <class T>
constexpr wide_t<T> cross(const point<T>& o, const point<T>& a, const point<T>& b) {
  const detail::geometry_vec<T> u = detail::vec(o, a), v = detail::vec(o, b);
  return detail::mul<T>(u.x, v.y) - detail::mul<T>(u.y, v.x);
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

namespace detail {
// The orientation sign of o -> a -> b (exact in the exact range, within geometry_eps for floats).
template <class T>
int orient(const point<T>& o, const point<T>& a, const point<T>& b) {
  return sign(cross(o, a, b));
}
// Squared distance in geometry_sum_t (up to 2^63 for int, 2^125 for long long).
template <class T>
geometry_sum_t<T> dist2(const point<T>& a, const point<T>& b) {
  const geometry_vec<T> u = vec(a, b);
  return dot_value(u, u);
}
}  // namespace detail

}  // namespace cpkit
