// Knapsack DP: every classic variant in one header (0/1, unbounded, bounded, group, value-indexed,
// meet in the middle, subset sum, counting), with reconstruction.
// N items, capacity W, V the value type (signed integer or floating; int64 by default).
//   knapsack_01(w, v, W)                O(N*W) time, O(W) memory. Best value, total weight <= W.
//   knapsack_01_row(w, v, W, exact)     O(N*W): row[j] = best value with weight <= j, or with
//   weight
//                                       exactly j when exact (then unreachable j hold
//                                       knapsack_unreachable<V>, never 0).
//   knapsack_01_items(w, v, W)          O(N*W) time, O(W) words + N*(W+1) BITS: value and item
//   indices. knapsack_01_dp<V>                   the streaming form: add(w, v) one item at a time
//   (or
//                                       add_all, two items per sweep), value(j), row(),
//                                       items(j) (when built with keep_choices).
//   knapsack_unbounded[_row](w, v, W)   O(N*W): each item any number of times.
//   knapsack_bounded(w, v, m, W, how)   item i at most m[i] times. binary splitting costs
//                                       O(W*sum log m_i) but runs the SIMD 0/1 kernel; the monotone
//                                       queue costs O(N*W) scalar, 20-40x slower per cell than a
//                                       SIMD pass. automatic picks per item by cost: splitting up
//                                       to 16 pieces with SIMD (6 without), else the queue; m_i*w_i
//                                       >= W is one unbounded pass.
//   knapsack_group[_row](groups, W)     O(W*total items): at most one item of each group.
//   knapsack_01_by_value(w, v, W)       O(N*sum v): min weight per value; for huge W, small values.
//   knapsack_01_mitm(w, v, W)           O(N*2^(N/2)) time, O(2^(N/2)) memory, N <= 44 (weights,
//   values
//                                       to 1e15): value and items. Dominated half-sums are dropped
//                                       as they are built, so typical inputs run far below the
//                                       bound.
//   knapsack_01_auto(w, v, W)           picks the weight DP, the value DP or meet in the middle,
//                                       whichever costs least for these N, W, sum v.
//   subset_sum_row(w, W)                O(N*W/64): reachable sums 0..W, word-parallel bitset.
//   subset_sum_witness(w, t)            O(N*W/64 + W) time, O(W) words: indices of a subset summing
//                                       to t, or nullopt.
//   subset_sum_max_pisinger(w, t)       O(N*max w) time, O(max w) memory (Pisinger's balanced
//                                       algorithm): largest subset sum <= t.
//   subset_sum_max(w, t)                the same, by the bitset or Pisinger, whichever costs less.
//   count_subsets_mod(w, W, p)          O(N*W): subsets with sum exactly j, mod p, for each j.
//   count_sequences_mod(w, W, p)        O(N*W): ordered sequences of items (repetition allowed),
//                                       sum exactly j, mod p.   count_multisets_mod: unordered.
// Preconditions (asserted): weights >= 0 (> 0 where a zero weight would make the answer infinite:
// unbounded items of positive value, sequences); values >= 0; 0 <= W and W+1 cells fit in memory;
// sum of all values (bounded: of m_i*v_i) <= max(V)/4, so sentinels never overflow;
// value DP: sum of weights <= 2^61; mitm: sums of weights and of values fit in int64.
// Speed: on x86 with g++/clang++ the DP rows run in AVX-512 or AVX2 clones chosen at run time
// (__builtin_cpu_supports), for int64 and int32 rows; elsewhere a portable scalar loop.
// Verified by: problems/knapsack-01, knapsack-unbounded, knapsack-large-weight, knapsack-bounded,
// knapsack-huge; tests/knapsack_test.cpp; bench/knapsack_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <numeric>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

// Value of an unreachable cell in an "exactly j" row.
template <class V>
inline constexpr V knapsack_unreachable = std::numeric_limits<V>::lowest();

template <class V>
struct knapsack_solution {
  V value{};
  std::vector<int> items;  // indices into the input, increasing
};

enum class bounded_method { automatic, binary_split, monotone_queue };

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

// ---- SIMD kernels ------------------------------------------------------------------------------
// relax_down(dst, src, W, w, v): for j = W down to w: dst[j] = max(dst[j], src[j-w] + v).
// With dst == src this is the 0/1 item step: each block loads before it stores, and blocks run
// downwards, so every src read sees the row before this item. With dst != src (group) order is
// free. relax_up(dp, W, w, v): for j = w up to W: dp[j] = max(dp[j], dp[j-w] + v) (unbounded item
// step); vectorised only when w >= lanes, so a block never reads a cell it writes.
template <class T>
inline void relax_down_scalar(T* dst, const T* src, std::size_t W, std::size_t w, T v) {
  for (std::size_t j = W + 1; j-- > w;)
    dst[j] = std::max(dst[j], src[j - w] + v);  // branch-free (cmov)
}

template <class T>
inline void relax_up_scalar(T* dp, std::size_t W, std::size_t w, T v) {
  for (std::size_t j = w; j <= W; ++j) dp[j] = std::max(dp[j], dp[j - w] + v);
}

