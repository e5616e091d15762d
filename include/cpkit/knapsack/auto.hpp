// Automatic 0/1 knapsack: picks the cheapest method whose preconditions hold for this instance.
//   knapsack_01_auto(w, v, W) -> T      O(N + the least cost below): the best value, weight <= W
//   knapsack_01_auto_method(w, v, W)    O(N): which method that would run (knapsack_method), or
//                                       knapsack_method::none when no method holds
// Estimated cost in cell updates, over the items that fit (w_i <= W): weight DP N*min(W, sum w),
// value DP N*sum v (integer values, W < 2^62), meet in the middle 2^(N/2)*(N/2 + 8) (N <= 44).
// A DP is a candidate only if its table has at most 2^28 cells.
// When none holds (more than 44 items that fit, and min(W, sum w) and sum v both over 2^28),
// knapsack_01_auto prints why on stderr and aborts, also under -DNDEBUG: it never runs a method
// whose preconditions fail. Ask knapsack_01_auto_method first to handle that case yourself.
// Argument order is (w, v, W). T = knapsack_value_t<R, V> (long long for integer values).
// Needs (asserted): w, v >= 0; 0 <= W.
// Verified by: problems/knapsack-huge; tests/knapsack_test.cpp (against all subsets and a 128-bit
// value table)
#pragma once

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <type_traits>
#include <vector>

#include "cpkit/knapsack/by_value.hpp"
#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/knapsack_01.hpp"
#include "cpkit/knapsack/mitm.hpp"

namespace cpkit {

enum class knapsack_method { weight_dp, value_dp, meet_in_the_middle, none };

template <class R = void, class Wt, class V>
knapsack_method knapsack_01_auto_method(const std::vector<Wt>& w, const std::vector<V>& v,
                                        long long W) {
  using T = knapsack_value_t<R, V>;
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  assert(W >= 0);
  double n = 0, sw = 0, sv = 0;  // over the items that fit; doubles cannot overflow here
  for (std::size_t i = 0; i < w.size(); ++i) {
    assert(w[i] >= 0 && detail::knap_value<T>(v[i]) >= 0);
    if (static_cast<long long>(w[i]) > W) continue;
    n += 1;
    sw += static_cast<double>(w[i]);
    sv += static_cast<double>(v[i]);
  }
  const double inf = std::numeric_limits<double>::infinity();
  const double limit = double(1 << 28);
  const double wcap = std::min(static_cast<double>(W), sw);
  const double cost_w = wcap <= limit ? n * (wcap + 1) : inf;
  double cost_v = inf, cost_m = inf;
  if constexpr (std::is_integral<V>::value && std::is_integral<T>::value) {
    if (sv <= limit && W < (1LL << 62)) cost_v = n * (sv + 1);
    if (n <= 44 && sv < 9.2e18) {
      const double half = std::ceil(n / 2);
      cost_m = std::ldexp(1.0, static_cast<int>(half)) * (half + 8);
    }
  }
  if (cost_w == inf && cost_v == inf && cost_m == inf) return knapsack_method::none;
  if (cost_w <= cost_v && cost_w <= cost_m) return knapsack_method::weight_dp;
  return cost_v <= cost_m ? knapsack_method::value_dp : knapsack_method::meet_in_the_middle;
}

template <class R = void, class Wt, class V>
knapsack_value_t<R, V> knapsack_01_auto(const std::vector<Wt>& w, const std::vector<V>& v,
                                        long long W) {
  using T = knapsack_value_t<R, V>;
  const knapsack_method m = knapsack_01_auto_method<R>(w, v, W);
  if (m == knapsack_method::none) {
    std::fputs(
        "cpkit knapsack_01_auto: no method fits this instance (more than 44 items fit, and "
        "min(W, sum w) and sum v are both over 2^28 cells)\n",
        stderr);
    std::abort();
  }
  // Only the items that fit: meet in the middle counts every item it is given.
  std::vector<long long> fw;
  std::vector<T> fv;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (static_cast<long long>(w[i]) > W) continue;
    fw.push_back(static_cast<long long>(w[i]));
    fv.push_back(detail::knap_value<T>(v[i]));
  }
  if (m == knapsack_method::weight_dp) {
    long long sw = 0;  // <= 2^28 * N here, since the weight DP was chosen only if min(W, sw) fits
    for (long long x : fw) sw = std::min(W, sw + x);
    return knapsack_01<T>(fw, fv, sw);
  }
  if constexpr (std::is_integral<T>::value) {
    if (m == knapsack_method::value_dp) return knapsack_01_by_value<T>(fw, fv, W);
    return knapsack_01_mitm<T>(fw, fv, W).value;
  } else {
    return 0;  // unreachable: the value DP and meet in the middle need integer values
  }
}

}  // namespace cpkit
