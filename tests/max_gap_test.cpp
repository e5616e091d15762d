// Tests of include/cpkit/max_gap.hpp: edge cases, large cases, then rapidcheck properties.
// The oracle everywhere is sort-and-scan (sort_scan below), written independently of the
// header: std::sort with a comparator that puts -0.0 before 0.0, and gaps computed as b - a
// (unsigned difference for integers; 0 between equal values so +inf - +inf is not NaN),
// keeping the first pair in sorted order on ties.
#include "cpkit/max_gap.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <list>
#include <optional>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

namespace {

template <class T>
using lim = std::numeric_limits<T>;

// Total order used by the oracle: the usual <, and -0.0 before 0.0.
template <class T>
bool oracle_less(T a, T b) {
  if constexpr (std::is_floating_point<T>::value) {
    if (a == b) return std::signbit(a) && !std::signbit(b);
  }
  return a < b;
}

template <class T>
cpkit::max_gap_t<T> oracle_gap(T a, T b) {  // b follows a in sorted order
  if constexpr (std::is_floating_point<T>::value) {
    return a == b ? T(0) : b - a;
  } else {
    using U = std::make_unsigned_t<T>;
    return U(U(b) - U(a));
  }
}

template <class T>
struct oracle_result {
  cpkit::max_gap_t<T> gap;
  T lo, hi;
};

// Oracle: sort, scan neighbours, first pair with the strictly largest gap.
template <class T>
std::optional<oracle_result<T>> sort_scan(std::vector<T> v) {
  if (v.size() < 2) return std::nullopt;
  std::sort(v.begin(), v.end(), oracle_less<T>);
  oracle_result<T> best{oracle_gap(v[0], v[1]), v[0], v[1]};
  for (std::size_t i = 2; i < v.size(); ++i) {
    const auto g = oracle_gap(v[i - 1], v[i]);
    if (g > best.gap) best = {g, v[i - 1], v[i]};
  }
  return best;
}

// Bitwise equality for floating point (tells -0.0 from 0.0), plain == otherwise.
template <class T>
bool same(T a, T b) {
  if constexpr (std::is_floating_point<T>::value) {
    return std::memcmp(&a, &b, sizeof a) == 0;
  } else {
    return a == b;
  }
}

// Checks gap and pair of the library against the oracle; returns a message, empty if fine.
template <class T>
std::string mismatch(const std::vector<T>& v) {
  const auto want = sort_scan(v);
  const auto got = cpkit::max_gap_pair(v.begin(), v.end());
  const auto gap = cpkit::max_gap(v.begin(), v.end());
  if (!want) {
    if (got) return "pair given for fewer than two values";
    if (gap != cpkit::max_gap_t<T>(0)) return "gap not 0 for fewer than two values";
    return "";
  }
  if (!got) return "no pair for two or more values";
  if (!same(got->gap, want->gap) || !same(gap, want->gap)) return "gap differs";
  if (!same(got->lo, want->lo) || !same(got->hi, want->hi)) return "pair differs";
  return "";
}

#define EXPECT_ORACLE(v) EXPECT_EQ(mismatch(v), "")

// ---- result types ---------------------------------------------------------------------------

static_assert(std::is_same<cpkit::max_gap_t<std::int64_t>, std::uint64_t>::value, "");
static_assert(std::is_same<cpkit::max_gap_t<std::int8_t>, std::uint8_t>::value, "");
static_assert(std::is_same<cpkit::max_gap_t<unsigned>, unsigned>::value, "");
static_assert(std::is_same<cpkit::max_gap_t<double>, double>::value, "");
static_assert(std::is_same<cpkit::max_gap_t<float>, float>::value, "");

// ---- edge cases -----------------------------------------------------------------------------

TEST(MaxGap, FewerThanTwoValues) {
  std::vector<int> none, one{42};
  EXPECT_EQ(cpkit::max_gap(none), 0u);
  EXPECT_EQ(cpkit::max_gap(one), 0u);
  EXPECT_FALSE(cpkit::max_gap_pair(none).has_value());
  EXPECT_FALSE(cpkit::max_gap_pair(one).has_value());
  std::vector<double> d1{-3.5};
  EXPECT_EQ(cpkit::max_gap(d1), 0.0);
  EXPECT_FALSE(cpkit::max_gap_pair(d1).has_value());
}

TEST(MaxGap, TwoValuesEitherOrder) {
  EXPECT_ORACLE((std::vector<int>{3, 10}));
  EXPECT_ORACLE((std::vector<int>{10, 3}));
  EXPECT_ORACLE((std::vector<double>{2.5, -1.0}));
  const auto p = cpkit::max_gap_pair(std::vector<int>{10, 3});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->lo, 3);  // lo <= hi whatever the input order
  EXPECT_EQ(p->hi, 10);
}

TEST(MaxGap, AllEqual) {
  EXPECT_ORACLE((std::vector<int>(1000, -7)));
  EXPECT_ORACLE((std::vector<std::uint64_t>(5, lim<std::uint64_t>::max())));
  EXPECT_ORACLE((std::vector<double>(17, 1e300)));
  EXPECT_EQ(cpkit::max_gap(std::vector<int>(1000, -7)), 0u);  // no division by a zero range
}

