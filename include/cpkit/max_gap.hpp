// Maximum gap: the largest difference between neighbours in sorted order, without sorting.
// max_gap(first, last), max_gap(range): O(n); reads the input 3 times (2 for integers spanning
//   < 8n values, 4 if a wide try fails). Extra memory: a bitmap of <= 2n buckets (8n for those
//   integers), n/8 bytes of ranks, 4 KB, a slot of 2*sizeof(T) bytes (8 for int64) per end of a
//   candidate run: few on random data; if evenly spaced all (per bucket if slots are <= 8 B).
// max_gap_pair(first, last), max_gap_pair(range): the same cost; std::optional<gap_pair<T>>,
//   the gap and the neighbouring pair (lo, hi), the first in sorted order among equal gaps;
//   empty for fewer than two values (max_gap gives 0).
// Types: integers up to 64 bits (not bool), float, double. max_gap_t<T>: for integers the
//   unsigned type of the same width (exact: int64 gives up to 2^64-1); for floating point T,
//   hi - lo rounded as a sort and scan would (+inf on overflow). -0.0 comes before 0.0 (gap 0).
//   A gap to an infinity is +inf, between equal ones 0. Asserted: no NaN; fewer than 2^31 values.
// Method: buckets of width <= (max-min)/(n-1), so the answer crosses buckets (from 2^17 values
//   on, 4x wider first, kept if the bitmap proves it), a bitmap of occupied buckets, then exact
//   min/max only in buckets ending a long enough empty run (a 4 KB group bitmap skips the rest).
// Verified by: problems/maximum-gap; tests/max_gap_test.cpp; bench/max_gap_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {

namespace detail {

// Order-preserving unsigned key of a value: a < b (with -0.0 < 0.0) iff key(a) < key(b).
template <class T, bool = std::is_floating_point<T>::value>
struct gap_key {
  static_assert(std::is_integral<T>::value && !std::is_same<T, bool>::value,
                "cpkit::max_gap: integer or floating-point values only");
  static_assert(sizeof(T) <= 8, "cpkit::max_gap: integers up to 64 bits");
  using key = std::make_unsigned_t<T>;
  using result = key;
  // Signed: the top bit flipped maps [min, max] onto [0, 2^w - 1] in order; key differences
  // (mod 2^w) are the exact differences of the values.
  static constexpr key flip =
      std::is_signed<T>::value ? key(key(1) << (sizeof(T) * CHAR_BIT - 1)) : key(0);
  static key to(T x) { return key(key(x) ^ flip); }
  static T from(key k) { return static_cast<T>(key(k ^ flip)); }
};

template <class T>
struct gap_key<T, true> {
  static_assert(std::numeric_limits<T>::is_iec559 && (sizeof(T) == 4 || sizeof(T) == 8),
                "cpkit::max_gap: float or double (IEEE 754) only");
  using key = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
  using result = T;
  static constexpr int bits = int(sizeof(T) * CHAR_BIT);
  static constexpr key sign = key(key(1) << (bits - 1));
  // Negative: all bits inverted (larger magnitude, smaller key); else the sign bit set. -0.0 ->
  // sign-1, 0.0 -> sign. NaNs land beyond the keys of -inf and +inf (that detects them).
  static key to(T x) {
    key b;
    std::memcpy(&b, &x, sizeof b);
    return key(b ^ (key(key(0) - key(b >> (bits - 1))) | sign));
  }
  static T from(key k) {
    key b = (k & sign) ? key(k ^ sign) : key(~k);
    T x;
    std::memcpy(&x, &b, sizeof x);
    return x;
  }
};

template <class T>
using gap_value_t = typename std::iterator_traits<T>::value_type;

// Population count (baseline x86-64 has no popcnt instruction).
inline std::uint32_t gap_popcount(std::uint64_t x) {
  x -= (x >> 1) & 0x5555555555555555u;
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
  return std::uint32_t((x * 0x0101010101010101u) >> 56);
}

}  // namespace detail

// Result type (see the top comment).
template <class T>
using max_gap_t = typename detail::gap_key<T>::result;

// A largest gap and the neighbours that realise it: gap == hi - lo, lo <= hi.
template <class T>
struct gap_pair {
  max_gap_t<T> gap;
  T lo;
  T hi;
};

