// Combination sum: list or count the ways to write a target as a sum of candidates.
// Listing (output-sensitive backtracking, lexicographic order, each combination non-decreasing):
//   for_each_combination_sum_unbounded(c, T, vis, opt)  values of c reusable (LeetCode 39)
//   for_each_combination_sum_once(c, T, vis, opt)       each position of c at most once, no
//                                                       repeated multiset (LeetCode 40)
//     both: O(n*T) time and memory for the reachability tables, then O(total length of the
//     combinations listed) -- every explored branch yields an answer; an unreachable T costs
//     only the tables. With opt.max_length set, choosing a child may also skip up to n
//     candidates that are reachable but too long: O(n) per node of the output tree.
//   for_each_combination_sum_k(k, T, lo, hi, vis, opt)  k distinct integers of [lo, hi]
//                                                       (LeetCode 216 is lo=1, hi=9)
//     O(k + total length listed), O(k) memory: no table, the feasible children form an interval.
//   combination_sum_unbounded / _once / _k (same arguments, no visitor): collect into one flat
//     combination_list (offsets + values), no vector per combination; returned, or into a
//     `combination_list& out` argument (cleared, capacity kept: reuse it for many queries).
//     Unbounded/once reserve the exact size first (an O(n*T) counting pass) when no option
//     limits the output.
//   The visitor gets a combination_view (pointer + size into the live search stack: copy it if
//   you keep it); returning false stops the search (a void visitor never stops). for_each_*
//   returns how many combinations were visited. opt.max_length / opt.max_count bound the length
//   of a listed combination / the number listed (the first ones in lexicographic order).
// Counting modulo mod (default 998244353; any mod >= 1 works, no division is used), O(n*T):
//   count_combination_sum_unbounded(c, T)  multisets of values of c (c may repeat: merged)
//   count_combination_sum_once(c, T)       distinct multisets, each position at most once
//   count_combination_sum_sequences(c, T)  ordered sequences of values of c (LeetCode 377)
// Needs: every candidate >= 1 (asserted). T = 0 has one answer, the empty combination; T < 0
// has none. Memory of the tables is 8*(n+1)*(T+1) bytes. _k: 0 <= k <= 2^24, sums in long long.
// Verified by: problems/combination-sum, combination-sum-ii, combination-sum-iii,
// combination-sum-iv; tests/combination_sum_test.cpp; bench/combination_sum_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

// A read-only view of one combination: valid only during the visitor call that received it.
class combination_view {
 public:
  combination_view() = default;
  combination_view(const int* data, std::size_t size) : data_(data), size_(size) {}
  const int* begin() const { return data_; }
  const int* end() const { return data_ + size_; }
  const int* data() const { return data_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int operator[](std::size_t i) const {
    assert(i < size_);
    return data_[i];
  }
  std::vector<int> to_vector() const { return std::vector<int>(begin(), end()); }

 private:
  const int* data_ = nullptr;
  std::size_t size_ = 0;
};

// Many combinations in one flat buffer: combination i is values[offsets[i] .. offsets[i+1]).
struct combination_list {
  std::vector<std::size_t> offsets{0};
  std::vector<int> values;

