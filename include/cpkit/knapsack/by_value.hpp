// Value-indexed 0/1 knapsack: for huge weights (and W) with a small sum of values.
//   knapsack_01_by_value(w, v, W) -> T        O(N * sum v) time, O(sum v) memory: best value with
//                                             weight <= W
//   knapsack_min_weight_by_value(w, v)        O(N * sum v): min_weight[s] for s = 0..sum v, the
//                                             least weight of a subset of value exactly s, or -1
// Argument order is (w, v, W). T = knapsack_value_t<R, V> (long long for integer values).
// Needs (asserted): integer values; w, v >= 0; sum v + 1 cells fit (sum v < 2^40);
// knapsack_01_by_value: 0 <= W < 2^62 (any weights: items heavier than W are skipped, and the sum
// of the weights may exceed 2^63); knapsack_min_weight_by_value: sum of weights < 2^62.
// Verified by: problems/knapsack-large-weight; tests/knapsack_test.cpp (against all subsets and a
// 128-bit table)
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <type_traits>
#include <vector>

#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/detail/relax_down.hpp"

namespace cpkit {
namespace detail {

// neg[s] = -(least weight of a subset of value exactly s), or -(cap + 1) when no such subset
// weighs <= cap. The max kernel runs on negated weights: neg[s] = max(neg[s], neg[s-v] - w).
// Items heavier than cap are skipped: no set holding one weighs <= cap. Why nothing overflows,
// whatever the sum of the weights: every cell starts at 0 or -(cap + 1) and max never lowers it,
// so each operand is >= -(cap + 1) and each difference >= -(2 cap + 1) > -2^63 (cap < 2^62).
// A heavier set simply loses to the cell's -(cap + 1), which reads "heavier than cap".
template <class Wt, class V>
std::vector<long long> knap_neg_min_weight(const std::vector<Wt>& w, const std::vector<V>& v,
                                           long long cap) {
  static_assert(std::is_integral<V>::value, "cpkit knapsack: the value DP needs integer values");
  check_weight_type<Wt>();
  assert(w.size() == v.size());
  assert(0 <= cap && cap < (1LL << 62));
  long long sv = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const long long vi = knap_value<long long>(v[i]);
    assert(w[i] >= 0 && vi >= 0);
    if (static_cast<long long>(w[i]) > cap) continue;
    assert(vi < (1LL << 40) - sv && "cpkit knapsack: sum v + 1 cells must fit in memory");
    sv += vi;
  }
  check_capacity(sv);
  const std::size_t S = static_cast<std::size_t>(sv);
  std::vector<long long> neg(S + 1, -(cap + 1));
  neg[0] = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const long long wi = static_cast<long long>(w[i]);
    if (wi > cap) continue;
    relax_down(neg.data(), neg.data(), S, static_cast<std::size_t>(v[i]), -wi);
  }
  return neg;
}

}  // namespace detail

template <class Wt, class V>
std::vector<long long> knapsack_min_weight_by_value(const std::vector<Wt>& w,
                                                    const std::vector<V>& v) {
  long long sw = 0;
  for (const Wt x : w) {
    assert(x >= 0 && static_cast<long long>(x) < (1LL << 62) - sw &&
           "cpkit knapsack: sum of weights must be < 2^62");
    sw += static_cast<long long>(x);
  }
  // cap = sum w: no subset is heavier, so every reachable cell holds its exact weight.
  const std::vector<long long> neg = detail::knap_neg_min_weight(w, v, sw);
  std::vector<long long> out(neg.size());
  for (std::size_t s = 0; s < neg.size(); ++s) out[s] = neg[s] < -sw ? -1 : -neg[s];
  return out;
}

template <class R = void, class Wt, class V>
knapsack_value_t<R, V> knapsack_01_by_value(const std::vector<Wt>& w, const std::vector<V>& v,
                                            long long W) {
  assert(0 <= W && W < (1LL << 62) && "cpkit knapsack: the value DP needs W < 2^62");
  const std::vector<long long> neg = detail::knap_neg_min_weight(w, v, W);
  for (std::size_t s = neg.size(); s-- > 0;) {
    if (neg[s] >= -W) return static_cast<knapsack_value_t<R, V>>(s);
  }
  return 0;
}

}  // namespace cpkit