TEST(MaxGap, FirstPairWinsTies) {
  EXPECT_ORACLE((std::vector<int>{20, 0, 10, 30}));
  EXPECT_ORACLE((std::vector<double>{0.5, 1.5, 2.5, 3.5}));
}

TEST(MaxGap, Int64Extremes) {
  const std::int64_t mn = lim<std::int64_t>::min(), mx = lim<std::int64_t>::max();
  EXPECT_EQ(cpkit::max_gap(std::vector<std::int64_t>{mn, mx}),
            lim<std::uint64_t>::max());  // 2^64 - 1
  EXPECT_ORACLE((std::vector<std::int64_t>{mx, mn}));
  EXPECT_ORACLE((std::vector<std::int64_t>{mn, mn + 1, 0, mx - 1, mx}));
  const std::int64_t e18 = 1000000000000000000;
  EXPECT_EQ(cpkit::max_gap(std::vector<std::int64_t>{-e18, e18}), 2000000000000000000u);
  EXPECT_ORACLE((std::vector<std::int64_t>{-e18, e18, -e18, 5, e18}));
}

TEST(MaxGap, UnsignedMax) {
  const std::uint64_t mx = lim<std::uint64_t>::max();
  EXPECT_EQ(cpkit::max_gap(std::vector<std::uint64_t>{0, mx}), mx);
  EXPECT_ORACLE((std::vector<std::uint64_t>{mx, mx - 1, 0, 1}));
  EXPECT_ORACLE((std::vector<std::uint32_t>{lim<std::uint32_t>::max(), 0, 7}));
}

TEST(MaxGap, NarrowTypesFullRange) {
  EXPECT_EQ(cpkit::max_gap(std::vector<std::int8_t>{-128, 127}), 255u);
  EXPECT_ORACLE((std::vector<std::int8_t>{-128, 127, 0, -1}));
  EXPECT_ORACLE((std::vector<std::uint8_t>{255, 0, 0, 255, 128}));
  EXPECT_ORACLE((std::vector<std::int16_t>{-32768, 32767, 100}));
  EXPECT_ORACLE((std::vector<char>{'a', 'z', 'm'}));
}

TEST(MaxGap, Negatives) {
  EXPECT_ORACLE((std::vector<int>{-5, -100, -7, -1000000, -3}));
  EXPECT_ORACLE((std::vector<long long>{-9, 4, -1, 0, 12, -30}));
}

TEST(MaxGap, DoublesTinyGaps) {
  std::vector<double> v;
  double x = 1.0;
  for (int i = 0; i < 50; ++i) {  // consecutive doubles, one spacing doubled
    v.push_back(x);
    x = std::nextafter(x, 2.0);
    if (i == 30) x = std::nextafter(x, 2.0);
  }
  EXPECT_ORACLE(v);
  EXPECT_ORACLE((std::vector<double>{0.0, lim<double>::denorm_min(), 3 * lim<double>::denorm_min(),
                                     4 * lim<double>::denorm_min()}));
  EXPECT_ORACLE((std::vector<double>{-lim<double>::denorm_min(), lim<double>::denorm_min()}));
  EXPECT_ORACLE((std::vector<float>{1.0f, std::nextafter(1.0f, 2.0f), 1.5f, 1.5000001f}));
}

TEST(MaxGap, SignedZeros) {
  // -0.0 sorts before 0.0; they are equal, so their gap is 0.
  EXPECT_ORACLE((std::vector<double>{0.0, -0.0}));
  EXPECT_ORACLE((std::vector<double>{0.0, -0.0, -0.0}));
  EXPECT_ORACLE((std::vector<double>{-0.0, 0.0, 0.0}));
  EXPECT_ORACLE((std::vector<double>{-0.0, 0.0, 1.0}));   // pair (+0.0, 1.0)
  EXPECT_ORACLE((std::vector<double>{-1.0, 0.0, -0.0}));  // pair (-1.0, -0.0)
  const auto p = cpkit::max_gap_pair(std::vector<double>{1.0, 0.0, -0.0});
  ASSERT_TRUE(p);
  EXPECT_FALSE(std::signbit(p->lo));
  EXPECT_EQ(p->gap, 1.0);
}

TEST(MaxGap, Infinities) {
  const double inf = lim<double>::infinity(), big = lim<double>::max();
  for (const auto& v : std::vector<std::vector<double>>{{-inf, 1.0},
                                                        {1.0, inf},
                                                        {-inf, inf},
                                                        {inf, inf},
                                                        {-inf, -inf},
                                                        {-inf, -inf, 3.0},
                                                        {inf, 2.0, 2.0},
                                                        {-big, big, inf},
                                                        {inf, 1.0, 2.0, 10.0},
                                                        {0.0, -0.0, inf},
                                                        {-inf, inf, inf},
                                                        {inf, -0.0, 0.0, -0.0}}) {
    EXPECT_ORACLE(v);
  }
  EXPECT_EQ(cpkit::max_gap(std::vector<double>{inf, inf}), 0.0);
}