namespace detail {

// Given n >= 2 values, lo_key < hi_key as values (keys above hi_key, only +inf, ignored): sets
// `out` to the keys of the first neighbouring pair with the largest gap; returns true.
// Buckets of width w: between occupied buckets i < j (D = j - i) the gap is in ((D-1)w,
// (D+1)w), so only runs with D >= Dmax - 1 (floating point: Dmax - 2, rounding slack) can hold
// the answer. None lies inside a bucket: w <= the mean gap (floating point: half), the
// pigeonhole bound. wide tries 4w first (a bitmap in L2 cache), proved from the bitmap: a gap
// inside a bucket is < w, the answer >= (Dmax-1)w (Dmax >= 2; floating point about (Dmax-2)w,
// Dmax >= 3). Else it returns false.
template <class T, class It>
bool max_gap_core(It first, It last, std::size_t n, typename gap_key<T>::key lo_key,
                  typename gap_key<T>::key hi_key, bool wide,
                  std::pair<typename gap_key<T>::key, typename gap_key<T>::key>& out) {
  using kt = gap_key<T>;
  using key = typename kt::key;
  constexpr bool floating = std::is_floating_point<T>::value;
  assert(n < (std::size_t(1) << 31) && "cpkit::max_gap: fewer than 2^31 values");

  // ---- bucket index, monotone in the value
  std::size_t buckets;
  int shift = 0;  // integers: bucket of key k is (k - lo_key) >> shift
  bool exact = false;  // integers: shift 0, answer read off the bitmap
  using calc = std::conditional_t<floating, std::conditional_t<sizeof(T) == 4, double, T>, double>;
  calc scale_in = 1, origin = 0, scale = 0,
       top = 0;  // floating: min(top, (x*scale_in - origin)*scale)
  if constexpr (floating) {
    // 2n buckets (n/2 if wide): half the mean gap, so rounding cannot put the answer inside a
    // bucket. An overflowing max-min is halved; a subnormal range scaled up by a power of two.
    buckets = wide ? n / 2 : 2 * n;
    const calc mn = calc(kt::from(lo_key)), mx = calc(kt::from(hi_key)), b = calc(buckets);
    calc range = mx - mn;
    if (!(range <= std::numeric_limits<calc>::max())) {
      scale_in = calc(0.5);
    } else if (!(b / range <= std::numeric_limits<calc>::max())) {
      scale_in = std::ldexp(calc(1), std::numeric_limits<calc>::max_exponent / 2);
    }
    origin = mn * scale_in;
    range = mx * scale_in - origin;
    scale = b / range;
    top = b - 1;
  } else {
    // Width 2^shift <= ceil(R/(n-1)) <= answer; buckets = R/2^shift + 1 <= 2(n-1). Wide: shift
    // + 2. Exact (< 2n possible values, or < 8n if not wide): one bucket per value, the bitmap
    // is the sorted set, the answer is read off it (no pass 3).
    const std::uint64_t range = std::uint64_t(key(hi_key - lo_key)), m = std::uint64_t(n - 1);
    exact = range / 8 < std::uint64_t(n) && range < (std::uint64_t(1) << 31) &&
            (!wide || range / 2 < std::uint64_t(n));
    if (!exact) {
      const std::uint64_t mean = range / m + (range % m != 0 ? 1 : 0);
      while (shift < 63 && (mean >> (shift + 1)) != 0) ++shift;  // floor(log2(mean))
      if (wide) shift = std::min(63, shift + 2);
    }
    buckets = std::size_t(range >> shift) + 1;
  }
  // Integers: key(x) - lo_key == x - lo (mod 2^w). By value: bitmap stores cannot alias these.
  key lo_raw = 0;  // integers only (casting a float can be UB)
  if constexpr (!floating) lo_raw = key(kt::from(lo_key));
  auto offset = [=](const T& x) -> std::uint64_t {  // integers: key(x) - lo_key
    return std::uint64_t(key(key(x) - lo_raw));
  };
  auto index = [=](const T& x) -> std::size_t {
    if constexpr (floating) {
      const calc t = std::min(top, (calc(x) * scale_in - origin) * scale);
      return std::size_t(std::int64_t(t));
    } else {
      return std::size_t(offset(x) >> shift);
    }
  };

  // ---- pass 2: occupancy bitmap
  const std::size_t words = (buckets + 63) / 64;
  std::vector<std::uint64_t> bit_store(words, 0);
  std::uint64_t* const bits = bit_store.data();
  for (It it = first; it != last; ++it) {
    const std::size_t i = index(*it);
    bits[i >> 6] |= std::uint64_t(1) << (i & 63);
  }

  // ---- candidate runs: two scans of the bitmap, a word at a time: Dmax, then the pairs with
  // D >= Dmax - slack. Words without a long enough empty run (O(log D) operations) are skipped.
  const std::uint32_t slack = floating ? 2 : 1;
  std::uint32_t dmax = 0;
  // f(i, j) for consecutive occupied buckets i < j in order (inside a word only if it has run()
  // empty ones in a row). consume clears each word once read: f may build a new bitmap in place.
  auto scan = [&](auto run, auto f, bool consume) {
    std::int64_t prev = -1;
    for (std::size_t w = 0; w < words; ++w) {
      const std::uint64_t v = bits[w];
      if (v == 0) continue;
      if (consume) bits[w] = 0;
      const int low = __builtin_ctzll(v), high = 63 - __builtin_clzll(v);
      const std::int64_t base = std::int64_t(w * 64);
      if (prev >= 0) f(prev, base + low);
      if (low != high) {
        const std::int64_t t = run();
        bool visit = t <= 0;
        if (!visit && t < 63) {
          // Empty buckets strictly between the first and last occupied: a run of t of them?
          std::uint64_t y =
              ~v & ((std::uint64_t(1) << high) - 1) & ~((std::uint64_t(2) << low) - 1);
          int k = 1;
          for (; 2 * k <= t; k *= 2) y &= y >> k;  // then bit b: buckets b .. b+2k-1 are empty
          visit = (y & (y >> (t - k))) != 0;
        }
        if (visit) {
          std::int64_t i = base + low;
          for (std::uint64_t u = v & (v - 1); u != 0; u &= u - 1) {
            const std::int64_t j = base + __builtin_ctzll(u);
            f(i, j);
            i = j;
          }
        }
      }
      prev = base + high;
    }
  };
  scan([&] { return std::int64_t(dmax); },  // D = run + 1 > dmax needs run >= dmax
       [&](std::int64_t i, std::int64_t j) { dmax = std::max(dmax, std::uint32_t(j - i)); },
       false);
  if (wide && dmax < slack + 1) return false;  // the wide buckets prove nothing
  if (exact) {  // bucket b holds key lo_key + b exactly: the first pair at distance dmax wins
    std::int64_t a = -1, b = -1;
    scan([&] { return std::int64_t(dmax) - 1; },
         [&](std::int64_t i, std::int64_t j) {
           if (a < 0 && std::uint32_t(j - i) == dmax) {
             a = i;
             b = j;
           }
         },
         false);
    assert(a >= 0);
    out = {key(lo_key + key(a)), key(lo_key + key(b))};
    return true;
  }

  // dmax <= slack + 1 (evenly spaced): every pair is a candidate; slot = bucket if slots take
  // <= 8 bytes (<= 16 a value: "direct"). Else the second scan makes the bitmap one of ends of
  // candidate runs, numbered in order (slot s); left bit s: slots s, s+1 end one run (a run's
  // ends are consecutive). Pass 3 looks a value up only if its group of 2^cshift buckets has an
  // end (<= 2^15 groups).
  const bool direct = dmax <= slack + 1 && (sizeof(key) <= 4 || (!floating && shift <= 32));
  int cshift = 0;
  while (((buckets - 1) >> cshift) >= (std::size_t(1) << 15)) ++cshift;
  std::vector<std::uint64_t> groups((((buckets - 1) >> cshift) >> 6) + 1, 0);
  std::vector<std::uint64_t> left;
  std::size_t ends = 0;
  std::int64_t last_end = -1;
  auto set_end = [&](std::int64_t b) {
    bits[b >> 6] |= std::uint64_t(1) << (b & 63);
    const std::int64_t g = b >> cshift;
    groups[std::size_t(g >> 6)] |= std::uint64_t(1) << (g & 63);
  };
  if (!direct)
    scan([&] { return std::int64_t(dmax) - std::int64_t(slack) - 1; },
         [&](std::int64_t i, std::int64_t j) {
           if (std::uint32_t(j - i) + slack < dmax) return;
           if (i != last_end) {  // else i is already the last slot (a run's right end)
             set_end(i);
             ++ends;
           }
           const std::size_t s = ends - 1;
           if ((s >> 6) >= left.size()) left.resize((s >> 6) + 1, 0);
           left[s >> 6] |= std::uint64_t(1) << (s & 63);
           set_end(j);
           ++ends;
           last_end = j;
         },
         true);
  left.resize((ends + 63) / 64, 0);  // every slot has its bit
  if (direct) ends = buckets;

  // ---- pass 3: exact min and max of the end buckets
  // A slot: least and greatest key of its bucket; 32-bit offsets into it for 64-bit integers
  // and buckets of <= 2^32 values. Direct: slots prefetched 24 values ahead.
  std::vector<std::uint32_t> rank(direct ? 0 : words + 1, 0);
  for (std::size_t w = 0; w + 1 < rank.size(); ++w)
    rank[w + 1] = rank[w] + gap_popcount(bits[w]);
  const std::uint64_t* const g_bits = groups.data();
  auto solve = [&](auto zero, auto is_direct) {
    using off = decltype(zero);
    constexpr bool dir = decltype(is_direct)::value;
    constexpr bool relative = sizeof(off) < sizeof(key);
    struct min_max {
      off lo, hi;
    };
    std::vector<min_max> slots(ends, min_max{std::numeric_limits<off>::max(), off(0)});
    const std::uint64_t in_bucket = (std::uint64_t(1) << shift) - 1;  // shift <= 63
    It ahead = first;
    for (int k = 0; dir && k < 24 && ahead != last; ++k) ++ahead;
    for (It it = first; it != last; ++it) {
      const T x = *it;
      if (dir && ahead != last) {
        __builtin_prefetch(&slots[index(*ahead)], 1);
        ++ahead;
      }
      std::size_t i, g;
      std::uint64_t d = 0;
      if constexpr (floating) {
        i = index(x);
        g = i >> cshift;
      } else {  // group from the offset: two independent shifts, not a chain
        d = offset(x);
        i = std::size_t(d >> shift);
        g = std::size_t(d >> (shift + cshift));
      }
      if (dir || __builtin_expect((g_bits[g >> 6] >> (g & 63)) & 1, 0)) {  // hot: the misses
        const std::uint64_t v = bits[i >> 6];
        if (dir || ((v >> (i & 63)) & 1)) {
          off k;
          if constexpr (relative) {
            k = off(d & in_bucket);
          } else {
            k = kt::to(x);
            if (k > hi_key) continue;  // +inf, clamped into the last bucket
          }
          const std::uint64_t below = (std::uint64_t(1) << (i & 63)) - 1;
          min_max& m = slots[dir ? i : rank[i >> 6] + gap_popcount(v & below)];
          m.lo = std::min(m.lo, k);
          m.hi = std::max(m.hi, k);
        }
      }
    }

    // ---- the answer crosses a candidate run; the first wins ties (slot s's bucket: its end bit)
    std::pair<key, key> best{key(0), key(0)};
    bool have = false;
    typename kt::result best_gap{};
    auto base = [&](std::size_t b) {  // smallest key of bucket b
      return key(lo_key + key(std::uint64_t(b) << shift));
    };
    std::size_t s = 0, prev_bucket = 0;
    for (std::size_t w = 0; w < words; ++w) {
      for (std::uint64_t u = bits[w]; u != 0; u &= u - 1, ++s) {
        const std::size_t bucket = w * 64 + std::size_t(__builtin_ctzll(u));
        if (s > 0 && (dir || ((left[(s - 1) >> 6] >> ((s - 1) & 63)) & 1))) {
          key a = slots[dir ? prev_bucket : s - 1].hi, b = slots[dir ? bucket : s].lo;
          if constexpr (relative) {
            a = key(base(prev_bucket) + a);
            b = key(base(bucket) + b);
          }
          typename kt::result g;
          if constexpr (floating) {
            g = kt::from(b) - kt::from(a);
          } else {
            g = key(b - a);
          }
          if (!have || g > best_gap) {
            have = true;
            best_gap = g;
            best = {a, b};
          }
        }
        prev_bucket = bucket;
      }
    }
    assert(have && (dir || s == ends));
    out = best;
  };
  auto run = [&](auto zero) {
    if (direct)
      solve(zero, std::true_type{});
    else
      solve(zero, std::false_type{});
  };
  if constexpr (!floating && sizeof(key) == 8) {
    if (shift <= 32) {
      run(std::uint32_t(0));
      return true;
    }
  }
  run(key(0));
  return true;
}

// The core, wide buckets first from 2^17 values on.
template <class T, class It>
std::pair<typename gap_key<T>::key, typename gap_key<T>::key> max_gap_keys(
    It first, It last, std::size_t n, typename gap_key<T>::key lo_key,
    typename gap_key<T>::key hi_key) {
  std::pair<typename gap_key<T>::key, typename gap_key<T>::key> out{};
  if (n < (std::size_t(1) << 17) || !max_gap_core<T>(first, last, n, lo_key, hi_key, true, out))
    max_gap_core<T>(first, last, n, lo_key, hi_key, false, out);
  return out;
}

// Pass 1 of 64-bit keys in a vector or array: an AVX2 clone if the CPU has it (the baseline has
// no 64-bit vector compare). gap_simd_enabled() = false: the portable loop (tests).
template <class It, class T, bool = std::is_volatile<T>::value>
struct gap_contiguous : std::false_type {};
template <class It, class T>
struct gap_contiguous<It, T, false>
    : std::integral_constant<bool, std::is_pointer<It>::value ||
                                       std::is_same<It, typename std::vector<T>::iterator>::value ||
                                       std::is_same<It, typename std::vector<T>::const_iterator>::value> {
};

inline bool& gap_simd_enabled() {
  static bool on = true;
  return on;
}

#if defined(__GNUC__) && defined(__x86_64__)
inline bool gap_avx2() {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return has && gap_simd_enabled();
}

// Folds the keys (as gap_key<T>::to) of p[0, m) into [lo, hi], m = count rounded down to 8.
template <class T, class K>
__attribute__((target("avx2"))) inline std::size_t gap_minmax64_avx2(const T* p, std::size_t count,
                                                                     K& lo, K& hi) {
  static_assert(sizeof(K) == 8, "64-bit keys");
  typedef std::uint64_t vec __attribute__((vector_size(32)));
  constexpr std::size_t lanes = 4, step = 2 * lanes;
  const vec top = vec{} + (std::uint64_t(1) << 63);
  vec l0 = vec{} + std::uint64_t(lo), h0 = vec{} + std::uint64_t(hi), l1 = l0, h1 = h0;
  std::size_t i = 0;
  for (; i + step <= count; i += step) {
    vec x, y;
    std::memcpy(&x, p + i, sizeof x);
    std::memcpy(&y, p + i + lanes, sizeof y);
    if constexpr (std::is_floating_point<T>::value) {  // negative: all bits flipped, else the sign
      x ^= (vec{} - (x >> 63)) | top;
      y ^= (vec{} - (y >> 63)) | top;
    } else if constexpr (std::is_signed<T>::value) {
      x ^= top;
      y ^= top;
    }
    l0 = x < l0 ? x : l0;
    h0 = x > h0 ? x : h0;
    l1 = y < l1 ? y : l1;
    h1 = y > h1 ? y : h1;
  }
  for (std::size_t j = 0; j < lanes; ++j) {
    lo = std::min({lo, K(l0[j]), K(l1[j])});
    hi = std::max({hi, K(h0[j]), K(h1[j])});
  }
  return i;
}
#else
inline bool gap_avx2() { return false; }
#endif

}  // namespace detail

