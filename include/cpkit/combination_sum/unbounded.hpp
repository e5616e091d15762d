// Combination sum I (LeetCode 39): list the multisets of candidate values (each value any number
// of times) that sum to a target, by output-sensitive backtracking.
//   for_each_combination_sum_unbounded(c, T, vis, opt) -> count   calls vis(combination_view)
//                                       for each, in lexicographic order; false from vis stops
//   combination_sum_unbounded(c, T, opt) -> combination_list      all of them, in one flat buffer
//   combination_sum_unbounded(c, T, out, opt)                     into `out` (cleared, capacity
//                                       kept: reuse it for many queries)
// O(n*T) time and memory for the reachability table, then O(total length listed): every explored
// branch yields an answer, and an unreachable T costs only the table. With opt.max_length, a
// child may also skip up to n candidates that are reachable but too long: O(n) per output node.
// The collecting form reserves the exact size first (an O(n*T) counting pass) when no option
// limits the output.
// Needs (asserted): every candidate >= 1; repeated values are merged. T = 0: one answer, the empty
// combination; T < 0: none. Table memory 8*(n+1)*(T+1) bytes.
// Verified by: problems/combination-sum; tests/combination_sum_test.cpp;
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

// LeetCode 39: multisets of values of `candidates` (each value any number of times) summing to
// target, each listed once as a non-decreasing sequence, in lexicographic order. Repeated
// candidate values are merged.
template <class Visitor>
std::size_t for_each_combination_sum_unbounded(const std::vector<int>& candidates, int target,
                                               Visitor&& visitor,
                                               const combination_sum_options& opt = {}) {
  detail::cs_emitter<std::remove_reference_t<Visitor>> out{visitor, opt.max_count};
  if (opt.max_count == 0 || target < 0) return 0;
  if (target == 0) {
    out.emit(nullptr, 0);
    return out.count;
  }
  std::vector<int> c = detail::cs_sorted_checked(candidates, target);
  c.erase(std::unique(c.begin(), c.end()), c.end());
  const std::size_t n = c.size(), w = static_cast<std::size_t>(target) + 1;
  assert(n < detail::cs_inf);
  const std::uint32_t none = static_cast<std::uint32_t>(n);
  // len[i][r]: fewest values of c[i..] summing to r (cs_inf: r is unreachable from c[i..]).
  // nxt[i][r]: first j >= i such that c[j] <= r and r - c[j] is reachable from c[j..], i.e. the
  // first child of a node (i, r) that leads to an answer; `none` if there is no such j.
  std::vector<std::uint32_t> len((n + 1) * w, detail::cs_inf), nxt((n + 1) * w, none);
  len[n * w] = 0;
  for (std::size_t i = n; i-- > 0;) {
    const std::uint32_t* below_len = &len[(i + 1) * w];
    const std::uint32_t* below_nxt = &nxt[(i + 1) * w];
    std::uint32_t* row_len = &len[i * w];
    std::uint32_t* row_nxt = &nxt[i * w];
    const std::size_t ci = static_cast<std::size_t>(c[i]);
    for (std::size_t r = 0; r < w; ++r) {
      std::uint32_t best = below_len[r], first = below_nxt[r];
      if (r >= ci && row_len[r - ci] != detail::cs_inf) {
        best = std::min(best, row_len[r - ci] + 1);
        first = static_cast<std::uint32_t>(i);
      }
      row_len[r] = best;
      row_nxt[r] = first;
    }
  }
  if (len[static_cast<std::size_t>(target)] == detail::cs_inf) return 0;  // unreachable
  // No combination is longer than target / c[0] (< cs_inf), so budgets stay below cs_inf.
  const std::size_t depth_cap = std::min(opt.max_length, static_cast<std::size_t>(target / c[0]));
  if (len[static_cast<std::size_t>(target)] > depth_cap) return 0;  // only too long ones
  const bool limited = depth_cap < static_cast<std::size_t>(target / c[0]);
  // First child j >= from of the node with remainder r that completes within `budget` values
  // (the one placed at j included). Without a length limit nxt alone answers.
  auto first_child = [&](std::size_t from, std::size_t r, std::size_t budget) -> std::uint32_t {
    std::uint32_t j = nxt[from * w + r];
    if (!limited) return j;
    while (j != none) {
      if (len[j * w + r] > budget) return none;  // no j' >= j fits: suffix minimum
      if (len[j * w + r - static_cast<std::size_t>(c[j])] + 1 <= budget) return j;
      j = nxt[(j + 1) * w + r];
    }
    return none;
  };

  std::vector<int> cur(depth_cap);
  std::vector<std::uint32_t> idx(depth_cap);
  std::vector<std::size_t> rem(depth_cap);
  const std::size_t max_len = depth_cap;
  std::size_t d = 0, r = static_cast<std::size_t>(target);
  std::uint32_t j = first_child(0, r, max_len);
  for (;;) {
    assert(j != none && d < depth_cap);
    cur[d] = c[j];
    idx[d] = j;
    rem[d] = r;
    r -= static_cast<std::size_t>(c[j]);
    ++d;
    if (r != 0) {
      j = first_child(j, r, max_len - d);  // exists: the prune guaranteed it
      continue;
    }
    if (!out.emit(cur.data(), d)) return out.count;
    for (;;) {  // backtrack to the deepest node with another child
      if (d == 0) return out.count;
      --d;
      r = rem[d];
      j = first_child(static_cast<std::size_t>(idx[d]) + 1, r, max_len - d);
      if (j != none) break;
    }
  }
}

namespace detail {

inline cs_sizes cs_unbounded_sizes(const std::vector<int>& candidates, int target) {
  std::vector<int> c = cs_sorted_checked(candidates, target);
  c.erase(std::unique(c.begin(), c.end()), c.end());
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint64_t> cnt(w, 0), tot(w, 0);
  cnt[0] = 1;
  for (int v : c)
    for (std::size_t t = static_cast<std::size_t>(v); t < w; ++t) {
      const std::size_t s = t - static_cast<std::size_t>(v);
      tot[t] = cs_sat(tot[t] + tot[s] + cnt[s]);  // each answer of s gets one more value v
      cnt[t] = cs_sat(cnt[t] + cnt[s]);
    }
  return {cnt[w - 1], tot[w - 1]};
}

}  // namespace detail

// Collecting forms: `out` is cleared (its capacity kept, so a reused list allocates nothing
// new) and filled in lexicographic order. The unbounded and once forms reserve the exact size
// first when no option limits the output (one O(n*T) counting pass).
inline void combination_sum_unbounded(const std::vector<int>& candidates, int target,
                                      combination_list& out,
                                      const combination_sum_options& opt = {}) {
  out.clear();
  if (target >= 0) detail::cs_reserve(out, opt, detail::cs_unbounded_sizes(candidates, target));
  for_each_combination_sum_unbounded(
      candidates, target, [&out](combination_view v) { out.push_back(v); }, opt);
}

inline combination_list combination_sum_unbounded(const std::vector<int>& candidates, int target,
                                                  const combination_sum_options& opt = {}) {
  combination_list res;
  combination_sum_unbounded(candidates, target, res, opt);
  return res;
}

}  // namespace cpkit
