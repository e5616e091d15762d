// Benchmarks of include/cpkit/max_gap.hpp. Names "<case>/<impl>/<n>" (bench_util.hpp):
//   cases    uint32_random, int64_random, double_random (uniform in [-1e9, 1e9]),
//            int64_clustered (100 clusters of width 1e6 at random centres in the int64 range),
//            int64_spaced (a shuffled arithmetic progression, step 3: spans fewer than 8n values,
//            so solved on a bitmap of one bucket per value; 1e5 and 1e6 only),
//            int64_spaced_wide (the same with step 1000003: every bucket occupied and every run a
//            candidate, a slot per bucket, the method's slowest input; 1e5 and 1e6 only)
//   sizes    1e5, 1e6, 1e7
//   impls    cpkit     cpkit::max_gap, the free function as a contestant calls it (its buffers
//                      are allocated inside every call, page faults included). Counter `reads`:
//                      its CPU time per call divided by the CPU time of one `floor` pass over the
//                      same array, measured in the same run right after it (median of 5 passes):
//                      "how many full reads of the input it costs" (issue 19 asks <= 5 at 1e7)
//            baseline  std::sort + adjacent scan, in place on a copy (the copy is not timed)
//            floor     one sum over the array's bytes as 64-bit words, four accumulators: the
//                      memory floor of any method that reads the input
//            read      one plain pass over the array (min and max of the values)
//            baseline_radix (every integer case) LSD radix sort by 8-bit digits + scan: the
//                      other linear method, a peer
//            baseline_bucket  the textbook bucket method a contestant writes: about n buckets of
//                      width ceil((max - min) / (n - 1)) with each bucket's min and max, filled
//                      in one scattered pass (a division per value), then a scan; its arrays
//                      (16 bytes a bucket for 64-bit values) allocated in every call, as cpkit's
//            bucket_warm the same with its arrays allocated once per benchmark and refilled in
//                      every call (no page faults: the textbook's best case, not a peer)
//            mark      the one scattered step every bucket method has, alone: a bit set per
//                      value in a bitmap of about cpkit's size (2^floor(log2(n/2)) buckets from
//                      2^17 values, 4 Mbit = 512 KB at 1e7; 2^floor(log2(2n)) below), indexed
//                      as cheaply as the type allows (min and max given, not timed). Counter
//                      `reads` as for cpkit: a lower bound of cpkit's figure
//            mark_l1   the same into 2^18 bits (32 KB, in L1 cache; 1e7 only, where it differs):
//                      what one scattered bit per value costs at the very least on this machine
//            (mark and mark_l1 for the random and clustered cases)
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ctime>
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
  auto& v = cache[n * 4 + (name == "int64_clustered"     ? 1
                           : name == "int64_spaced"      ? 2
                           : name == "int64_spaced_wide" ? 3
                                                         : 0)];
  if (!v.empty()) return v;
  auto rng = cpkit_bench::rng(n);
  v.resize(n);
  if (name == "int64_clustered") {
    std::vector<std::int64_t> centre(100);
    for (auto& c : centre) c = std::int64_t(rng() >> 1) - (std::int64_t(1) << 62);
    for (auto& x : v) x = T(centre[rng() % centre.size()] + std::int64_t(rng() % 1000000));
  } else if (name == "int64_spaced" || name == "int64_spaced_wide") {
    const std::size_t step = name == "int64_spaced" ? 3 : 1000003;
    for (std::size_t i = 0; i < n; ++i) v[i] = T(step * i);
    std::shuffle(v.begin(), v.end(), rng);
  } else if constexpr (std::is_floating_point<T>::value) {
    for (auto& x : v) x = T(-1e9 + 2e9 * (double(rng() >> 11) * 0x1.0p-53));
  } else {
    for (auto& x : v) x = T(rng());
  }
  return v;
}

