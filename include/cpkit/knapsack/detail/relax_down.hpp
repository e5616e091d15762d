// Knapsack kernel (internal): the 0/1 row step, vectorised.
//   relax_down(dst, src, W, w, v)        dst[j] = max(dst[j], src[j-w] + v) for j = W down to w
//   relax2_down(dp, W, w1, v1, w2, v2)   two 0/1 items in one downward sweep, in place
// O(W) each. With dst == src this is the 0/1 item step: each block loads before it stores and
// blocks run downwards, so every src read sees the row before this item. With dst != src (group
// knapsack) order is free. int and long long rows run in AVX-512/AVX2 clones (detail/simd.hpp).
// Verified by: tests/knapsack_test.cpp (every level the CPU has, block boundaries)
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "cpkit/knapsack/detail/simd.hpp"

namespace cpkit {
namespace detail {

template <class T>
inline void relax_down_scalar(T* dst, const T* src, std::size_t W, std::size_t w, T v) {
  for (std::size_t j = W + 1; j-- > w;)
    dst[j] = std::max(dst[j], src[j - w] + v);  // branch-free (cmov)
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
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

template <class T>
__attribute__((target("avx2"))) inline void relax_down_avx2(T* d, const T* s, std::size_t W,
                                                            std::size_t w, T v) {
  relax_down_body<T, simd_vec<T, 32>>(d, s, W, w, v);
}
template <class T>
__attribute__((target("avx512f"))) inline void relax_down_avx512(T* d, const T* s, std::size_t W,
                                                                 std::size_t w, T v) {
  relax_down_body<T, simd_vec<T, 64>>(d, s, W, w, v);
}
template <class T>
__attribute__((target("avx2"))) inline void relax2_down_avx2(T* d, std::size_t W, std::size_t w1,
                                                             T v1, std::size_t w2, T v2) {
  relax2_down_body<T, simd_vec<T, 32>>(d, W, w1, v1, w2, v2);
}
template <class T>
__attribute__((target("avx512f"))) inline void relax2_down_avx512(T* d, std::size_t W,
                                                                  std::size_t w1, T v1,
                                                                  std::size_t w2, T v2) {
  relax2_down_body<T, simd_vec<T, 64>>(d, W, w1, v1, w2, v2);
}
#endif

// Dispatchers: the best clone for int / long long rows, the scalar loop for any other T.
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

}  // namespace detail
}  // namespace cpkit