// b |= b << s on a bitset of nw words (bits past the top are the caller's to clear).
inline void shift_or_scalar(std::uint64_t* b, std::size_t nw, std::size_t s) {
  const std::size_t q = s / 64, r = s % 64;
  if (q >= nw) return;
  for (std::size_t k = nw; k-- > q;) {
    std::uint64_t x = b[k - q] << r;
    if (r != 0 && k > q) x |= b[k - q - 1] >> (64 - r);
    b[k] |= x;
  }
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
typedef long long knap_i64x4 __attribute__((vector_size(32)));
typedef long long knap_i64x8 __attribute__((vector_size(64)));
typedef int knap_i32x8 __attribute__((vector_size(32)));
typedef int knap_i32x16 __attribute__((vector_size(64)));
typedef unsigned long long knap_u64x4 __attribute__((vector_size(32)));
typedef unsigned long long knap_u64x8 __attribute__((vector_size(64)));

// Generic bodies, inlined into the target clones below (T is the lane type of Vec).
template <class T, class Vec>
inline void relax_down_body(T* dst, const T* src, std::size_t W, std::size_t w, T v) {
  constexpr std::size_t L = sizeof(Vec) / sizeof(T);
  const Vec vv = Vec{} + v;
  std::size_t j = W + 1;  // cells [j, W] are done
  while (j >= w + 2 * L) {
    j -= 2 * L;
    Vec a0, a1, b0, b1;
    std::memcpy(&a0, dst + j, sizeof a0);
    std::memcpy(&a1, dst + j + L, sizeof a1);
    std::memcpy(&b0, src + j - w, sizeof b0);
    std::memcpy(&b1, src + j + L - w, sizeof b1);
    b0 += vv;
    b1 += vv;
    a0 = b0 > a0 ? b0 : a0;
    a1 = b1 > a1 ? b1 : a1;
    std::memcpy(dst + j, &a0, sizeof a0);
    std::memcpy(dst + j + L, &a1, sizeof a1);
  }
  if (j > w) relax_down_scalar(dst, src, j - 1, w, v);
}

// Two 0/1 items in one downward sweep, in place: dp2[j] = max(dp1(j), dp1(j-w2) + v2) with
// dp1(x) = max(dp0[x], dp0[x-w1] + v1). Every read is at an index <= j, still dp0 while the sweep
// is above it, so the row streams through the cache once per two items. Blocks with all four
// indices >= 0 are fused; the cells below (still dp0) get the two items one after the other.
template <class T, class Vec>
inline void relax2_down_body(T* dp, std::size_t W, std::size_t w1, T v1, std::size_t w2, T v2) {
  constexpr std::size_t L = sizeof(Vec) / sizeof(T);
  const Vec a1 = Vec{} + v1, a2 = Vec{} + v2;
  const std::size_t lo = w1 + w2;
  std::size_t j = W + 1;  // cells [j, W] hold dp2
  while (j >= lo + L) {
    j -= L;
    Vec x0, x1, y0, y1;
    std::memcpy(&x0, dp + j, sizeof x0);
    std::memcpy(&x1, dp + j - w1, sizeof x1);
    std::memcpy(&y0, dp + j - w2, sizeof y0);
    std::memcpy(&y1, dp + j - lo, sizeof y1);
    x1 += a1;
    y1 += a1;
    x0 = x1 > x0 ? x1 : x0;  // dp1(j)
    y0 = y1 > y0 ? y1 : y0;  // dp1(j - w2)
    y0 += a2;
    x0 = y0 > x0 ? y0 : x0;
    std::memcpy(dp + j, &x0, sizeof x0);
  }
  if (j > 0) {
    relax_down_body<T, Vec>(dp, dp, j - 1, w1, v1);
    relax_down_body<T, Vec>(dp, dp, j - 1, w2, v2);
  }
}

template <class T, class Vec>
inline void relax_up_body(T* dp, std::size_t W, std::size_t w, T v) {
  constexpr std::size_t L = sizeof(Vec) / sizeof(T);
  if (w < L) {
    relax_up_scalar(dp, W, w, v);
    return;
  }
  const Vec vv = Vec{} + v;
  std::size_t j = w;
  for (; j + L <= W + 1; j += L) {
    Vec a, b;
    std::memcpy(&a, dp + j, sizeof a);
    std::memcpy(&b, dp + j - w, sizeof b);
    b += vv;
    a = b > a ? b : a;
    std::memcpy(dp + j, &a, sizeof a);
  }
  for (; j <= W; ++j) {
    const T c = dp[j - w] + v;
    if (dp[j] < c) dp[j] = c;
  }
}

template <class Vec>
inline void shift_or_body(std::uint64_t* b, std::size_t nw, std::size_t s) {
  constexpr std::size_t L = sizeof(Vec) / 8;
  const std::size_t q = s / 64, r = s % 64;
  if (q >= nw) return;
  if (r == 0) {
    std::size_t k = nw;  // words [k, nw) are done
    while (k >= q + L) {
      k -= L;
      Vec x, y;
      std::memcpy(&x, b + k, sizeof x);
      std::memcpy(&y, b + k - q, sizeof y);
      x |= y;
      std::memcpy(b + k, &x, sizeof x);
    }
    while (k-- > q) b[k] |= b[k - q];
    return;
  }
  const unsigned long long rl = r, rh = 64 - r;
  std::size_t k = nw;
  while (k >= q + 1 + L) {
    k -= L;
    Vec x, hi, lo;
    std::memcpy(&x, b + k, sizeof x);
    std::memcpy(&hi, b + k - q, sizeof hi);
    std::memcpy(&lo, b + k - q - 1, sizeof lo);
    x |= (hi << rl) | (lo >> rh);
    std::memcpy(b + k, &x, sizeof x);
  }
  while (k-- > q) {
    std::uint64_t x = b[k - q] << r;
    if (k > q) x |= b[k - q - 1] >> rh;
    b[k] |= x;
  }
}

__attribute__((target("avx2"))) inline void relax_down_avx2(long long* d, const long long* s,
                                                            std::size_t W, std::size_t w,
                                                            long long v) {
  relax_down_body<long long, knap_i64x4>(d, s, W, w, v);
}
__attribute__((target("avx512f"))) inline void relax_down_avx512(long long* d, const long long* s,
                                                                 std::size_t W, std::size_t w,
                                                                 long long v) {
  relax_down_body<long long, knap_i64x8>(d, s, W, w, v);
}
__attribute__((target("avx2"))) inline void relax_down_avx2(int* d, const int* s, std::size_t W,
                                                            std::size_t w, int v) {
  relax_down_body<int, knap_i32x8>(d, s, W, w, v);
}
__attribute__((target("avx512f"))) inline void relax_down_avx512(int* d, const int* s,
                                                                 std::size_t W, std::size_t w,
                                                                 int v) {
  relax_down_body<int, knap_i32x16>(d, s, W, w, v);
}
__attribute__((target("avx2"))) inline void relax2_down_avx2(long long* d, std::size_t W,
                                                             std::size_t w1, long long v1,
                                                             std::size_t w2, long long v2) {
  relax2_down_body<long long, knap_i64x4>(d, W, w1, v1, w2, v2);
}
__attribute__((target("avx512f"))) inline void relax2_down_avx512(long long* d, std::size_t W,
                                                                  std::size_t w1, long long v1,
                                                                  std::size_t w2, long long v2) {
  relax2_down_body<long long, knap_i64x8>(d, W, w1, v1, w2, v2);
}
__attribute__((target("avx2"))) inline void relax2_down_avx2(int* d, std::size_t W, std::size_t w1,
                                                             int v1, std::size_t w2, int v2) {
  relax2_down_body<int, knap_i32x8>(d, W, w1, v1, w2, v2);
}
__attribute__((target("avx512f"))) inline void relax2_down_avx512(int* d, std::size_t W,
                                                                  std::size_t w1, int v1,
                                                                  std::size_t w2, int v2) {
  relax2_down_body<int, knap_i32x16>(d, W, w1, v1, w2, v2);
}
__attribute__((target("avx2"))) inline void relax_up_avx2(long long* d, std::size_t W,
                                                          std::size_t w, long long v) {
  relax_up_body<long long, knap_i64x4>(d, W, w, v);
}
__attribute__((target("avx512f"))) inline void relax_up_avx512(long long* d, std::size_t W,
                                                               std::size_t w, long long v) {
  relax_up_body<long long, knap_i64x8>(d, W, w, v);
}
__attribute__((target("avx2"))) inline void relax_up_avx2(int* d, std::size_t W, std::size_t w,
                                                          int v) {
  relax_up_body<int, knap_i32x8>(d, W, w, v);
}
__attribute__((target("avx512f"))) inline void relax_up_avx512(int* d, std::size_t W, std::size_t w,
                                                               int v) {
  relax_up_body<int, knap_i32x16>(d, W, w, v);
}
__attribute__((target("avx2"))) inline void shift_or_avx2(std::uint64_t* b, std::size_t nw,
                                                          std::size_t s) {
  shift_or_body<knap_u64x4>(b, nw, s);
}
__attribute__((target("avx512f"))) inline void shift_or_avx512(std::uint64_t* b, std::size_t nw,
                                                               std::size_t s) {
  shift_or_body<knap_u64x8>(b, nw, s);
}

// 0 = portable, 1 = AVX2, 2 = AVX-512F. Checked once per program.
inline int simd_level() {
  static const int level = [] {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return 2;
    if (__builtin_cpu_supports("avx2")) return 1;
    return 0;
  }();
  return level;
}
#else
inline int simd_level() { return 0; }
#endif

// Lets tests force the portable path: -1 = use the CPU's best, else min(level, CPU's best).
inline int& simd_override() {
  static int o = -1;
  return o;
}
inline int simd_use() {
  const int best = simd_level();
  const int o = simd_override();
  return o < 0 ? best : std::min(o, best);
}

template <class T>
struct simd_lane : std::integral_constant<bool, std::is_same<T, long long>::value ||
                                                    std::is_same<T, int>::value> {};

// Dispatchers. T other than int / long long (double, __int128, long on some ABIs...) runs scalar.
template <class T>
inline void relax_down(T* dst, const T* src, std::size_t W, std::size_t w, T v) {
  if (w > W) return;
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  if constexpr (simd_lane<T>::value) {
    const int lv = simd_use();
    if (lv == 2) return relax_down_avx512(dst, src, W, w, v);
    if (lv == 1) return relax_down_avx2(dst, src, W, w, v);
  }
#endif
  relax_down_scalar(dst, src, W, w, v);
}

// Two items at once (see relax2_down_body); the portable path applies them one after the other.
template <class T>
inline void relax2_down(T* dp, std::size_t W, std::size_t w1, T v1, std::size_t w2, T v2) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  if constexpr (simd_lane<T>::value) {
    const int lv = simd_use();
    if (lv == 2 && w1 + w2 <= W) return relax2_down_avx512(dp, W, w1, v1, w2, v2);
    if (lv == 1 && w1 + w2 <= W) return relax2_down_avx2(dp, W, w1, v1, w2, v2);
  }
#endif
  relax_down(dp, dp, W, w1, v1);
  relax_down(dp, dp, W, w2, v2);
}