// The largest gap and its neighbouring pair; std::nullopt for fewer than two values.
template <class It>
std::optional<gap_pair<detail::gap_value_t<It>>> max_gap_pair(It first, It last) {
  using T = detail::gap_value_t<It>;
  using kt = detail::gap_key<T>;
  using key = typename kt::key;
  static_assert(std::is_base_of<std::forward_iterator_tag,
                                typename std::iterator_traits<It>::iterator_category>::value,
                "cpkit::max_gap: needs forward iterators (the input is read three times)");
  using result = gap_pair<T>;

  // ---- pass 1: count, smallest and largest key
  // k is outside [lo, hi] iff k - lo > hi - lo (mod 2^w): one compare per value, rare updates.
  // Keys <= 32 bits: blocks of 32, vectorised by the compiler; 64-bit keys: the AVX2 clone.
  std::size_t n = 0;
  key lo = std::numeric_limits<key>::max(), hi = 0, width = 0;
  if (first != last) {
    lo = hi = kt::to(*first);
    It it = std::next(first);
    n = 1;
#if defined(__GNUC__) && defined(__x86_64__)
    if constexpr (sizeof(key) == 8 && detail::gap_contiguous<It, T>::value) {
      if (last - it >= 8 && detail::gap_avx2()) {
        const std::size_t m = detail::gap_minmax64_avx2<T>(&*it, std::size_t(last - it), lo, hi);
        it += std::ptrdiff_t(m);
        n += m;
        width = key(hi - lo);
      }
    }
#endif
    if constexpr (sizeof(key) <= 4 &&
                  std::is_base_of<std::random_access_iterator_tag,
                                  typename std::iterator_traits<It>::iterator_category>::value) {
      constexpr std::ptrdiff_t block = 32;
      for (; last - it >= block; it += block, n += block) {
        unsigned out = 0;  // (a bool here is not vectorised by g++ 12)
        for (std::ptrdiff_t j = 0; j < block; ++j) out |= unsigned(key(kt::to(it[j]) - lo) > width);
        if (out) {
          for (std::ptrdiff_t j = 0; j < block; ++j) {
            lo = std::min(lo, kt::to(it[j]));
            hi = std::max(hi, kt::to(it[j]));
          }
          width = key(hi - lo);
        }
      }
    }
    for (; it != last; ++it, ++n) {
      const key k = kt::to(*it);
      if (key(k - lo) > width) {
        lo = std::min(lo, k);
        hi = std::max(hi, k);
        width = key(hi - lo);
      }
    }
  }
  if constexpr (std::is_floating_point<T>::value) {
    // NaN keys lie outside [key(-inf), key(+inf)]; checked even for a single value.
    assert((n == 0 || (lo >= kt::to(-std::numeric_limits<T>::infinity()) &&
                       hi <= kt::to(std::numeric_limits<T>::infinity()))) &&
           "cpkit::max_gap: NaN in the input");
  }
  if (n < 2) return std::nullopt;

  if constexpr (std::is_floating_point<T>::value) {
    const T inf = std::numeric_limits<T>::infinity();
    const key neg_inf = kt::to(-inf), pos_inf = kt::to(inf);
    if (lo == neg_inf) {  // -inf first: the first gap is 0 (another -inf) or +inf
      key next = std::numeric_limits<key>::max();
      std::size_t count = 0;
      for (It it = first; it != last; ++it) {
        const key k = kt::to(*it);
        if (k == lo)
          ++count;
        else
          next = std::min(next, k);
      }
      if (count == n) return result{T(0), -inf, -inf};
      return result{inf, -inf, kt::from(next)};
    }
    if (hi == pos_inf) {  // finite values (if any), then +inf: the gap into +inf is +inf
      key fhi = 0;
      std::size_t finite = 0;
      for (It it = first; it != last; ++it) {
        const key k = kt::to(*it);
        if (k != hi) {
          fhi = std::max(fhi, k);
          ++finite;
        }
      }
      if (finite == 0) return result{T(0), inf, inf};
      if (finite >= 2 && kt::from(lo) != kt::from(fhi)) {
        // A finite gap that overflows to +inf comes before the gap into +inf.
        const auto p = detail::max_gap_keys<T>(first, last, n, lo, fhi);
        const T g = kt::from(p.second) - kt::from(p.first);
        if (g == inf) return result{g, kt::from(p.first), kt::from(p.second)};
      }
      return result{inf, kt::from(fhi), inf};
    }
  }

  if (kt::from(lo) == kt::from(hi)) {  // all values equal: every gap is 0
    if (lo == hi) return result{max_gap_t<T>(0), kt::from(lo), kt::from(lo)};
    // only -0.0 and 0.0 (lo is -0.0): the first two in sorted order
    std::size_t count = 0;
    for (It it = first; it != last; ++it) count += kt::to(*it) == lo ? 1 : 0;
    return result{max_gap_t<T>(0), kt::from(lo), kt::from(count >= 2 ? lo : hi)};
  }

  const auto p = detail::max_gap_keys<T>(first, last, n, lo, hi);
  if constexpr (std::is_floating_point<T>::value) {
    return result{kt::from(p.second) - kt::from(p.first), kt::from(p.first), kt::from(p.second)};
  } else {
    return result{key(p.second - p.first), kt::from(p.first), kt::from(p.second)};
  }
}

// The largest gap between neighbours in sorted order; 0 for fewer than two values.
template <class It>
max_gap_t<detail::gap_value_t<It>> max_gap(It first, It last) {
  const auto r = max_gap_pair(first, last);
  return r ? r->gap : max_gap_t<detail::gap_value_t<It>>(0);
}

template <class Range>
auto max_gap_pair(const Range& r) -> decltype(max_gap_pair(std::begin(r), std::end(r))) {
  return max_gap_pair(std::begin(r), std::end(r));
}

template <class Range>
auto max_gap(const Range& r) -> decltype(max_gap(std::begin(r), std::end(r))) {
  return max_gap(std::begin(r), std::end(r));
}

}  // namespace cpkit
