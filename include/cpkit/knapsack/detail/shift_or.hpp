// Knapsack kernel (internal): the subset-sum bitset step, vectorised.
//   shift_or(b, nw, s)   b |= b << s on a bitset of nw 64-bit words: O(nw); bits shifted past
//                        the top word are the caller's to clear
// Runs in AVX-512/AVX2 clones where the CPU has them (detail/simd.hpp).
// Verified by: tests/knapsack_test.cpp (every level the CPU has, against a bool DP)
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "cpkit/knapsack/detail/simd.hpp"

namespace cpkit {
namespace detail {

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

__attribute__((target("avx2"))) inline void shift_or_avx2(std::uint64_t* b, std::size_t nw,
                                                          std::size_t s) {
  shift_or_body<simd_vec<unsigned long long, 32>>(b, nw, s);
}
__attribute__((target("avx512f"))) inline void shift_or_avx512(std::uint64_t* b, std::size_t nw,
                                                               std::size_t s) {
  shift_or_body<simd_vec<unsigned long long, 64>>(b, nw, s);
}
#endif

inline void shift_or(std::uint64_t* b, std::size_t nw, std::size_t s) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  const int lv = simd_use();
  if (lv == 2) return shift_or_avx512(b, nw, s);
  if (lv == 1) return shift_or_avx2(b, nw, s);
#endif
  shift_or_scalar(b, nw, s);
}

}  // namespace detail
}  // namespace cpkit