TEST(MaxGap, OverflowingRange) {
  const double big = lim<double>::max();
  EXPECT_EQ(cpkit::max_gap(std::vector<double>{-big, big}), lim<double>::infinity());
  EXPECT_ORACLE((std::vector<double>{-big, 0.0, big}));
  EXPECT_ORACLE((std::vector<double>{-big, big, 1.0, -1.0, big / 2, 3e307}));
  EXPECT_ORACLE((std::vector<float>{-lim<float>::max(), lim<float>::max(), 0.0f}));
}

TEST(MaxGap, OtherContainers) {
  std::list<int> l{5, 1, 9, 2};
  EXPECT_EQ(cpkit::max_gap(l.begin(), l.end()), 4u);  // sorted 1 2 5 9
  const int arr[] = {5, 1, 9, 2};
  EXPECT_EQ(cpkit::max_gap(arr), 4u);
}

// Pass 1 of 64-bit keys in a vector or an array runs in an AVX2 clone where the CPU has it (8
// values a step, the rest scalar). Oracle: sort_scan, with the smallest and the largest value
// planted at every position of vectors of 2..40 values (every lane, the step boundary, the
// scalar tail), through vector iterators and pointers, with the clone allowed and forced off.
template <class T>
void plant_extremes(T low, T high, T fill_lo, T fill_hi) {
  std::mt19937_64 rng(17);
  for (const bool simd : {true, false}) {
    cpkit::detail::gap_simd_enabled() = simd;
    for (std::size_t n = 2; n <= 40; ++n)
      for (std::size_t p = 0; p < n; ++p)
        for (std::size_t q = 0; q < n; ++q) {
          if (p == q) continue;
          std::vector<T> v(n);
          for (auto& x : v) {
            const double t = double(rng() >> 11) * 0x1.0p-53;
            x = static_cast<T>(double(fill_lo) + t * (double(fill_hi) - double(fill_lo)));
          }
          v[p] = low;
          v[q] = high;
          EXPECT_ORACLE(v) << "simd " << simd << " n " << n << " min at " << p << " max at " << q;
          const auto got = cpkit::max_gap_pair(v.data(), v.data() + n);
          const auto want = sort_scan(v);
          ASSERT_TRUE(got.has_value());
          EXPECT_TRUE(same(got->gap, want->gap) && same(got->lo, want->lo) && same(got->hi, want->hi))
              << "pointers, simd " << simd << " n " << n << " min at " << p << " max at " << q;
        }
  }
  cpkit::detail::gap_simd_enabled() = true;
}

TEST(MaxGap, Pass1ClonePlantedExtremes) {
  plant_extremes<std::int64_t>(lim<std::int64_t>::min(), lim<std::int64_t>::max(), -1000, 1000);
  plant_extremes<std::int64_t>(-5, 7, -4, 6);
  plant_extremes<std::uint64_t>(0, lim<std::uint64_t>::max(), 1, 1000000);
  plant_extremes<std::uint64_t>(std::uint64_t(1) << 63, (std::uint64_t(1) << 63) + 9,
                                (std::uint64_t(1) << 63) + 1, (std::uint64_t(1) << 63) + 8);
  plant_extremes<double>(-lim<double>::infinity(), lim<double>::infinity(), -1.0, 1.0);
  plant_extremes<double>(-lim<double>::max(), lim<double>::max(), -1e300, 1e300);
  plant_extremes<double>(-2.5, -0.5, -2.0, -1.0);  // all negative: inverted keys
  plant_extremes<double>(-0.0, 3.0, 0.5, 2.5);     // -0.0 below everything
}

