// Knapsack common: the result types and checks every knapsack header shares.
//   knapsack_value_t<R, V>     what a knapsack returns for values of type V: R when R is given
//                              (knapsack_01<int>(w, v, W)), else long long for every integer V
//                              (int inputs, 64-bit sums), double for float, V otherwise
//   knapsack_unreachable<T>    the value of an unreachable cell in an "exactly j" row (lowest T)
//   knapsack_solution<T>       {value, items}: items are indices into the input, increasing
// Verified by: tests/knapsack_test.cpp
#pragma once

#include <cassert>
#include <cstddef>
#include <limits>
#include <type_traits>
#include <vector>

namespace cpkit {

template <class R, class V>
using knapsack_value_t = std::conditional_t<
    !std::is_void<R>::value, R,
    std::conditional_t<std::is_integral<V>::value, long long,
                       std::conditional_t<std::is_same<V, float>::value, double, V>>>;

template <class T>
inline constexpr T knapsack_unreachable = std::numeric_limits<T>::lowest();

template <class T>
struct knapsack_solution {
  T value{};
  std::vector<int> items;  // indices into the input, increasing
};

namespace detail {

// Internal "minus infinity": far below any reachable value, and far enough from lowest() that
// adding the sum of all values (<= max/4) cannot overflow. Reachable cells are >= 0.
template <class V>
constexpr V knap_neg() {
  return std::numeric_limits<V>::lowest() / 2;
}

template <class V>
constexpr V knap_max_sum() {
  return std::numeric_limits<V>::max() / 4;
}

// The row type the DP runs in: long long for every 64-bit signed integer V (so the SIMD clones
// apply to std::int64_t whether it is long or long long), V itself otherwise.
template <class V>
using knap_cell =
    std::conditional_t<std::is_integral<V>::value && std::is_signed<V>::value && sizeof(V) == 8,
                       long long, V>;

template <class V>
constexpr void check_value_type() {
  static_assert(std::is_arithmetic<V>::value && std::is_signed<V>::value,
                "cpkit knapsack: the result type must be a signed integer or a floating type");
}

template <class Wt>
constexpr void check_weight_type() {
  static_assert(std::is_integral<Wt>::value, "cpkit knapsack: weights must be integers");
}

// An input value as the result type T; it must be representable (asserted).
template <class T, class V>
T knap_value(V x) {
  static_assert(std::is_arithmetic<V>::value, "cpkit knapsack: values must be numbers");
  const T y = static_cast<T>(x);
  assert(static_cast<V>(y) == x && (std::is_signed<V>::value || !(y < T(0))) &&
         "cpkit knapsack: a value does not fit the result type");
  return y;
}

inline void check_capacity(long long W) {
  assert(W >= 0);
  assert(W < (1LL << 40) && "cpkit knapsack: W+1 cells must fit in memory");
  (void)W;
}

}  // namespace detail
}  // namespace cpkit
