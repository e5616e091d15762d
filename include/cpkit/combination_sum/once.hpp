// Combination sum II (LeetCode 40): list the distinct multisets that take each position of the
// candidates at most once (values may repeat in the input; no multiset is listed twice).
//   for_each_combination_sum_once(c, T, vis, opt) -> count   calls vis(combination_view) for each,
//                                       in lexicographic order; false from vis stops
//   combination_sum_once(c, T, opt) -> combination_list       all of them, in one flat buffer
//   combination_sum_once(c, T, out, opt)                      into `out` (cleared, capacity kept)
// O(n*T) time and memory for the reachability table, then O(total length listed); with
// opt.max_length, O(n) per node of the output tree. The collecting form reserves the exact size
// first when no option limits the output.
// Needs (asserted): every candidate >= 1. T = 0: one answer (empty); T < 0: none. Table memory
// 8*(n+1)*(T+1) bytes.
// Verified by: problems/combination-sum-ii; tests/combination_sum_test.cpp;
// bench/combination_sum_bench.cpp
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

// LeetCode 40: distinct multisets taking each position of `candidates` at most once (values may
// repeat in the input; no multiset is listed twice), non-decreasing, lexicographic order.
template <class Visitor>
std::size_t for_each_combination_sum_once(const std::vector<int>& candidates, int target,
                                          Visitor&& visitor,
                                          const combination_sum_options& opt = {}) {
  detail::cs_emitter<std::remove_reference_t<Visitor>> out{visitor, opt.max_count};
  if (opt.max_count == 0 || target < 0) return 0;
  if (target == 0) {
    out.emit(nullptr, 0);
    return out.count;
  }
  const std::vector<int> a = detail::cs_sorted_checked(candidates, target);
  const std::size_t n = a.size(), w = static_cast<std::size_t>(target) + 1;
  assert(n < detail::cs_inf);
  const std::uint32_t none = static_cast<std::uint32_t>(n);
  // Positions with equal values form a group; a node (p, r) -- next value taken from positions
  // p.. with remainder r -- has as children p itself and the first position of every later
  // group: taking another position of a group already offered would repeat a multiset.
  std::vector<std::uint32_t> group(n), group_start;
  for (std::size_t p = 0; p < n; ++p) {
    if (p == 0 || a[p] != a[p - 1]) group_start.push_back(static_cast<std::uint32_t>(p));
    group[p] = static_cast<std::uint32_t>(group_start.size() - 1);
  }
  const std::size_t g_count = group_start.size();
  // len[p][r]: fewest positions of p.. summing to r (cs_inf: unreachable), a 0/1 knapsack.
  std::vector<std::uint32_t> len((n + 1) * w, detail::cs_inf);
  len[n * w] = 0;
  for (std::size_t p = n; p-- > 0;) {
    const std::uint32_t* below = &len[(p + 1) * w];
    std::uint32_t* row = &len[p * w];
    const std::size_t ap = static_cast<std::size_t>(a[p]);
    for (std::size_t r = 0; r < w; ++r) {
      std::uint32_t best = below[r];
      if (r >= ap && below[r - ap] != detail::cs_inf) best = std::min(best, below[r - ap] + 1);
      row[r] = best;
    }
  }
  // No combination is longer than n (< cs_inf), so budgets stay below cs_inf.
  const std::size_t depth_cap = std::min(opt.max_length, n);
  if (len[static_cast<std::size_t>(target)] > depth_cap) return 0;  // unreachable (or too long)
  // nxt[g][r]: first group start q of group >= g such that taking q leaves a remainder
  // reachable from q+1..; `none` if no such group.
  std::vector<std::uint32_t> nxt((g_count + 1) * w, none);
  for (std::size_t g = g_count; g-- > 0;) {
    const std::size_t q = group_start[g], aq = static_cast<std::size_t>(a[q]);
    for (std::size_t r = 0; r < w; ++r) {
      const bool ok = r >= aq && len[(q + 1) * w + r - aq] != detail::cs_inf;
      nxt[g * w + r] = ok ? static_cast<std::uint32_t>(q) : nxt[(g + 1) * w + r];
    }
  }

  const bool limited = depth_cap < n;
  auto fits = [&](std::size_t q, std::size_t r, std::size_t budget) {
    const std::size_t aq = static_cast<std::size_t>(a[q]);
    return aq <= r && len[(q + 1) * w + r - aq] != detail::cs_inf &&
           len[(q + 1) * w + r - aq] + 1 <= budget;
  };
  // First group start of group >= g that completes within `budget` positions.
  auto first_group = [&](std::size_t g, std::size_t r, std::size_t budget) -> std::uint32_t {
    std::uint32_t q = nxt[g * w + r];
    if (!limited) return q;
    while (q != none) {
      if (len[q * w + r] > budget) return none;  // suffix minimum: nothing later fits
      if (fits(q, r, budget)) return q;
      q = nxt[(group[q] + 1) * w + r];
    }
    return none;
  };
  auto first_child = [&](std::size_t p, std::size_t r, std::size_t budget) -> std::uint32_t {
    assert(p < n);
    if (fits(p, r, budget)) return static_cast<std::uint32_t>(p);
    return first_group(group[p] + 1, r, budget);
  };

  std::vector<int> cur(depth_cap);
  std::vector<std::uint32_t> pos(depth_cap);
  std::vector<std::size_t> rem(depth_cap);
  const std::size_t max_len = depth_cap;
  std::size_t d = 0, r = static_cast<std::size_t>(target);
  std::uint32_t q = first_child(0, r, max_len);
  for (;;) {
    assert(q != none && d < depth_cap);
    cur[d] = a[q];
    pos[d] = q;
    rem[d] = r;
    r -= static_cast<std::size_t>(a[q]);
    ++d;
    if (r != 0) {
      q = first_child(static_cast<std::size_t>(q) + 1, r, max_len - d);
      continue;
    }
    if (!out.emit(cur.data(), d)) return out.count;
    for (;;) {
      if (d == 0) return out.count;
      --d;
      r = rem[d];
      q = first_group(group[pos[d]] + 1, r, max_len - d);  // siblings: later groups only
      if (q != none) break;
    }
  }
}