// Integer inputs spanning fewer than 8n values are solved on a bitmap with one bucket per value
// (no third pass). Oracle: sort_scan, on spans just under, at and over 8n, on permutations and
// evenly spaced values with ties everywhere (the first pair must win), signed and unsigned.
TEST(MaxGap, ExactBitmapBoundary) {
  std::mt19937_64 rng(5);
  for (const std::size_t n : {2u, 3u, 63u, 64u, 65u, 1000u, 4099u}) {
    for (std::int64_t span = 8 * std::int64_t(n) - 3; span <= 8 * std::int64_t(n) + 3; ++span) {
      std::vector<std::int64_t> v(n);
      for (auto& x : v) x = -7 + std::int64_t(rng() % std::uint64_t(span + 1));
      v[0] = -7;
      v[n - 1] = -7 + span;
      EXPECT_ORACLE(v) << "n " << n << " span " << span;
      std::vector<std::uint32_t> u(n);
      for (auto& x : u) x = 4000000000u + std::uint32_t(rng() % std::uint64_t(span + 1));
      u[0] = 4000000000u;
      u[n / 2] = 4000000000u + std::uint32_t(span);
      EXPECT_ORACLE(u) << "n " << n << " span " << span;
    }
    std::vector<std::int64_t> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = std::int64_t(i) - std::int64_t(n / 2);
    std::shuffle(perm.begin(), perm.end(), rng);
    EXPECT_ORACLE(perm) << "permutation, n " << n;
    for (const std::int64_t step : {2, 3, 7, 8, 9}) {
      std::vector<std::int64_t> ap(n);
      for (std::size_t i = 0; i < n; ++i) ap[i] = step * std::int64_t(i);
      std::shuffle(ap.begin(), ap.end(), rng);
      EXPECT_ORACLE(ap) << "step " << step << ", n " << n;
    }
  }
  // From 2^17 values the wide try comes first unless the span is under 2n: random spans of
  // 1.5n (exact at once), 5n (wide buckets hold), a step-3 progression (wide fails, then exact).
  const std::size_t big = (std::size_t(1) << 17) + 5;
  for (const double f : {1.5, 5.0}) {
    std::vector<std::int64_t> v(big);
    for (auto& x : v) x = std::int64_t(rng() % std::uint64_t(f * double(big)));
    EXPECT_ORACLE(v) << "random span " << f << "n";
  }
  std::vector<std::int64_t> ap(big);
  for (std::size_t i = 0; i < big; ++i) ap[i] = 3 * std::int64_t(i) - 1000;
  ap[77] += 1;  // one gap of 4, the rest 3 and one 2
  std::shuffle(ap.begin(), ap.end(), rng);
  EXPECT_ORACLE(ap) << "step 3, n " << big;
}

// 64-bit integer slots store 32-bit offsets into their bucket while buckets hold at most 2^32
// values (a bucket width of 2^32 at most). Oracle: sort_scan, on shuffled progressions whose
// step puts the width just under, at and over 2^32, with random offsets up to the step.
TEST(MaxGap, SlotOffsetsAroundTwoToThe32) {
  std::mt19937_64 rng(11);
  for (const std::uint64_t step : {(std::uint64_t(1) << 32) - 3, std::uint64_t(1) << 32,
                                   (std::uint64_t(1) << 32) + 7, (std::uint64_t(1) << 33) - 1,
                                   std::uint64_t(1) << 33, (std::uint64_t(1) << 34) + 1}) {
    for (const std::size_t n : {50u, 3000u}) {
      std::vector<std::int64_t> v(n);
      for (std::size_t i = 0; i < n; ++i)
        v[i] = std::int64_t(std::uint64_t(i) * step + rng() % step) - (std::int64_t(1) << 62);
      std::shuffle(v.begin(), v.end(), rng);
      EXPECT_ORACLE(v) << "step " << step << " n " << n;
      std::vector<std::uint64_t> u(n);
      for (std::size_t i = 0; i < n; ++i) u[i] = std::uint64_t(i) * step;  // ties everywhere
      std::shuffle(u.begin(), u.end(), rng);
      EXPECT_ORACLE(u) << "step " << step << " n " << n;
    }
  }
}

TEST(MaxGapDeathTest, NaNIsAsserted) {
  std::vector<double> v{1.0, std::nan(""), 3.0};
  EXPECT_DEATH((void)cpkit::max_gap(v), "NaN");
  std::vector<double> w{1.0, -std::nan(""), 3.0};
  EXPECT_DEATH((void)cpkit::max_gap(w), "NaN");
  std::vector<float> single{std::nanf("")};
  EXPECT_DEATH((void)cpkit::max_gap_pair(single), "NaN");
}

// ---- large cases ----------------------------------------------------------------------------

TEST(MaxGap, LargeRandomInt64) {
  std::mt19937_64 rng(7);
  std::vector<std::int64_t> v(300000);
  for (auto& x : v) x = std::int64_t(rng());
  EXPECT_ORACLE(v);
}

TEST(MaxGap, LargeArithmeticProgression) {
  // Every bucket occupied and every run a candidate: the memory-heavy path.
  std::vector<std::int64_t> v;
  for (std::int64_t i = 0; i < 200000; ++i) v.push_back(-5 + 3 * ((i * 7919) % 200000));
  v.push_back(600000 + 1);  // one gap slightly larger than the step, at the end
  EXPECT_ORACLE(v);
  std::vector<double> d;
  for (int i = 0; i < 200000; ++i) d.push_back(0.25 * i);
  EXPECT_ORACLE(d);
}

TEST(MaxGap, LargeClusteredAndWideDoubles) {
  std::mt19937_64 rng(11);
  std::vector<std::int64_t> v;
  for (int c = 0; c < 50; ++c) {
    const std::int64_t centre = std::int64_t(rng() >> 2) - (std::int64_t(1) << 61);
    for (int i = 0; i < 4000; ++i) v.push_back(centre + std::int64_t(rng() % 1000));
  }
  EXPECT_ORACLE(v);
  std::vector<double> d(200000);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  for (auto& x : d)
    x = u(rng) * std::ldexp(1.0, int(rng() % 2040) - 1020);  // magnitudes 1e-307..1e307
  EXPECT_ORACLE(d);
}