template <class T>
inline void relax_up(T* dp, std::size_t W, std::size_t w, T v) {
  if (w > W) return;
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  if constexpr (simd_lane<T>::value) {
    const int lv = simd_use();
    if (lv == 2) return relax_up_avx512(dp, W, w, v);
    if (lv == 1) return relax_up_avx2(dp, W, w, v);
  }
#endif
  relax_up_scalar(dp, W, w, v);
}

inline void shift_or(std::uint64_t* b, std::size_t nw, std::size_t s) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  const int lv = simd_use();
  if (lv == 2) return shift_or_avx512(b, nw, s);
  if (lv == 1) return shift_or_avx2(b, nw, s);
#endif
  shift_or_scalar(b, nw, s);
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
                "cpkit knapsack: the value type must be a signed integer or a floating type");
}

template <class Wt>
constexpr void check_weight_type() {
  static_assert(std::is_integral<Wt>::value, "cpkit knapsack: weights must be integers");
}

inline std::size_t lowest_bit(std::uint64_t x) {  // x != 0
#if defined(__GNUC__)
  return static_cast<std::size_t>(__builtin_ctzll(x));
#else
  std::size_t i = 0;
  while (((x >> i) & 1U) == 0) ++i;
  return i;
#endif
}

inline std::size_t highest_bit(std::uint64_t x) {  // x != 0: number of leading zero bits
#if defined(__GNUC__)
  return static_cast<std::size_t>(__builtin_clzll(x));
#else
  std::size_t i = 0;
  while (((x >> (63 - i)) & 1U) == 0) ++i;
  return i;
#endif
}

inline void check_capacity(long long W) {
  assert(W >= 0);
  assert(W < (1LL << 40) && "cpkit knapsack: W+1 cells must fit in memory");
  (void)W;
}

}  // namespace detail

// ---- 0/1 knapsack, streaming form ------------------------------------------------------------
// knapsack_01_dp<V> dp(W, exact, keep_choices); dp.add(w, v) for each item (O(W) each);
// dp.value(j): best value with weight <= j (or exactly j when exact; knapsack_unreachable<V> if
// none); dp.row(); dp.items(j): indices (in add order) of an optimal set for j, needs keep_choices
// (N*(W+1) bits). While the values added so far sum to <= 2^29 and V is a 64-bit integer, the row
// is kept in int32 (twice the SIMD lanes); it widens to int64 when the sum grows past that.
template <class V = long long>
class knapsack_01_dp {
  using cell = detail::knap_cell<V>;
  static constexpr bool narrowable = std::is_same<cell, long long>::value;
  static constexpr long long narrow_limit = 1LL << 29;

 public:
  explicit knapsack_01_dp(long long capacity, bool exact = false, bool keep_choices = false)
      : cap_(capacity), exact_(exact), keep_(keep_choices) {
    detail::check_value_type<V>();
    detail::check_capacity(capacity);
    const std::size_t n = static_cast<std::size_t>(capacity) + 1;
    words_ = (n + 63) / 64;
    if (narrowable) {
      narrow_ = true;
      row32_.assign(n, exact ? -(1 << 30) : 0);
      row32_[0] = 0;
    } else {
      row_.assign(n, exact ? detail::knap_neg<cell>() : cell(0));
      row_[0] = 0;
    }
  }