namespace detail {

inline cs_sizes cs_once_sizes(const std::vector<int>& candidates, int target) {
  const std::vector<int> a = cs_sorted_checked(candidates, target);
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint64_t> cnt(w, 0), tot(w, 0), cnt_new, tot_new;
  cnt[0] = 1;
  for (std::size_t p = 0; p < a.size();) {
    std::size_t m = 0;
    while (p + m < a.size() && a[p + m] == a[p]) ++m;
    const std::size_t v = static_cast<std::size_t>(a[p]);
    cnt_new = cnt;
    tot_new = tot;
    for (std::size_t t = v; t < w; ++t)
      for (std::size_t i = 1; i <= m && i * v <= t; ++i) {  // i copies of v; sum of m is n
        const std::size_t s = t - i * v;
        cnt_new[t] = cs_sat(cnt_new[t] + cnt[s]);
        const std::uint64_t added = cnt[s] >= cs_saturated / i ? cs_saturated : cnt[s] * i;
        tot_new[t] = cs_sat(tot_new[t] + tot[s] + added);  // three terms < 2^62 each
      }
    cnt.swap(cnt_new);
    tot.swap(tot_new);
    p += m;
  }
  return {cnt[w - 1], tot[w - 1]};
}

}  // namespace detail

inline void combination_sum_once(const std::vector<int>& candidates, int target,
                                 combination_list& out, const combination_sum_options& opt = {}) {
  out.clear();
  if (target >= 0) detail::cs_reserve(out, opt, detail::cs_once_sizes(candidates, target));
  for_each_combination_sum_once(
      candidates, target, [&out](combination_view v) { out.push_back(v); }, opt);
}

inline combination_list combination_sum_once(const std::vector<int>& candidates, int target,
                                             const combination_sum_options& opt = {}) {
  combination_list res;
  combination_sum_once(candidates, target, res, opt);
  return res;
}

}  // namespace cpkit