// From 2^17 values on, the library first tries buckets twice as wide as the pigeonhole width and
// keeps them only if the bitmap proves the answer crosses buckets (longest empty run long
// enough); otherwise it starts again with the narrow width. These cases sit on both sides.
constexpr std::size_t wide_n = std::size_t(1) << 17;

TEST(MaxGap, WideBucketsInt64Extremes) {
  std::mt19937_64 rng(17);
  std::vector<std::int64_t> v(wide_n + 5);
  for (auto& x : v) x = std::int64_t(rng());
  v[3] = lim<std::int64_t>::min();
  v[wide_n] = lim<std::int64_t>::max();
  v[77] = lim<std::int64_t>::min() + 1;
  EXPECT_ORACLE(v);
  std::vector<std::uint64_t> u(wide_n + 1);
  for (auto& x : u) x = rng() | (std::uint64_t(1) << 63);  // upper half, up to 2^64 - 1
  u[9] = lim<std::uint64_t>::max();
  EXPECT_ORACLE(u);
}

TEST(MaxGap, WideBucketsSignedZerosAndSmallDoubles) {
  std::mt19937_64 rng(19);
  std::uniform_real_distribution<double> d(-1e-300, 1e-300);
  std::vector<double> v(wide_n + 3);
  for (auto& x : v) x = d(rng);
  v[0] = -0.0;
  v[1] = 0.0;
  v[2] = -0.0;
  EXPECT_ORACLE(v);
}

TEST(MaxGap, WideBucketsRandomBitDoubles) {
  std::mt19937_64 rng(23);
  std::vector<double> v(wide_n + 11);
  for (auto& x : v) {
    do {
      const std::uint64_t b = rng();
      std::memcpy(&x, &b, sizeof x);
    } while (std::isnan(x) || std::isinf(x));  // finite, any exponent, both signs
  }
  EXPECT_ORACLE(v);
}

// Shuffled arithmetic progressions of just over 2^17 values with k steps doubled: the wide
// buckets have runs of 0 or 1 empty bucket, so they prove the answer only just (k > 0) or
// not at all (k = 0), and a mistake in that test shows as a gap inside one bucket.
TEST(MaxGap, WideBucketsOnTheEdge) {
  std::mt19937_64 rng(29);
  for (int k : {0, 1, 2, 50}) {
    for (std::int64_t step : {1, 2, 3, 7, 1000003}) {
      std::vector<std::int64_t> v;
      std::int64_t x = -step * 1000;
      for (std::size_t i = 0; i < wide_n + 100; ++i) {
        v.push_back(x);
        x += (i % 4099 == 1 && int(i / 4099) < k) ? 2 * step : step;
      }
      std::shuffle(v.begin(), v.end(), rng);
      EXPECT_ORACLE(v) << "k " << k << " step " << step;
    }
    std::vector<double> d;
    for (std::size_t i = 0; i < wide_n + 100; ++i)
      d.push_back(0.5 * double(i) + ((int(i % 4099) == 1 && int(i / 4099) < k) ? 0.25 : 0.0));
    std::shuffle(d.begin(), d.end(), rng);
    EXPECT_ORACLE(d) << "k " << k;
  }
}

// The first try is four times the pigeonhole width for integers (2^shift with shift two above
// the pigeonhole one) and twice the mean gap for floating point. Shuffled progressions of just
// over 2^17 values with k steps widened m times (m = 2..9): the widened steps leave runs of
// 0, 1, 2 or more empty wide buckets, so every side of the test on Dmax is crossed somewhere,
// and with the integer steps 1, 3 and 1000003 the widened gap starts at every offset inside a
// bucket. Oracle: sort_scan.
TEST(MaxGap, WideBucketsGapMultiples) {
  std::mt19937_64 rng(31);
  for (int m = 2; m <= 9; ++m) {
    for (int k : {1, 3}) {
      for (std::int64_t step : {1, 3, 1000003}) {
        std::vector<std::int64_t> v;
        std::int64_t x = -step * 777;
        for (std::size_t i = 0; i < wide_n + 100; ++i) {
          v.push_back(x);
          x += (i % 5003 == 7 && int(i / 5003) < k) ? m * step : step;
        }
        std::shuffle(v.begin(), v.end(), rng);
        EXPECT_ORACLE(v) << "m " << m << " k " << k << " step " << step;
      }
      std::vector<double> d;
      double y = -100.0;
      for (std::size_t i = 0; i < wide_n + 100; ++i) {
        d.push_back(y);
        y += (i % 5003 == 7 && int(i / 5003) < k) ? 0.5 * m : 0.5;
      }
      std::shuffle(d.begin(), d.end(), rng);
      EXPECT_ORACLE(d) << "m " << m << " k " << k;
      std::vector<std::uint32_t> u;
      std::uint32_t z = 5;
      for (std::size_t i = 0; i < wide_n + 100; ++i) {
        u.push_back(z);
        z += (i % 5003 == 7 && int(i / 5003) < k) ? std::uint32_t(2 * m) : 2u;
      }
      std::shuffle(u.begin(), u.end(), rng);
      EXPECT_ORACLE(u) << "m " << m << " k " << k;
    }
  }
}