  void add(long long w, V v) {
    assert(w >= 0 && "cpkit knapsack: weights must be non-negative");
    assert(v >= 0 && "cpkit knapsack: values must be non-negative");
    assert(sum_ <= detail::knap_max_sum<V>() - v &&
           "cpkit knapsack: sum of values must be <= max(V)/4");
    sum_ += v;
    weights_.push_back(w);
    if (narrow_ && static_cast<long long>(sum_) > narrow_limit) widen();
    const std::size_t W = static_cast<std::size_t>(cap_);
    if (keep_) {
      choice_.resize(choice_.size() + words_, 0);
      if (w <= cap_) add_keep(static_cast<std::size_t>(w), v);
      return;
    }
    if (w > cap_) return;
    if (narrow_) {
      detail::relax_down(row32_.data(), row32_.data(), W, static_cast<std::size_t>(w),
                         static_cast<int>(v));
    } else {
      detail::relax_down(row_.data(), row_.data(), W, static_cast<std::size_t>(w),
                         static_cast<cell>(v));
    }
  }

  // All items of w, v in order, the same as add() for each, but without keep_choices two items
  // share one sweep over the row (half the memory traffic).
  template <class Wt>
  void add_all(const std::vector<Wt>& w, const std::vector<V>& v) {
    detail::check_weight_type<Wt>();
    assert(w.size() == v.size());
    std::size_t i = 0;
    while (i < w.size()) {
      if (keep_ || i + 1 == w.size()) {
        add(static_cast<long long>(w[i]), v[i]);
        ++i;
        continue;
      }
      const long long w1 = static_cast<long long>(w[i]), w2 = static_cast<long long>(w[i + 1]);
      const V v1 = v[i], v2 = v[i + 1];
      if (w1 > cap_ || w2 > cap_) {  // nothing to fuse
        add(w1, v1);
        ++i;
        continue;
      }
      assert(w1 >= 0 && w2 >= 0 && "cpkit knapsack: weights must be non-negative");
      assert(v1 >= 0 && v2 >= 0 && "cpkit knapsack: values must be non-negative");
      assert(sum_ <= detail::knap_max_sum<V>() - v1 &&
             sum_ + v1 <= detail::knap_max_sum<V>() - v2 &&
             "cpkit knapsack: sum of values must be <= max(V)/4");
      sum_ += v1 + v2;
      weights_.push_back(w1);
      weights_.push_back(w2);
      if (narrow_ && static_cast<long long>(sum_) > narrow_limit) widen();
      const std::size_t W = static_cast<std::size_t>(cap_);
      if (narrow_) {
        detail::relax2_down(row32_.data(), W, static_cast<std::size_t>(w1), static_cast<int>(v1),
                            static_cast<std::size_t>(w2), static_cast<int>(v2));
      } else {
        detail::relax2_down(row_.data(), W, static_cast<std::size_t>(w1), static_cast<cell>(v1),
                            static_cast<std::size_t>(w2), static_cast<cell>(v2));
      }
      i += 2;
    }
  }

  long long capacity() const { return cap_; }
  std::size_t size() const { return weights_.size(); }

  V value(long long j) const {
    assert(0 <= j && j <= cap_);
    const std::size_t k = static_cast<std::size_t>(j);
    const cell c = narrow_ ? static_cast<cell>(row32_[k]) : row_[k];
    return c < 0 ? knapsack_unreachable<V> : static_cast<V>(c);
  }

  // Best value over the whole row: value(W) when !exact, the best reachable cell when exact.
  V best() const {
    if (!exact_) return value(cap_);
    V b = 0;  // j = 0 is always reachable
    for (long long j = 0; j <= cap_; ++j) b = std::max(b, value(j));
    return b;
  }

  std::vector<V> row() const {
    std::vector<V> r(static_cast<std::size_t>(cap_) + 1);
    for (long long j = 0; j <= cap_; ++j) r[static_cast<std::size_t>(j)] = value(j);
    return r;
  }