  std::size_t size() const { return offsets.size() - 1; }
  bool empty() const { return offsets.size() == 1; }
  combination_view operator[](std::size_t i) const {
    assert(i + 1 < offsets.size());
    return combination_view(values.data() + offsets[i], offsets[i + 1] - offsets[i]);
  }
  void push_back(combination_view c) {
    values.insert(values.end(), c.begin(), c.end());
    offsets.push_back(values.size());
  }
  void clear() {  // keeps the capacity
    values.clear();
    offsets.assign(1, 0);
  }
};

struct combination_sum_options {
  std::size_t max_length = std::numeric_limits<std::size_t>::max();  // longest combination kept
  std::size_t max_count = std::numeric_limits<std::size_t>::max();   // stop after this many
};

namespace detail {

// Calls the visitor; a visitor returning void never stops the search.
template <class Visitor>
bool cs_visit(Visitor& visitor, combination_view v) {
  if constexpr (std::is_void_v<std::invoke_result_t<Visitor&, combination_view>>) {
    visitor(v);
    return true;
  } else {
    return static_cast<bool>(visitor(v));
  }
}

// Counts visits and applies max_count; emit() returns false when the search must stop.
template <class Visitor>
struct cs_emitter {
  Visitor& visitor;
  std::size_t limit;
  std::size_t count = 0;
  bool emit(const int* data, std::size_t len) {
    ++count;
    return cs_visit(visitor, combination_view(data, len)) && count < limit;
  }
};

inline constexpr std::uint32_t cs_inf = std::numeric_limits<std::uint32_t>::max();

inline std::vector<int> cs_sorted_checked(const std::vector<int>& candidates, int target) {
  std::vector<int> c(candidates);
  for (int x : c) {
    assert(x >= 1 && "combination_sum: every candidate must be >= 1");
    (void)x;
  }
  std::sort(c.begin(), c.end());
  // Candidates above the target never fit: dropping them keeps the tables small.
  while (!c.empty() && c.back() > target) c.pop_back();
  return c;
}

inline long long cs_floor_div(long long a, long long b) {  // b > 0
  long long q = a / b;
  if (a % b != 0 && a < 0) --q;
  return q;
}

}  // namespace detail

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

namespace detail {

inline constexpr std::uint64_t cs_saturated = std::uint64_t{1} << 62;
inline std::uint64_t cs_sat(std::uint64_t x) { return x < cs_saturated ? x : cs_saturated; }

// Exact number of answers and their total length (saturated at 2^62), so a collecting call can
// reserve once: no regrowth copies, and each page of the result is touched once.
struct cs_sizes {
  std::uint64_t count = 0, total = 0;
};

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

inline void cs_reserve(combination_list& out, const combination_sum_options& opt, cs_sizes s) {
  const std::size_t unlimited = std::numeric_limits<std::size_t>::max();
  if (opt.max_length != unlimited || opt.max_count != unlimited) return;  // sizes not exact
  if (s.count >= cs_saturated || s.total >= cs_saturated) return;         // would not fit anyway
  if (s.count >= out.offsets.max_size() || s.total > out.values.max_size()) return;
  out.offsets.reserve(static_cast<std::size_t>(s.count) + 1);
  out.values.reserve(static_cast<std::size_t>(s.total));
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

inline void combination_sum_once(const std::vector<int>& candidates, int target,
                                 combination_list& out, const combination_sum_options& opt = {}) {
  out.clear();
  if (target >= 0) detail::cs_reserve(out, opt, detail::cs_once_sizes(candidates, target));
  for_each_combination_sum_once(
      candidates, target, [&out](combination_view v) { out.push_back(v); }, opt);
}

inline void combination_sum_k(int k, long long target, int lo, int hi, combination_list& out,
                              const combination_sum_options& opt = {}) {
  out.clear();
  for_each_combination_sum_k(
      k, target, lo, hi, [&out](combination_view v) { out.push_back(v); }, opt);
}

inline combination_list combination_sum_unbounded(const std::vector<int>& candidates, int target,
                                                  const combination_sum_options& opt = {}) {
  combination_list res;
  combination_sum_unbounded(candidates, target, res, opt);
  return res;
}

inline combination_list combination_sum_once(const std::vector<int>& candidates, int target,
                                             const combination_sum_options& opt = {}) {
  combination_list res;
  combination_sum_once(candidates, target, res, opt);
  return res;
}

inline combination_list combination_sum_k(int k, long long target, int lo, int hi,
                                          const combination_sum_options& opt = {}) {
  combination_list res;
  combination_sum_k(k, target, lo, hi, res, opt);
  return res;
}

// Number of multisets of values of `candidates` (repeats merged) summing to target, mod `mod`.
// Value-outer, sum-inner loop: each multiset is built in one order (by value) only.
inline std::uint32_t count_combination_sum_unbounded(const std::vector<int>& candidates, int target,
                                                     std::uint32_t mod = 998244353) {
  assert(mod >= 1);
  if (target < 0) return 0;
  std::vector<int> c = detail::cs_sorted_checked(candidates, target);
  c.erase(std::unique(c.begin(), c.end()), c.end());
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint32_t> dp(w, 0);
  dp[0] = 1 % mod;
  for (int v : c) {
    for (std::size_t t = static_cast<std::size_t>(v); t < w; ++t) {
      const std::uint64_t s = std::uint64_t{dp[t]} + dp[t - static_cast<std::size_t>(v)];
      dp[t] = static_cast<std::uint32_t>(s >= mod ? s - mod : s);
    }
  }
  return dp[w - 1];
}

// Number of distinct multisets using each position of `candidates` at most once, mod `mod`.
// A value v present m times contributes 0..m copies: new[t] = sum_{i<=m} old[t - i v], a sliding
// window along t mod v.
inline std::uint32_t count_combination_sum_once(const std::vector<int>& candidates, int target,
                                                std::uint32_t mod = 998244353) {
  assert(mod >= 1);
  if (target < 0) return 0;
  const std::vector<int> a = detail::cs_sorted_checked(candidates, target);
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint32_t> dp(w, 0), old;
  dp[0] = 1 % mod;
  for (std::size_t p = 0; p < a.size();) {
    std::size_t m = 0;
    while (p + m < a.size() && a[p + m] == a[p]) ++m;
    const std::size_t v = static_cast<std::size_t>(a[p]), drop = (m + 1) * v;
    old = dp;
    for (std::size_t t = v; t < w; ++t) {
      std::uint64_t s = std::uint64_t{old[t]} + dp[t - v];
      if (t >= drop) s += mod - old[t - drop];
      dp[t] = static_cast<std::uint32_t>(s % mod);
    }
    p += m;
  }
  return dp[w - 1];
}

// LeetCode 377: number of ordered sequences of values of `candidates` (repeats merged) summing
// to target, mod `mod`. Sum-outer, value-inner loop: the last value of the sequence varies.
inline std::uint32_t count_combination_sum_sequences(const std::vector<int>& candidates, int target,
                                                     std::uint32_t mod = 998244353) {
  assert(mod >= 1);
  if (target < 0) return 0;
  std::vector<int> c = detail::cs_sorted_checked(candidates, target);
  c.erase(std::unique(c.begin(), c.end()), c.end());
  const std::size_t w = static_cast<std::size_t>(target) + 1;
  std::vector<std::uint32_t> dp(w, 0);
  dp[0] = 1 % mod;
  for (std::size_t t = 1; t < w; ++t) {
    std::uint64_t s = 0;
    for (int v : c) {
      const std::size_t vs = static_cast<std::size_t>(v);
      if (vs > t) break;
      s += dp[t - vs];
      if (s >= mod) s -= mod;
    }
    dp[t] = static_cast<std::uint32_t>(s);
  }
  return dp[w - 1];
}

}  // namespace cpkit