// ---- properties -----------------------------------------------------------------------------

// Integers biased to duplicates and extremes: a small pool near 0, values next to min and max,
// and arbitrary ones.
template <class T>
rc::Gen<T> int_value() {
  return rc::gen::weightedOneOf<T>({
      {3, rc::gen::map(rc::gen::inRange<int>(-4, 5), [](int x) { return static_cast<T>(x); })},
      {2, rc::gen::map(rc::gen::inRange<int>(0, 3),
                       [](int d) { return static_cast<T>(lim<T>::min() + T(d)); })},
      {2, rc::gen::map(rc::gen::inRange<int>(0, 3),
                       [](int d) { return static_cast<T>(lim<T>::max() - T(d)); })},
      {3, rc::gen::arbitrary<T>()},
  });
}

// Doubles/floats: small integers, signed zeros, extremes, subnormals, neighbours of 1, random
// bit patterns (NaN patterns replaced by 0); infinities only when asked.
template <class T>
rc::Gen<T> float_value(bool with_inf) {
  using bits_t = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
  auto from_bits = [](bits_t b) {
    T x;
    std::memcpy(&x, &b, sizeof x);
    return std::isnan(x) ? T(0) : x;
  };
  const T inf = lim<T>::infinity();
  return rc::gen::weightedOneOf<T>({
      {3, rc::gen::map(rc::gen::inRange<int>(-4, 5), [](int x) { return T(x) / 2; })},
      {2, rc::gen::element(T(0.0), T(-0.0))},
      {2, rc::gen::element(lim<T>::max(), -lim<T>::max(), lim<T>::lowest() / 2, lim<T>::max() / 3)},
      {2, rc::gen::element(lim<T>::denorm_min(), -lim<T>::denorm_min(), 2 * lim<T>::denorm_min(),
                           lim<T>::min())},
      {2, rc::gen::map(rc::gen::inRange<int>(0, 4),
                       [](int k) {
                         T x = T(1);
                         for (int i = 0; i < k; ++i) x = std::nextafter(x, T(2));
                         return x;
                       })},
      {3, rc::gen::map(rc::gen::arbitrary<bits_t>(), from_bits)},
      {with_inf ? 1 : 0, rc::gen::element(inf, -inf)},
  });
}

template <class T>
void int_property() {
  const auto v = *rc::gen::container<std::vector<T>>(int_value<T>());
  RC_ASSERT(mismatch(v) == "");
}

// Oracle: sort_scan, on vectors of integers with duplicates and min/max on purpose.
RC_GTEST_PROP(MaxGapProp, Int8MatchesSortScan, ()) { int_property<std::int8_t>(); }
RC_GTEST_PROP(MaxGapProp, Uint8MatchesSortScan, ()) { int_property<std::uint8_t>(); }
RC_GTEST_PROP(MaxGapProp, Int16MatchesSortScan, ()) { int_property<std::int16_t>(); }
RC_GTEST_PROP(MaxGapProp, Int32MatchesSortScan, ()) { int_property<std::int32_t>(); }
RC_GTEST_PROP(MaxGapProp, Uint32MatchesSortScan, ()) { int_property<std::uint32_t>(); }
RC_GTEST_PROP(MaxGapProp, Int64MatchesSortScan, ()) { int_property<std::int64_t>(); }
RC_GTEST_PROP(MaxGapProp, Uint64MatchesSortScan, ()) { int_property<std::uint64_t>(); }

// Oracle: sort_scan, on doubles and floats mixing zeros of both signs, subnormals, +-max and
// random bit patterns (finite only).
RC_GTEST_PROP(MaxGapProp, DoubleMatchesSortScan, ()) {
  const auto v = *rc::gen::container<std::vector<double>>(float_value<double>(false));
  RC_ASSERT(mismatch(v) == "");
}
RC_GTEST_PROP(MaxGapProp, FloatMatchesSortScan, ()) {
  const auto v = *rc::gen::container<std::vector<float>>(float_value<float>(false));
  RC_ASSERT(mismatch(v) == "");
}

// Oracle: sort_scan, with +-inf mixed in (gap into an infinity is +inf, between equal ones 0).
RC_GTEST_PROP(MaxGapProp, DoubleWithInfinitiesMatchesSortScan, ()) {
  const auto v = *rc::gen::container<std::vector<double>>(float_value<double>(true));
  RC_ASSERT(mismatch(v) == "");
}

