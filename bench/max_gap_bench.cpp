// Benchmarks of include/cpkit/max_gap.hpp. Names "<case>/<impl>/<n>" (bench_util.hpp):
//   cases    uint32_random, int64_random, double_random (uniform in [-1e9, 1e9]),
//            int64_clustered (100 clusters of width 1e6 at random centres in the int64 range)
//   sizes    1e5, 1e6, 1e7
//   impls    cpkit     cpkit::max_gap, the free function as a contestant calls it (its buffers
//                      are allocated inside every call, page faults included)
//            baseline  std::sort + adjacent scan, in place on a copy (the copy is not timed)
//            read      one plain pass over the array (min and max): the floor of any method
//            radix     (integers) LSD radix sort by 8-bit digits + scan: the other linear method
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "bench_util.hpp"
#include "cpkit/max_gap.hpp"

namespace {

template <class T>
const std::vector<T>& input(const std::string& name, std::size_t n) {
  static std::map<std::size_t, std::vector<T>> cache;  // one per (type, name) instantiation use
  auto& v = cache[n * 4 + (name == "int64_clustered" ? 1 : 0)];
  if (!v.empty()) return v;
  auto rng = cpkit_bench::rng(n);
  v.resize(n);
  if (name == "int64_clustered") {
    std::vector<std::int64_t> centre(100);
    for (auto& c : centre) c = std::int64_t(rng() >> 1) - (std::int64_t(1) << 62);
    for (auto& x : v) x = T(centre[rng() % centre.size()] + std::int64_t(rng() % 1000000));
  } else if constexpr (std::is_floating_point<T>::value) {
    for (auto& x : v) x = T(-1e9 + 2e9 * (double(rng() >> 11) * 0x1.0p-53));
  } else {
    for (auto& x : v) x = T(rng());
  }
  return v;
}

template <class T>
cpkit::max_gap_t<T> sort_scan(std::vector<T>& a) {
  std::sort(a.begin(), a.end());
  cpkit::max_gap_t<T> best = 0;
  for (std::size_t i = 1; i < a.size(); ++i) {
    cpkit::max_gap_t<T> g;
    if constexpr (std::is_floating_point<T>::value) {
      g = a[i] - a[i - 1];
    } else {
      g = cpkit::max_gap_t<T>(cpkit::max_gap_t<T>(a[i]) - cpkit::max_gap_t<T>(a[i - 1]));
    }
    best = std::max(best, g);
  }
  return best;
}

// LSD radix sort on order-preserving unsigned keys, 8-bit digits, then the adjacent scan.
template <class T>
std::make_unsigned_t<T> radix_scan(const std::vector<T>& a) {
  using U = std::make_unsigned_t<T>;
  constexpr int digits = int(sizeof(U));
  const U flip = std::is_signed<T>::value ? U(U(1) << (8 * sizeof(U) - 1)) : U(0);
  std::vector<U> x(a.size()), y(a.size());
  std::size_t count[digits][256] = {};
  for (std::size_t i = 0; i < a.size(); ++i) {
    x[i] = U(U(a[i]) ^ flip);
    for (int d = 0; d < digits; ++d) ++count[d][(x[i] >> (8 * d)) & 255];
  }
  for (int d = 0; d < digits; ++d) {
    std::size_t sum = 0;
    for (auto& c : count[d]) sum += std::exchange(c, sum);
    for (U k : x) y[count[d][(k >> (8 * d)) & 255]++] = k;
    x.swap(y);
  }
  U best = 0;
  for (std::size_t i = 1; i < x.size(); ++i) best = std::max(best, U(x[i] - x[i - 1]));
  return best;
}

template <class T>
void register_case(const std::string& name, bool with_radix) {
  for (std::size_t n : {std::size_t(100000), std::size_t(1000000), std::size_t(10000000)}) {
    const long long size = static_cast<long long>(n);
    cpkit_bench::add(name, size, "cpkit", [name, n](benchmark::State& st) {
      const auto& a = input<T>(name, n);
      for (auto _ : st) benchmark::DoNotOptimize(cpkit::max_gap(a.begin(), a.end()));
    });
    cpkit_bench::add(name, size, "baseline", [name, n](benchmark::State& st) {
      const auto& a = input<T>(name, n);
      std::vector<T> work(a.size());
      for (auto _ : st) {
        st.PauseTiming();
        std::copy(a.begin(), a.end(), work.begin());
        st.ResumeTiming();
        benchmark::DoNotOptimize(sort_scan(work));
      }
    });
    cpkit_bench::add(name, size, "read", [name, n](benchmark::State& st) {
      const auto& a = input<T>(name, n);
      for (auto _ : st) {
        T lo = a[0], hi = a[0];
        for (const T x : a) {
          lo = std::min(lo, x);
          hi = std::max(hi, x);
        }
        benchmark::DoNotOptimize(lo);
        benchmark::DoNotOptimize(hi);
      }
    });
    if constexpr (std::is_integral<T>::value) {
      if (with_radix) {
        cpkit_bench::add(name, size, "radix", [name, n](benchmark::State& st) {
          const auto& a = input<T>(name, n);
          for (auto _ : st) benchmark::DoNotOptimize(radix_scan(a));
        });
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_case<std::uint32_t>("uint32_random", true);
  register_case<std::int64_t>("int64_random", true);
  register_case<double>("double_random", false);
  register_case<std::int64_t>("int64_clustered", false);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