  // Items of an optimal set for capacity j (weight <= j, or exactly j when exact; then j must be
  // reachable). Walks the choice bits backwards: item i was taken at cell c iff it improved c.
  std::vector<int> items(long long j) const {
    assert(keep_ && "cpkit knapsack: build with keep_choices = true to reconstruct");
    assert(0 <= j && j <= cap_);
    assert(!exact_ || value(j) != knapsack_unreachable<V>);
    std::vector<int> out;
    std::size_t c = static_cast<std::size_t>(j);
    for (std::size_t i = weights_.size(); i-- > 0;) {
      if ((choice_[i * words_ + c / 64] >> (c % 64)) & 1U) {
        out.push_back(static_cast<int>(i));
        c -= static_cast<std::size_t>(weights_[i]);
      }
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  void widen() {
    narrow_ = false;
    row_.resize(row32_.size());
    for (std::size_t j = 0; j < row32_.size(); ++j) {
      row_[j] = row32_[j] < 0 ? detail::knap_neg<cell>() : static_cast<cell>(row32_[j]);
    }
    std::vector<int>().swap(row32_);
  }

  template <class T>
  void keep_loop(std::vector<T>& r, std::size_t w, T v) {
    std::uint64_t* bits = choice_.data() + (weights_.size() - 1) * words_;
    for (std::size_t j = r.size(); j-- > w;) {
      const T c = r[j - w] + v;
      if (r[j] < c) {
        r[j] = c;
        bits[j / 64] |= std::uint64_t(1) << (j % 64);
      }
    }
  }

  void add_keep(std::size_t w, V v) {
    if (narrow_) {
      keep_loop(row32_, w, static_cast<int>(v));
    } else {
      keep_loop(row_, w, static_cast<cell>(v));
    }
  }

  long long cap_;
  bool exact_, keep_;
  bool narrow_ = false;
  V sum_ = 0;
  std::size_t words_ = 0;
  std::vector<int> row32_;
  std::vector<cell> row_;
  std::vector<long long> weights_;
  std::vector<std::uint64_t> choice_;
};

// ---- 0/1 free functions ----------------------------------------------------------------------
template <class Wt, class V>
std::vector<V> knapsack_01_row(const std::vector<Wt>& w, const std::vector<V>& v, long long W,
                               bool exact = false) {
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  knapsack_01_dp<V> dp(W, exact);
  dp.add_all(w, v);
  return dp.row();
}

template <class Wt, class V>
V knapsack_01(const std::vector<Wt>& w, const std::vector<V>& v, long long W) {
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  knapsack_01_dp<V> dp(W);
  dp.add_all(w, v);
  return dp.value(W);
}

template <class Wt, class V>
knapsack_solution<V> knapsack_01_items(const std::vector<Wt>& w, const std::vector<V>& v,
                                       long long W) {
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  knapsack_01_dp<V> dp(W, false, true);
  for (std::size_t i = 0; i < w.size(); ++i) dp.add(static_cast<long long>(w[i]), v[i]);
  return {dp.value(W), dp.items(W)};
}

// ---- unbounded ---------------------------------------------------------------------------------
// Row runs j upwards: dp[j-w] already holds copies of this item, so it can be taken again.
template <class Wt, class V>
std::vector<V> knapsack_unbounded_row(const std::vector<Wt>& w, const std::vector<V>& v,
                                      long long W, bool exact = false) {
  detail::check_value_type<V>();
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(w.size() == v.size());
  using cell = detail::knap_cell<V>;
  std::vector<cell> r(static_cast<std::size_t>(W) + 1, exact ? detail::knap_neg<cell>() : cell(0));
  r[0] = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    assert(w[i] >= 0 && v[i] >= 0);
    assert((w[i] > 0 || v[i] == 0) && "cpkit knapsack: unbounded item of weight 0 and value > 0");
    // Each cell holds at most W/w copies; the bound on the sum is asserted as max(v)*W <= max/4.
    assert(w[i] == 0 || static_cast<long long>(w[i]) > W ||
           v[i] <= detail::knap_max_sum<V>() / static_cast<V>(W / static_cast<long long>(w[i])));
    if (w[i] == 0) continue;
    detail::relax_up(r.data(), static_cast<std::size_t>(W), static_cast<std::size_t>(w[i]),
                     static_cast<cell>(v[i]));
  }
  std::vector<V> out(r.size());
  for (std::size_t j = 0; j < r.size(); ++j)
    out[j] = r[j] < 0 ? knapsack_unreachable<V> : static_cast<V>(r[j]);
  return out;
}

template <class Wt, class V>
V knapsack_unbounded(const std::vector<Wt>& w, const std::vector<V>& v, long long W) {
  return knapsack_unbounded_row(w, v, W).back();
}

// ---- bounded
// -------------------------------------------------------------------------------------
namespace detail {

// One bounded item (weight w >= 1, value v, m copies) on row r by the monotone queue: for each
// residue class c mod w, new[c + k*w] = max_{k-m <= t <= k} (old[c + t*w] + (k-t)*v); the window
// keeps candidates t in a deque whose values old[t] + (k-t)*v decrease from head to tail. Values
// are compared through differences (k-t)*v <= m*v, never k*v, so nothing overflows. O(W) per item.
template <class T>
void bounded_monotone(std::vector<T>& r, std::size_t w, T v, std::size_t m, std::vector<T>& old,
                      std::vector<std::size_t>& dq) {
  const std::size_t W = r.size() - 1;
  for (std::size_t c = 0; c < w && c <= W; ++c) {
    const std::size_t cnt = (W - c) / w + 1;
    std::size_t head = 0, tail = 0;
    for (std::size_t k = 0; k < cnt; ++k) {
      const std::size_t p = c + k * w;
      old[k] = r[p];
      if (tail > head && dq[head] + m < k) ++head;
      // t (in the deque) is dominated by k when old[t] + (k-t)*v <= old[k].
      while (tail > head && old[dq[tail - 1]] + static_cast<T>(k - dq[tail - 1]) * v <= old[k])
        --tail;
      dq[tail++] = k;
      const std::size_t h = dq[head];
      r[p] = old[h] + static_cast<T>(k - h) * v;
    }
  }
}

}  // namespace detail

template <class Wt, class V, class Mt>
std::vector<V> knapsack_bounded_row(const std::vector<Wt>& w, const std::vector<V>& v,
                                    const std::vector<Mt>& m, long long W, bool exact = false,
                                    bounded_method how = bounded_method::automatic) {
  detail::check_value_type<V>();
  detail::check_weight_type<Wt>();
  detail::check_weight_type<Mt>();
  detail::check_capacity(W);
  assert(w.size() == v.size() && w.size() == m.size());
  using cell = detail::knap_cell<V>;
  const std::size_t Wz = static_cast<std::size_t>(W);
  std::vector<cell> r(Wz + 1, exact ? detail::knap_neg<cell>() : cell(0));
  r[0] = 0;
  std::vector<cell> old;
  std::vector<std::size_t> dq;
  V sum = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    assert(w[i] >= 0 && v[i] >= 0 && m[i] >= 0);
    const long long wi = static_cast<long long>(w[i]);
    long long mi = static_cast<long long>(m[i]);
    if (mi == 0) continue;
    if (wi == 0) {  // all copies fit at no weight: one item of value m*v
      assert(v[i] == 0 || mi <= detail::knap_max_sum<V>() / v[i]);
      const V tv = static_cast<V>(mi) * v[i];
      assert(sum <= detail::knap_max_sum<V>() - tv);
      sum += tv;
      detail::relax_down(r.data(), r.data(), Wz, 0, static_cast<cell>(tv));
      continue;
    }
    if (wi > W) continue;
    mi = std::min(mi, W / wi);  // more copies never fit
    assert(mi <= detail::knap_max_sum<V>() / std::max<V>(v[i], 1));
    const V tv = static_cast<V>(mi) * v[i];
    assert(sum <= detail::knap_max_sum<V>() - tv &&
           "cpkit knapsack: sum of m_i*v_i must be <= max(V)/4");
    sum += tv;
    const cell vi = static_cast<cell>(v[i]);
    const std::size_t wz = static_cast<std::size_t>(wi);
    if (mi == W / wi && how != bounded_method::binary_split &&
        how != bounded_method::monotone_queue) {
      detail::relax_up(r.data(), Wz, wz, vi);  // as many copies as fit: unbounded
      continue;
    }
    int pieces = 0;
    for (long long x = mi; x > 0; x >>= 1) ++pieces;
    // Cost per row cell, measured: a 0/1 pass ~0.1 ns (AVX-512), ~0.2 ns (AVX2), ~0.55 ns
    // (scalar); the monotone queue ~3-5 ns. So with SIMD splitting wins up to ~16 pieces
    // (m < 65536), without up to ~6 pieces (m < 64).
    const bool split =
        how == bounded_method::binary_split ||
        (how == bounded_method::automatic && pieces <= (detail::simd_use() > 0 ? 16 : 6));
    if (split) {
      for (long long k = 1, left = mi; left > 0; k <<= 1) {
        const long long take = std::min(k, left);
        left -= take;
        if (take * wi > W) break;
        detail::relax_down(r.data(), r.data(), Wz, static_cast<std::size_t>(take * wi),
                           static_cast<cell>(take) * vi);
      }
    } else {
      old.resize(Wz / wz + 1);
      dq.resize(Wz / wz + 1);
      detail::bounded_monotone(r, wz, vi, static_cast<std::size_t>(mi), old, dq);
    }
  }
  std::vector<V> out(r.size());
  for (std::size_t j = 0; j < r.size(); ++j)
    out[j] = r[j] < 0 ? knapsack_unreachable<V> : static_cast<V>(r[j]);
  return out;
}

