// Knapsack SIMD dispatch (internal): which vector clone the row kernels run, chosen once.
//   simd_level()      0 = portable, 1 = AVX2, 2 = AVX-512F: what this CPU has (x86, g++/clang++)
//   simd_override()   tests and benches force a lower level: -1 = automatic
//   simd_use()        the level to run now
//   simd_vec<T, B>    the B-byte GCC vector of lanes T (int or long long)
// Verified by: tests/knapsack_test.cpp (every kernel at every level the CPU has)
#pragma once

#include <algorithm>
#include <cstddef>
#include <type_traits>

namespace cpkit {
namespace detail {

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
inline int simd_level() {
  static const int level = [] {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return 2;
    if (__builtin_cpu_supports("avx2")) return 1;
    return 0;
  }();
  return level;
}

template <class T, std::size_t Bytes>
struct simd_vec_of {
  typedef T type __attribute__((vector_size(Bytes)));
};
template <class T, std::size_t Bytes>
using simd_vec = typename simd_vec_of<T, Bytes>::type;
#else
inline int simd_level() { return 0; }
#endif

inline int& simd_override() {
  static int o = -1;
  return o;
}
inline int simd_use() {
  const int best = simd_level();
  const int o = simd_override();
  return o < 0 ? best : std::min(o, best);
}

// The cell types with vector clones; anything else (double, __int128, long) runs scalar.
template <class T>
struct simd_lane : std::integral_constant<bool, std::is_same<T, long long>::value ||
                                                    std::is_same<T, int>::value> {};

}  // namespace detail
}  // namespace cpkit