// Oracle: sort_scan, on bigger inputs (up to 3000 values) clustered around a random centre,
// including centres next to the type's extremes, so many buckets and candidate runs occur.
template <class T>
void clustered_property() {
  const T centre = *int_value<T>();
  const int spread_bits = *rc::gen::inRange(0, int(sizeof(T) * 8));
  const std::size_t n = *rc::gen::inRange<std::size_t>(2, 3000);
  const std::uint64_t seed = *rc::gen::arbitrary<std::uint64_t>();
  std::mt19937_64 rng(seed);
  using U = std::make_unsigned_t<T>;
  const U mask = spread_bits >= int(sizeof(T) * 8) ? U(~U(0)) : U((U(1) << spread_bits) - 1);
  std::vector<T> v(n);
  for (auto& x : v)
    x = static_cast<T>(U(U(centre) + (U(rng()) & mask)));  // wraps around on purpose
  RC_ASSERT(mismatch(v) == "");
}
RC_GTEST_PROP(MaxGapProp, Int64ClusteredMatchesSortScan, ()) { clustered_property<std::int64_t>(); }
RC_GTEST_PROP(MaxGapProp, Uint32ClusteredMatchesSortScan, ()) {
  clustered_property<std::uint32_t>();
}

// Oracle: sort_scan, on up to 3000 doubles spread over random binades (wide dynamic range),
// where rounding in the bucket index is largest.
RC_GTEST_PROP(MaxGapProp, DoubleWideRangeMatchesSortScan, ()) {
  const std::size_t n = *rc::gen::inRange<std::size_t>(2, 3000);
  const int lo_exp = *rc::gen::inRange(-1074, 1000);
  const int hi_exp = *rc::gen::inRange(lo_exp, 1024);
  std::mt19937_64 rng(*rc::gen::arbitrary<std::uint64_t>());
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  std::vector<double> v(n);
  for (auto& x : v)
    x = std::ldexp(u(rng), lo_exp + int(rng() % std::uint64_t(hi_exp - lo_exp + 1)));
  RC_ASSERT(mismatch(v) == "");
}

// Oracle: sort_scan, on m values drawn from [0, m*r) for a random density r: the occupied
// buckets then form runs of every length, inside 64-bucket words and across their boundaries,
// which is where the word-at-a-time search for long empty runs can go wrong.
RC_GTEST_PROP(MaxGapProp, SparseSubsetsMatchSortScan, ()) {
  const std::size_t m = *rc::gen::inRange<std::size_t>(2, 3000);
  const std::uint64_t r = *rc::gen::inRange<std::uint64_t>(1, 300);
  std::mt19937_64 rng(*rc::gen::arbitrary<std::uint64_t>());
  std::vector<std::uint32_t> v(m);
  for (auto& x : v) x = std::uint32_t(rng() % (m * r));
  RC_ASSERT(mismatch(v) == "");
}

// Oracle: sort_scan, on 2^17 + (0..200) values (the wide-bucket path): clustered int64 near
// random centres, or a progression with random steps doubled, jittered or widened 2..9 times.
RC_GTEST_PROP(MaxGapProp, WideBucketsMatchSortScan, ()) {
  const std::size_t n = wide_n + *rc::gen::inRange<std::size_t>(0, 200);
  const int kind = *rc::gen::inRange(0, 4);
  const std::int64_t widen = *rc::gen::inRange<std::int64_t>(2, 10);
  std::mt19937_64 rng(*rc::gen::arbitrary<std::uint64_t>());
  std::vector<std::int64_t> v(n);
  if (kind == 0) {
    const int spread = *rc::gen::inRange(1, 64);
    const std::uint64_t mask = spread == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << spread) - 1;
    std::vector<std::uint64_t> centre(std::size_t(*rc::gen::inRange(1, 50)));
    for (auto& c : centre) c = rng();
    for (auto& x : v) x = std::int64_t(centre[rng() % centre.size()] + (rng() & mask));
  } else {
    const std::int64_t step = *rc::gen::inRange<std::int64_t>(1, 1000000);
    const std::uint64_t odds = *rc::gen::inRange<std::uint64_t>(1, 100000);
    std::int64_t x = *rc::gen::inRange<std::int64_t>(-1000000, 1000000);
    for (auto& y : v) {
      y = x;
      x += step;
      if (rng() % odds == 0)
        x += kind == 1   ? step
             : kind == 2 ? std::int64_t(rng() % std::uint64_t(step))
                         : (widen - 1) * step;
    }
    std::shuffle(v.begin(), v.end(), rng);
  }
  RC_ASSERT(mismatch(v) == "");
}