template <class Wt, class V, class Mt>
V knapsack_bounded(const std::vector<Wt>& w, const std::vector<V>& v, const std::vector<Mt>& m,
                   long long W, bounded_method how = bounded_method::automatic) {
  return knapsack_bounded_row(w, v, m, W, false, how).back();
}

// ---- group (multiple choice)
// --------------------------------------------------------------------- groups[g] = list of
// (weight, value); at most one item of each group. Each group reads the row of the previous groups
// (old) and writes a new one, so two items of a group never combine.
template <class Wt, class V>
std::vector<V> knapsack_group_row(const std::vector<std::vector<std::pair<Wt, V>>>& groups,
                                  long long W, bool exact = false) {
  detail::check_value_type<V>();
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  using cell = detail::knap_cell<V>;
  const std::size_t Wz = static_cast<std::size_t>(W);
  std::vector<cell> old(Wz + 1, exact ? detail::knap_neg<cell>() : cell(0)), cur;
  old[0] = 0;
  V sum = 0;
  for (const auto& g : groups) {
    cur = old;
    V gmax = 0;
    for (const auto& it : g) {
      assert(it.first >= 0 && it.second >= 0);
      gmax = std::max(gmax, it.second);
      if (static_cast<long long>(it.first) > W) continue;
      detail::relax_down(cur.data(), old.data(), Wz, static_cast<std::size_t>(it.first),
                         static_cast<cell>(it.second));
    }
    assert(sum <= detail::knap_max_sum<V>() - gmax &&
           "cpkit knapsack: sum of group maxima must be <= max(V)/4");
    sum += gmax;
    old.swap(cur);
  }
  std::vector<V> out(old.size());
  for (std::size_t j = 0; j < old.size(); ++j)
    out[j] = old[j] < 0 ? knapsack_unreachable<V> : static_cast<V>(old[j]);
  return out;
}

template <class Wt, class V>
V knapsack_group(const std::vector<std::vector<std::pair<Wt, V>>>& groups, long long W) {
  return knapsack_group_row(groups, W).back();
}

// ---- value-indexed DP (large weights, small values)
// ----------------------------------------------- min_weight[s] = least total weight of a subset of
// value exactly s (-1 if none), s = 0..sum v. Runs the same max kernel on -weight: -minw[s] =
// max(-minw[s], -minw[s-v] - w).
template <class Wt, class V>
std::vector<long long> knapsack_min_weight_by_value(const std::vector<Wt>& w,
                                                    const std::vector<V>& v) {
  static_assert(std::is_integral<V>::value, "cpkit knapsack: the value DP needs integer values");
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  long long sv = 0, sw = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    assert(w[i] >= 0 && v[i] >= 0);
    assert(static_cast<long long>(w[i]) <= (1LL << 61) - sw &&
           "cpkit knapsack: sum of weights must be <= 2^61");
    sw += static_cast<long long>(w[i]);
    sv += static_cast<long long>(v[i]);
  }
  detail::check_capacity(sv);
  const std::size_t S = static_cast<std::size_t>(sv);
  std::vector<long long> neg(S + 1, detail::knap_neg<long long>());
  neg[0] = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    detail::relax_down(neg.data(), neg.data(), S, static_cast<std::size_t>(v[i]),
                       -static_cast<long long>(w[i]));
  }
  std::vector<long long> out(S + 1);
  for (std::size_t s = 0; s <= S; ++s) out[s] = neg[s] < -(1LL << 61) ? -1 : -neg[s];
  return out;
}

template <class Wt, class V>
V knapsack_01_by_value(const std::vector<Wt>& w, const std::vector<V>& v, long long W) {
  assert(W >= 0);
  const std::vector<long long> mw = knapsack_min_weight_by_value(w, v);
  for (std::size_t s = mw.size(); s-- > 0;) {
    if (mw[s] >= 0 && mw[s] <= W) return static_cast<V>(s);
  }
  return 0;
}

// ---- meet in the middle
// ----------------------------------------------------------------------------
namespace detail {

struct mitm_state {
  long long w, v;
  std::uint32_t mask;
};

// Keeps the Pareto front of a weight-sorted list: weight increasing, value strictly increasing,
// weight <= W. A dropped state is dominated (another is no heavier and at least as valuable),
// so no optimal combination needs it.
inline void mitm_prune(std::vector<mitm_state>& a, long long W) {
  std::size_t n = 0;
  for (const auto& s : a) {
    if (s.w > W) break;
    if (n > 0 && a[n - 1].v >= s.v) continue;
    if (n > 0 && a[n - 1].w == s.w) --n;
    a[n++] = s;
  }
  a.resize(n);
}

// The non-dominated subsets of items [from, from+k) with weight <= W, sorted by weight, built by
// merging the list with itself shifted by each item (no sort). At most 2^k states.
inline std::vector<mitm_state> mitm_half(const std::vector<long long>& w,
                                         const std::vector<long long>& v, std::size_t from,
                                         std::size_t k, long long W) {
  std::vector<mitm_state> a{{0, 0, 0}}, b, out;
  for (std::size_t i = 0; i < k; ++i) {
    b.clear();
    for (const auto& s : a) {
      if (s.w > W - w[from + i]) break;  // sorted: the rest are heavier still
      b.push_back({s.w + w[from + i], s.v + v[from + i], s.mask | (1U << i)});
    }
    out.resize(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), out.begin(),
               [](const mitm_state& x, const mitm_state& y) { return x.w < y.w; });
    mitm_prune(out, W);
    a.swap(out);
  }
  return a;
}

}  // namespace detail

