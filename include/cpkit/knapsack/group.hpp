// Group (multiple-choice) knapsack: at most one item from each group.
//   knapsack_group(groups, W) -> T            O(W * total items): best value, weight <= W
//   knapsack_group_row(groups, W, exact)      O(W * total items): the whole row 0..W (exact:
//                                             weight == j)
// groups[g] = list of (weight, value). T = knapsack_value_t<R, V> (long long for integer V).
// Needs (asserted): weights, values >= 0; 0 <= W < 2^40; sum of the groups' largest values
// <= max(T)/4.
// Verified by: tests/knapsack_test.cpp (against every choice of one item or none per group)
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <utility>
#include <vector>

#include "cpkit/knapsack/common.hpp"
#include "cpkit/knapsack/detail/relax_down.hpp"

namespace cpkit {

// Each group reads the row of the previous groups (old) and writes a new one (cur), so two items
// of one group never combine.
template <class R = void, class Wt, class V>
std::vector<knapsack_value_t<R, V>> knapsack_group_row(
    const std::vector<std::vector<std::pair<Wt, V>>>& groups, long long W, bool exact = false) {
  using T = knapsack_value_t<R, V>;
  using cell = detail::knap_cell<T>;
  detail::check_value_type<T>();
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  const std::size_t Wz = static_cast<std::size_t>(W);
  std::vector<cell> old(Wz + 1, exact ? detail::knap_neg<cell>() : cell(0)), cur;
  old[0] = 0;
  T sum = 0;
  for (const auto& g : groups) {
    cur = old;
    T gmax = 0;
    for (const auto& it : g) {
      const T vi = detail::knap_value<T>(it.second);
      assert(it.first >= 0 && vi >= 0);
      gmax = std::max(gmax, vi);
      if (static_cast<long long>(it.first) > W) continue;
      detail::relax_down(cur.data(), old.data(), Wz, static_cast<std::size_t>(it.first),
                         static_cast<cell>(vi));
    }
    assert(sum <= detail::knap_max_sum<T>() - gmax &&
           "cpkit knapsack: sum of group maxima must be <= max(T)/4");
    sum += gmax;
    old.swap(cur);
  }
  std::vector<T> out(old.size());
  for (std::size_t j = 0; j < old.size(); ++j)
    out[j] = old[j] < 0 ? knapsack_unreachable<T> : static_cast<T>(old[j]);
  return out;
}

template <class R = void, class Wt, class V>
knapsack_value_t<R, V> knapsack_group(const std::vector<std::vector<std::pair<Wt, V>>>& groups,
                                      long long W) {
  return knapsack_group_row<R>(groups, W).back();
}

}  // namespace cpkit
