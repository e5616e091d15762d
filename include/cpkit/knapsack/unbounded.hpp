// Unbounded knapsack: each item any number of times.
//   knapsack_unbounded(w, v, W) -> T          O(N*W) time, O(W) memory: best value, weight <= W
//   knapsack_unbounded_row(w, v, W, exact)    O(N*W): the whole row 0..W (exact: weight == j,
//                                             unreachable j hold knapsack_unreachable<T>)
// Argument order is (w, v, W). T = knapsack_value_t<R, V> (long long for integer values);
// knapsack_unbounded<R>(w, v, W) asks for R.
// Needs (asserted): w[i] >= 0, v[i] >= 0, no item of weight 0 and value > 0 (the answer would be
// infinite), 0 <= W < 2^40, max(v) * W <= max(T)/4.
// Verified by: problems/knapsack-unbounded; tests/knapsack_test.cpp; bench/knapsack_bench.cpp
#pragma once

#include <cassert>
#include <cstddef>
#include <vector>

#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/detail/relax_up.hpp"

namespace cpkit {

// The row runs j upwards: dp[j-w] already holds copies of this item, so it can be taken again.
template <class R = void, class Wt, class V>
std::vector<knapsack_value_t<R, V>> knapsack_unbounded_row(const std::vector<Wt>& w,
                                                           const std::vector<V>& v, long long W,
                                                           bool exact = false) {
  using T = knapsack_value_t<R, V>;
  using cell = detail::knap_cell<T>;
  detail::check_value_type<T>();
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(w.size() == v.size());
  std::vector<cell> r(static_cast<std::size_t>(W) + 1, exact ? detail::knap_neg<cell>() : cell(0));
  r[0] = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const T vi = detail::knap_value<T>(v[i]);
    assert(w[i] >= 0 && vi >= 0);
    assert((w[i] > 0 || vi == 0) && "cpkit knapsack: unbounded item of weight 0 and value > 0");
    // Each cell holds at most W/w copies; the bound on the sum is asserted as max(v)*W <= max/4.
    assert(w[i] == 0 || static_cast<long long>(w[i]) > W ||
           vi <= detail::knap_max_sum<T>() / static_cast<T>(W / static_cast<long long>(w[i])));
    if (w[i] == 0) continue;
    detail::relax_up(r.data(), static_cast<std::size_t>(W), static_cast<std::size_t>(w[i]),
                     static_cast<cell>(vi));
  }
  std::vector<T> out(r.size());
  for (std::size_t j = 0; j < r.size(); ++j)
    out[j] = r[j] < 0 ? knapsack_unreachable<T> : static_cast<T>(r[j]);
  return out;
}

template <class R = void, class Wt, class V>
knapsack_value_t<R, V> knapsack_unbounded(const std::vector<Wt>& w, const std::vector<V>& v,
                                          long long W) {
  return knapsack_unbounded_row<R>(w, v, W).back();
}

}  // namespace cpkit