template <class Wt, class V>
knapsack_solution<V> knapsack_01_mitm(const std::vector<Wt>& w, const std::vector<V>& v,
                                      long long W) {
  static_assert(std::is_integral<V>::value,
                "cpkit knapsack: meet in the middle uses integer values");
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  assert(w.size() <= 44 && "cpkit knapsack: meet in the middle is for N <= 44");
  assert(W >= 0);
  std::vector<long long> ww(w.size()), vv(w.size());
  long long sw = 0, sv = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    assert(w[i] >= 0 && v[i] >= 0);
    ww[i] = static_cast<long long>(w[i]);
    vv[i] = static_cast<long long>(v[i]);
    assert(ww[i] <= std::numeric_limits<long long>::max() - sw &&
           vv[i] <= std::numeric_limits<long long>::max() - sv);
    sw += ww[i];
    sv += vv[i];
  }
  const std::size_t h = w.size() / 2;
  const std::vector<detail::mitm_state> A = detail::mitm_half(ww, vv, 0, h, W);
  const std::vector<detail::mitm_state> B = detail::mitm_half(ww, vv, h, w.size() - h, W);
  // Two pointers: as A's weight grows, the best B that still fits moves left.
  long long best = -1;
  std::uint64_t best_mask = 0;
  std::size_t p = B.size();
  for (const auto& a : A) {
    if (a.w > W) break;
    while (p > 0 && B[p - 1].w > W - a.w) --p;
    if (p == 0) break;
    const long long val = a.v + B[p - 1].v;
    if (val > best) {
      best = val;
      best_mask = a.mask | (std::uint64_t(B[p - 1].mask) << h);
    }
  }
  knapsack_solution<V> res;
  res.value = static_cast<V>(best);
  for (std::size_t i = 0; i < w.size(); ++i) {
    if ((best_mask >> i) & 1U) res.items.push_back(static_cast<int>(i));
  }
  return res;
}

// ---- automatic choice for 0/1 max value
// -------------------------------------------------------------- Estimated cost in cell updates:
// weight DP N*min(W, sum w); value DP N*sum v (integer V only); meet in the middle ~ 2^(N/2) * (N/2
// + 8). A method is feasible only if its table fits (2^28 cells).
template <class Wt, class V>
V knapsack_01_auto(const std::vector<Wt>& w, const std::vector<V>& v, long long W) {
  detail::check_weight_type<Wt>();
  assert(w.size() == v.size());
  assert(W >= 0);
  const double n = static_cast<double>(w.size());
  double sw = 0, sv = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    sw += static_cast<double>(w[i]);
    sv += static_cast<double>(v[i]);
  }
  const double inf = std::numeric_limits<double>::infinity();
  const double limit = double(1 << 28);
  const double wcap = std::min(static_cast<double>(W), sw);
  const double cost_w = wcap <= limit ? n * (wcap + 1) : inf;
  double cost_v = inf;
  if constexpr (std::is_integral<V>::value) {
    if (sv <= limit) cost_v = n * (sv + 1);
  }
  double cost_m = inf;
  if (w.size() <= 44) {
    const double half = std::ceil(n / 2);
    cost_m = std::ldexp(1.0, static_cast<int>(half)) * (half + 8);
  }
  assert((cost_w < inf || cost_v < inf || cost_m < inf) &&
         "cpkit knapsack: no method fits this instance");
  if (cost_w <= cost_v && cost_w <= cost_m) {
    return knapsack_01(w, v, static_cast<long long>(wcap));
  }
  if constexpr (std::is_integral<V>::value) {
    if (cost_v <= cost_m) return knapsack_01_by_value(w, v, W);
    return knapsack_01_mitm(w, v, W).value;
  } else {
    return knapsack_01(w, v, static_cast<long long>(wcap));  // unreachable: mitm needs integer V
  }
}

// ---- subset sum
// ----------------------------------------------------------------------------------------
namespace detail {

// Bit j of the result (j = 0..W) is set iff some subset of w sums to exactly j: b |= b << w_i.
template <class Wt>
std::vector<std::uint64_t> subset_sum_bits(const std::vector<Wt>& w, long long W) {
  check_weight_type<Wt>();
  check_capacity(W);
  const std::size_t n = static_cast<std::size_t>(W) + 1, nw = (n + 63) / 64;
  std::vector<std::uint64_t> b(nw, 0);
  b[0] = 1;
  const std::uint64_t top = n % 64 == 0 ? ~std::uint64_t(0) : (std::uint64_t(1) << (n % 64)) - 1;
  for (const Wt x : w) {
    assert(x >= 0);
    if (static_cast<long long>(x) > W || x == 0) continue;
    shift_or(b.data(), nw, static_cast<std::size_t>(x));
    b[nw - 1] &= top;
  }
  return b;
}

}  // namespace detail

// reachable[j] for j = 0..W: some subset of w sums to exactly j.
template <class Wt>
std::vector<bool> subset_sum_row(const std::vector<Wt>& w, long long W) {
  const std::vector<std::uint64_t> b = detail::subset_sum_bits(w, W);
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<bool> out(n);
  for (std::size_t j = 0; j < n; ++j) out[j] = (b[j / 64] >> (j % 64)) & 1U;
  return out;
}

template <class Wt>
bool subset_sum(const std::vector<Wt>& w, long long t) {
  const std::vector<std::uint64_t> b = detail::subset_sum_bits(w, t);
  const std::size_t k = static_cast<std::size_t>(t);
  return (b[k / 64] >> (k % 64)) & 1U;
}