// The floor: every byte of the array read once, summed as 64-bit words (a tail of 4-byte values
// included), four independent accumulators so the loop runs at memory speed.
template <class T>
std::uint64_t floor_sum(const std::vector<T>& a) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(a.data());
  const std::size_t bytes = a.size() * sizeof(T), words = bytes / 8;
  std::uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  std::size_t i = 0;
  for (; i + 4 <= words; i += 4) {
    std::uint64_t w[4];
    std::memcpy(w, p + 8 * i, sizeof w);
    s0 += w[0];
    s1 += w[1];
    s2 += w[2];
    s3 += w[3];
  }
  for (; i < words; ++i) {
    std::uint64_t w;
    std::memcpy(&w, p + 8 * i, sizeof w);
    s0 += w;
  }
  for (std::size_t b = 8 * words; b < bytes; ++b) s1 += p[b];
  return s0 + s1 + s2 + s3;
}

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
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

// The textbook method's bucket values: unsigned offsets from the minimum for integers, T else.
template <class T>
using bucket_key = typename std::conditional_t<std::is_floating_point<T>::value,
                                               std::common_type<T>, std::make_unsigned<T>>::type;

// The textbook bucket method: at most n buckets over [min, max], of width ceil(R / (n - 1)) for
// integers (R = max - min in unsigned keys, where R overflows a signed type) and R / (n - 1) for
// floating point, each bucket's min and max in one pass, the answer the largest gap between
// consecutive non-empty buckets. mn and mx are the caller's arrays of at least n entries
// (refilled here, not reallocated).
template <class T, class K>
cpkit::max_gap_t<T> bucket_scan(const std::vector<T>& a, std::vector<K>& mn, std::vector<K>& mx) {
  const std::size_t n = a.size();
  const auto [lo_it, hi_it] = std::minmax_element(a.begin(), a.end());
  const T lo = *lo_it, hi = *hi_it;
  if (n < 2 || !(lo < hi)) return 0;
  std::size_t buckets;
  if constexpr (std::is_floating_point<T>::value) {
    const T width = (hi - lo) / T(n - 1);
    buckets = n;
    std::fill(mn.begin(), mn.begin() + std::ptrdiff_t(buckets), hi);
    std::fill(mx.begin(), mx.begin() + std::ptrdiff_t(buckets), lo);
    for (const T x : a) {
      const std::size_t i = std::min(buckets - 1, std::size_t((x - lo) / width));
      mn[i] = std::min(mn[i], x);
      mx[i] = std::max(mx[i], x);
    }
  } else {
    using U = std::make_unsigned_t<T>;
    const U range = U(U(hi) - U(lo)), m = U(n - 1);
    const U width = std::max<U>(1, U(range / m + (range % m != 0 ? 1 : 0)));
    buckets = std::size_t(range / width) + 1;
    std::fill(mn.begin(), mn.begin() + std::ptrdiff_t(buckets), range);
    std::fill(mx.begin(), mx.begin() + std::ptrdiff_t(buckets), U(0));
    for (const T x : a) {
      const U k = U(U(x) - U(lo));
      const std::size_t i = std::size_t(k / width);
      mn[i] = std::min(mn[i], k);
      mx[i] = std::max(mx[i], k);
    }
  }
  cpkit::max_gap_t<T> best = 0;
  bool have = false;
  K prev{};
  for (std::size_t i = 0; i < buckets; ++i) {
    if (mn[i] > mx[i]) continue;  // empty (every value lies in [lo, hi])
    if (have) best = std::max(best, cpkit::max_gap_t<T>(mn[i] - prev));
    prev = mx[i];
    have = true;
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

// CPU time of one call divided by the median of 5 floor passes over the same array, run after.
template <class T>
void reads_counter(benchmark::State& st, double start, const std::vector<T>& a) {
  const double per_call = (cpu_ms() - start) / double(st.iterations());
  std::vector<double> floor_ms;
  for (int r = 0; r < 5; ++r) {
    const double t = cpu_ms();
    benchmark::DoNotOptimize(floor_sum(a));
    floor_ms.push_back(cpu_ms() - t);
  }
  std::sort(floor_ms.begin(), floor_ms.end());
  st.counters["reads"] = per_call / floor_ms[2];
}

// The marking step alone: bucket i of [lo, hi] in 2^log_bits buckets, its bit set. Integers:
// (x - lo) >> shift; floating point: (x - lo) * scale truncated (what a bucket of a double
// costs). The bitmap is zeroed inside, as any method must.
template <class T>
std::uint64_t mark_pass(const std::vector<T>& a, T lo, T hi, int log_bits,
                        std::vector<std::uint64_t>& bits) {
  std::fill(bits.begin(), bits.end(), 0);
  std::uint64_t* const b = bits.data();
  if (!(lo < hi)) return 0;
  if constexpr (std::is_floating_point<T>::value) {
    const T scale = T((std::uint64_t(1) << log_bits) - 1) / (hi - lo);
    for (const T x : a) {
      const std::size_t i = std::size_t(std::int64_t((x - lo) * scale));
      b[i >> 6] |= std::uint64_t(1) << (i & 63);
    }
  } else {
    using U = std::make_unsigned_t<T>;
    const std::uint64_t range = std::uint64_t(U(U(hi) - U(lo)));
    int shift = 0;
    while (shift < 63 && (range >> shift) >= (std::uint64_t(1) << log_bits)) ++shift;
    for (const T x : a) {
      const std::size_t i = std::size_t(std::uint64_t(U(U(x) - U(lo))) >> shift);
      b[i >> 6] |= std::uint64_t(1) << (i & 63);
    }
  }
  return b[0];
}

// log2 of mark's bucket count: floor(log2(n/2)) from 2^17 values (cpkit's wide first try),
// floor(log2(2n)) below.
int mark_bits(std::size_t n) {
  const std::size_t b = n >= (std::size_t(1) << 17) ? n / 2 : 2 * n;
  int log_bits = 0;
  while ((std::size_t(1) << (log_bits + 1)) <= b) ++log_bits;
  return log_bits;
}

template <class T>
void register_mark(const std::string& name, std::size_t n, const std::string& impl, int log_bits) {
  cpkit_bench::add(name, static_cast<long long>(n), impl, [name, n, log_bits](benchmark::State& st) {
    const auto& a = input<T>(name, n);
    const auto [lo, hi] = std::minmax_element(a.begin(), a.end());
    std::vector<std::uint64_t> bits(((std::size_t(1) << log_bits) + 63) / 64);
    const double start = cpu_ms();
    for (auto _ : st) benchmark::DoNotOptimize(mark_pass(a, *lo, *hi, log_bits, bits));
    reads_counter(st, start, a);
  });
}

template <class T>
void register_case(const std::string& name, bool with_radix, std::size_t max_n = 10000000) {
  for (std::size_t n : {std::size_t(100000), std::size_t(1000000), std::size_t(10000000)}) {
    if (n > max_n) continue;
    const long long size = static_cast<long long>(n);
    cpkit_bench::add(name, size, "cpkit", [name, n](benchmark::State& st) {
      const auto& a = input<T>(name, n);
      const double start = cpu_ms();
      for (auto _ : st) benchmark::DoNotOptimize(cpkit::max_gap(a.begin(), a.end()));
      reads_counter(st, start, a);
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
    cpkit_bench::add(name, size, "baseline_bucket", [name, n](benchmark::State& st) {
      const auto& a = input<T>(name, n);
      for (auto _ : st) {
        std::vector<bucket_key<T>> mn(n), mx(n);
        benchmark::DoNotOptimize(bucket_scan(a, mn, mx));
      }
    });
    cpkit_bench::add(name, size, "bucket_warm", [name, n](benchmark::State& st) {
      const auto& a = input<T>(name, n);
      std::vector<bucket_key<T>> mn(n), mx(n);
      for (auto _ : st) benchmark::DoNotOptimize(bucket_scan(a, mn, mx));
    });
    cpkit_bench::add(name, size, "floor", [name, n](benchmark::State& st) {
      const auto& a = input<T>(name, n);
      for (auto _ : st) benchmark::DoNotOptimize(floor_sum(a));
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
    if (name.find("spaced") == std::string::npos) {
      register_mark<T>(name, n, "mark", mark_bits(n));
      if (mark_bits(n) > 18) register_mark<T>(name, n, "mark_l1", 18);
    }
    if constexpr (std::is_integral<T>::value) {
      if (with_radix) {
        cpkit_bench::add(name, size, "baseline_radix", [name, n](benchmark::State& st) {
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
  register_case<std::int64_t>("int64_clustered", true);
  register_case<std::int64_t>("int64_spaced", true, 1000000);
  register_case<std::int64_t>("int64_spaced_wide", true, 1000000);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
