// Combination sum III (LeetCode 216, generalised): list the sets of exactly k distinct integers
// of [lo, hi] that sum to a target.
//   for_each_combination_sum_k(k, T, lo, hi, vis, opt) -> count   increasing, lexicographic
//   combination_sum_k(k, T, lo, hi, opt) -> combination_list      (and the `out` form)
// O(k + total length listed) time, O(k) memory: no table. The sums of j distinct integers of an
// interval fill an interval, so the children that lead to an answer are an interval, found in
// O(1): no dead branch. LeetCode 216 is lo = 1, hi = 9.
// Needs (asserted): 0 <= k <= 2^24; sums are computed in long long.
// Verified by: problems/combination-sum-iii; tests/combination_sum_test.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

#include "cpkit/combination_sum/common.hpp"

namespace cpkit {

// LeetCode 216 generalised: sets of exactly k distinct integers of [lo, hi] summing to target,
// increasing, in lexicographic order. The sums of j distinct integers of an interval fill an
// interval of integers, so the children of a node that lead to an answer are themselves an
// interval, computed in O(1): no table and no dead branch.
template <class Visitor>
std::size_t for_each_combination_sum_k(int k, long long target, int lo, int hi, Visitor&& visitor,
                                       const combination_sum_options& opt = {}) {
  assert(k >= 0 && k <= (1 << 24));
  detail::cs_emitter<std::remove_reference_t<Visitor>> out{visitor, opt.max_count};
  const long long kk = k;
  if (opt.max_count == 0 || static_cast<std::size_t>(k) > opt.max_length) return 0;
  if (kk > static_cast<long long>(hi) - lo + 1 && k > 0) return 0;
  // Smallest and largest sums of k distinct values of [lo, hi]; |each| < 2^56.
  const long long tri = kk * (kk - 1) / 2;
  if (target < kk * lo + tri || target > kk * hi - tri) return 0;
  if (k == 0) {
    out.emit(nullptr, 0);
    return out.count;
  }
  const std::size_t ks = static_cast<std::size_t>(k);
  std::vector<int> cur(ks);
  std::vector<long long> last(ks), rem(ks);
  // Children x of a node with remainder r, lower bound low and j values still to take after x:
  // x <= hi - j, the j smallest after x fit (x + sum(x+1..x+j) <= r), the j largest of the range
  // reach (x + sum(hi-j+1..hi) >= r).
  auto open = [&](std::size_t level, long long r, long long low) {
    const long long j = kk - 1 - static_cast<long long>(level);
    const long long a = std::max(low, r - j * hi + j * (j - 1) / 2);
    const long long b =
        std::min(static_cast<long long>(hi) - j, detail::cs_floor_div(r - j * (j + 1) / 2, j + 1));
    assert(a <= b);
    cur[level] = static_cast<int>(a);
    last[level] = b;
    rem[level] = r;
  };
  std::size_t d = 0;
  open(0, target, lo);
  for (;;) {
    while (d + 1 < ks) {
      ++d;
      open(d, rem[d - 1] - cur[d - 1], static_cast<long long>(cur[d - 1]) + 1);
    }
    if (!out.emit(cur.data(), ks)) return out.count;
    for (;;) {
      if (cur[d] < last[d]) {
        ++cur[d];
        break;
      }
      if (d == 0) return out.count;
      --d;
    }
  }
}

inline void combination_sum_k(int k, long long target, int lo, int hi, combination_list& out,
                              const combination_sum_options& opt = {}) {
  out.clear();
  for_each_combination_sum_k(
      k, target, lo, hi, [&out](combination_view v) { out.push_back(v); }, opt);
}

inline combination_list combination_sum_k(int k, long long target, int lo, int hi,
                                          const combination_sum_options& opt = {}) {
  combination_list res;
  combination_sum_k(k, target, lo, hi, res, opt);
  return res;
}

}  // namespace cpkit