// One subset (indices, increasing) summing to exactly t, or nullopt. first[j] = the item whose
// step first made j reachable; then j - w[first[j]] was reachable before that item, so walking
// j -> j - w[first[j]] takes strictly decreasing, hence distinct, items.
template <class Wt>
std::optional<std::vector<int>> subset_sum_witness(const std::vector<Wt>& w, long long t) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(t);
  const std::size_t n = static_cast<std::size_t>(t) + 1, nw = (n + 63) / 64;
  std::vector<std::uint64_t> b(nw, 0), prev;
  b[0] = 1;
  std::vector<int> first(n, -1);
  const std::uint64_t top = n % 64 == 0 ? ~std::uint64_t(0) : (std::uint64_t(1) << (n % 64)) - 1;
  for (std::size_t i = 0; i < w.size(); ++i) {
    assert(w[i] >= 0);
    if (static_cast<long long>(w[i]) > t || w[i] == 0) continue;
    const std::size_t s = static_cast<std::size_t>(w[i]), q = s / 64, r = s % 64;
    for (std::size_t k = nw; k-- > q;) {
      std::uint64_t x = b[k - q] << r;
      if (r != 0 && k > q) x |= b[k - q - 1] >> (64 - r);
      if (k == nw - 1) x &= top;
      std::uint64_t fresh = x & ~b[k];
      b[k] |= x;
      while (fresh != 0) {
        first[k * 64 + detail::lowest_bit(fresh)] = static_cast<int>(i);
        fresh &= fresh - 1;
      }
    }
    if (first[n - 1] >= 0) break;
  }
  if (t != 0 && first[n - 1] < 0) return std::nullopt;
  std::vector<int> out;
  for (std::size_t j = n - 1; j != 0;) {
    const int i = first[j];
    out.push_back(i);
    j -= static_cast<std::size_t>(w[static_cast<std::size_t>(i)]);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// Pisinger's balanced algorithm: the largest subset sum <= t, in O(N * max w).
// Take the greedy prefix (items 0..b-1 while they fit); then only "balanced" changes are explored:
// add an item when the sum is <= t, remove a prefix item when it is > t, so every sum stays in
// (t - R, t + R] (R = max w). State for sum s: g[s] = the largest p such that a balanced filling of
// sum s keeps all of items 0..p-1 (only items < p may still be removed); -1 if none. When item k
// (k >= b) is considered, removals from sum s only need to try items in [old g[s], new g[s]),
// the others were tried before: that amortises the removals to O(R) per item.
template <class Wt>
long long subset_sum_max_pisinger(const std::vector<Wt>& w, long long t) {
  detail::check_weight_type<Wt>();
  assert(t >= 0);
  const std::size_t n = w.size();
  long long a = 0;
  std::size_t b = 0;
  for (; b < n; ++b) {
    assert(w[b] >= 0);
    if (a + static_cast<long long>(w[b]) > t) break;
    a += static_cast<long long>(w[b]);
  }
  if (b == n) return a;
  long long R = 0;
  for (const Wt x : w) {
    assert(x >= 0);
    R = std::max(R, static_cast<long long>(x));
  }
  assert(R <= (1LL << 32) && "cpkit knapsack: Pisinger keeps 2*max w + 1 ints");
  // index x = s - (t - R) for s in (t - R, t + R]: x in [1, 2R]; x <= R means s <= t.
  const std::size_t Rz = static_cast<std::size_t>(R);
  std::vector<int> g(2 * Rz + 1, -1), old;
  g[static_cast<std::size_t>(a - (t - R))] = static_cast<int>(b);
  for (std::size_t k = b; k < n; ++k) {
    old = g;
    const std::size_t wk = static_cast<std::size_t>(w[k]);
    for (std::size_t x = 1; x <= Rz; ++x) {  // add item k to sums <= t
      if (old[x] > g[x + wk]) g[x + wk] = old[x];
    }
    for (std::size_t x = 2 * Rz; x > Rz; --x) {  // remove prefix items from sums > t, downwards
      for (int j = std::max(old[x], 0); j < g[x]; ++j) {
        const std::size_t y = x - static_cast<std::size_t>(w[static_cast<std::size_t>(j)]);
        if (j > g[y]) g[y] = j;
      }
    }
  }
  for (std::size_t x = Rz; x >= 1; --x) {
    if (g[x] >= 0) return t - R + static_cast<long long>(x);
  }
  assert(false && "cpkit knapsack: pisinger lost the break solution");
  return 0;
}

// Largest subset sum <= t, by whichever is cheaper: the bitset (N*t/64 word steps, ~0.25 ns each
// with SIMD, t/8 bytes) or Pisinger (N*max w steps, ~1-5 ns each, O(max w) memory). Pisinger is
// taken when 1024*max w < t, or when the bitset would pass 2^33 bits.
template <class Wt>
long long subset_sum_max(const std::vector<Wt>& w, long long t) {
  detail::check_weight_type<Wt>();
  assert(t >= 0);
  long long R = 0;
  for (const Wt x : w) {
    assert(x >= 0);
    R = std::max(R, static_cast<long long>(x));
  }
  if (t > (1LL << 33) || (R < (1LL << 40) && R * 1024 < t)) return subset_sum_max_pisinger(w, t);
  const std::vector<std::uint64_t> b = detail::subset_sum_bits(w, t);
  for (std::size_t k = b.size(); k-- > 0;) {
    if (b[k] != 0) return static_cast<long long>(k * 64 + 63 - detail::highest_bit(b[k]));
  }
  return 0;  // unreachable: bit 0 is always set
}

// ---- counting modulo p
// --------------------------------------------------------------------------------- cnt[j] = number
// of subsets (by index) with sum exactly j, mod p. Downwards like 0/1.
template <class Wt>
std::vector<std::uint64_t> count_subsets_mod(const std::vector<Wt>& w, long long W,
                                             std::uint64_t p) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(p >= 1 && p <= (std::uint64_t(1) << 62));
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<std::uint64_t> c(n, 0);
  c[0] = 1 % p;
  for (const Wt x : w) {
    assert(x >= 0);
    if (static_cast<long long>(x) > W) continue;
    const std::size_t s = static_cast<std::size_t>(x);
    for (std::size_t j = n; j-- > s;) {
      const std::uint64_t y = c[j] + c[j - s];
      c[j] = y >= p ? y - p : y;
    }
  }
  return c;
}

// cnt[j] = number of multisets of items (item i any number of times) with sum j, mod p. Upwards.
template <class Wt>
std::vector<std::uint64_t> count_multisets_mod(const std::vector<Wt>& w, long long W,
                                               std::uint64_t p) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(p >= 1 && p <= (std::uint64_t(1) << 62));
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<std::uint64_t> c(n, 0);
  c[0] = 1 % p;
  for (const Wt x : w) {
    assert(x > 0 && "cpkit knapsack: a zero weight gives infinitely many multisets");
    const std::size_t s = static_cast<std::size_t>(x);
    for (std::size_t j = s; j < n; ++j) {
      const std::uint64_t y = c[j] + c[j - s];
      c[j] = y >= p ? y - p : y;
    }
  }
  return c;
}

// cnt[j] = number of ordered sequences of items (repetition allowed) with sum j, mod p:
// cnt[j] = sum_i cnt[j - w_i].
template <class Wt>
std::vector<std::uint64_t> count_sequences_mod(const std::vector<Wt>& w, long long W,
                                               std::uint64_t p) {
  detail::check_weight_type<Wt>();
  detail::check_capacity(W);
  assert(p >= 1 && p <= (std::uint64_t(1) << 62));
  for (const Wt x : w) {
    assert(x > 0 && "cpkit knapsack: a zero weight gives infinitely many sequences");
    (void)x;
  }
  const std::size_t n = static_cast<std::size_t>(W) + 1;
  std::vector<std::uint64_t> c(n, 0);
  c[0] = 1 % p;
  for (std::size_t j = 1; j < n; ++j) {
    std::uint64_t y = 0;
    for (const Wt x : w) {
      const std::size_t s = static_cast<std::size_t>(x);
      if (s <= j) {
        y += c[j - s];
        if (y >= p) y -= p;
      }
    }
    c[j] = y;
  }
  return c;
}

}  // namespace cpkit