// Oracle: sort_scan, on nearly evenly spaced values: a shuffled progression with a random step
// (integers: up to the type's range; floating point: any binade), jittered by up to a quarter
// of the step or a whole one, some values repeated, and one wider gap planted at a random place
// (or none, so the first of equal gaps must win). Sizes below and above 2^17 (int16 above 2^17:
// all values equal, its range is too small). Most integer and float inputs take the direct path
// (slots by bucket: about 2/3 of the core calls for integers, 9/10 for float); small steps, steps
// giving buckets over 2^32 values and jitter take the others, and double never does (16-byte
// slots), so the same property covers the ranked path.
template <class T>
void nearly_even_property() {
  const bool big = *rc::gen::inRange(0, 8) == 0;
  const std::size_t n = big ? wide_n + *rc::gen::inRange<std::size_t>(0, 5000)
                            : *rc::gen::inRange<std::size_t>(2, 3000);
  const int jitter = *rc::gen::inRange(0, 3);  // none, below a quarter step, below a step
  const int plant = *rc::gen::inRange(0, 3);   // no wider gap, up to a quarter step more, a step
  const std::size_t at = *rc::gen::inRange<std::size_t>(0, n);
  std::mt19937_64 rng(*rc::gen::arbitrary<std::uint64_t>());
  auto frac = [&](int level) {  // a fraction of the step in [0, 1/4) or [0, 1), or 0
    return level == 0 ? 0.0 : double(rng() >> 11) * 0x1.0p-53 / (level == 1 ? 4 : 1);
  };
  std::vector<T> v(n);
  if constexpr (std::is_floating_point<T>::value) {
    const int e = *rc::gen::inRange(-60, 60);
    const double step = std::ldexp(1.0 + double(rng() % 1000) / 1000, e);
    const double base = std::ldexp(double(std::int64_t(rng() % 4001) - 2000), e);
    const double extra = frac(plant) * step;
    for (std::size_t i = 0; i < n; ++i)
      v[i] = T(base + double(i) * step + frac(jitter) * step + (i >= at ? extra : 0.0));
  } else {
    using U = std::make_unsigned_t<T>;
    const int bits = *rc::gen::inRange(0, int(sizeof(T) * 8));
    const std::uint64_t room = std::uint64_t(lim<U>::max()) / std::uint64_t(n + 2);
    const std::uint64_t cap = bits >= 64 ? room : std::min(room, std::uint64_t(1) << bits);
    const std::uint64_t step = cap == 0 ? 0 : 1 + rng() % cap;
    const auto part = [&](int level) { return std::uint64_t(frac(level) * double(step)); };
    const std::uint64_t extra = part(plant);
    const std::uint64_t span = step * std::uint64_t(n + 1);  // <= the type's range
    const U base = U(U(lim<T>::min()) + U(rng() % (std::uint64_t(lim<U>::max()) - span + 1)));
    for (std::size_t i = 0; i < n; ++i)
      v[i] = static_cast<T>(U(base + U(std::uint64_t(i) * step + std::min(part(jitter), step - 1) +
                                       (i >= at ? extra : 0))));
  }
  for (std::size_t r = *rc::gen::inRange<std::size_t>(0, 4); r > 0; --r)
    v.push_back(v[std::size_t(rng() % n)]);
  std::shuffle(v.begin(), v.end(), rng);
  RC_ASSERT(mismatch(v) == "");
}
RC_GTEST_PROP(MaxGapProp, NearlyEvenInt64MatchesSortScan, ()) {
  nearly_even_property<std::int64_t>();
}
RC_GTEST_PROP(MaxGapProp, NearlyEvenUint64MatchesSortScan, ()) {
  nearly_even_property<std::uint64_t>();
}
RC_GTEST_PROP(MaxGapProp, NearlyEvenUint32MatchesSortScan, ()) {
  nearly_even_property<std::uint32_t>();
}
RC_GTEST_PROP(MaxGapProp, NearlyEvenInt16MatchesSortScan, ()) {
  nearly_even_property<std::int16_t>();
}
RC_GTEST_PROP(MaxGapProp, NearlyEvenDoubleMatchesSortScan, ()) { nearly_even_property<double>(); }
RC_GTEST_PROP(MaxGapProp, NearlyEvenFloatMatchesSortScan, ()) { nearly_even_property<float>(); }

// Oracle: the definition. lo and hi are input values, hi - lo is the gap, and no input value
// lies strictly between them (they are neighbours in sorted order).
RC_GTEST_PROP(MaxGapProp, PairIsANeighbouringPair, ()) {
  const auto v = *rc::gen::container<std::vector<std::int32_t>>(int_value<std::int32_t>());
  RC_PRE(v.size() >= 2);
  const auto p = cpkit::max_gap_pair(v);
  RC_ASSERT(p.has_value());
  RC_ASSERT(std::find(v.begin(), v.end(), p->lo) != v.end());
  RC_ASSERT(std::find(v.begin(), v.end(), p->hi) != v.end());
  RC_ASSERT(p->lo <= p->hi);
  RC_ASSERT(std::uint32_t(std::uint32_t(p->hi) - std::uint32_t(p->lo)) == p->gap);
  for (auto x : v) RC_ASSERT(!(p->lo < x && x < p->hi));
}

// Oracle: sort_scan, on random 64-bit vectors with the clone allowed and forced off.
RC_GTEST_PROP(MaxGapProp, Pass1CloneAndPortableAgree, ()) {
  const auto a = *rc::gen::container<std::vector<std::int64_t>>(int_value<std::int64_t>());
  const auto b = *rc::gen::container<std::vector<double>>(float_value<double>(true));
  for (const bool simd : {true, false}) {
    cpkit::detail::gap_simd_enabled() = simd;
    const std::string ma = mismatch(a), mb = mismatch(b);
    cpkit::detail::gap_simd_enabled() = true;
    RC_ASSERT(ma == "");
    RC_ASSERT(mb == "");
  }
}

}  // namespace
