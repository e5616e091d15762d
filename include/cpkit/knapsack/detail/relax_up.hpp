// Knapsack kernel (internal): the unbounded row step, vectorised.
//   relax_up(dp, W, w, v)   dp[j] = max(dp[j], dp[j-w] + v) for j = w up to W, in place: O(W)
// Vectorised only when w >= the lane count, so a block never reads a cell it writes. int and
// long long rows run in AVX-512/AVX2 clones (detail/simd.hpp).
// Verified by: tests/knapsack_test.cpp (every level the CPU has)
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "cpkit/knapsack/detail/simd.hpp"

namespace cpkit {
namespace detail {

template <class T>
inline void relax_up_scalar(T* dp, std::size_t W, std::size_t w, T v) {
  for (std::size_t j = w; j <= W; ++j) dp[j] = std::max(dp[j], dp[j - w] + v);
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
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

template <class T>
__attribute__((target("avx2"))) inline void relax_up_avx2(T* d, std::size_t W, std::size_t w, T v) {
  relax_up_body<T, simd_vec<T, 32>>(d, W, w, v);
}
template <class T>
__attribute__((target("avx512f"))) inline void relax_up_avx512(T* d, std::size_t W, std::size_t w,
                                                               T v) {
  relax_up_body<T, simd_vec<T, 64>>(d, W, w, v);
}
#endif

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

}  // namespace detail
}  // namespace cpkit
