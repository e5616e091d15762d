// Every value type and container max_gap accepts, instantiated and run: built by both g++ and
// clang++ with the strict flags, asserts on and off, and by clang++ with its undefined-behaviour
// sanitizer, which (unlike g++'s) checks float-to-integer conversions (tests/CMakeLists.txt,
// max_gap_types.*).
// Compilers disagree on what templates accept (clang rejected a vector-extension broadcast of
// `unsigned long long` that g++ took), and the unit tests are built by one compiler only.
// Oracle: sort + adjacent scan of the same values, in the value type's own arithmetic (the
// unsigned difference for integers), first pair on ties; for floating point, -0.0 before 0.0.
#include "cpkit/max_gap.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <list>
#include <random>
#include <type_traits>
#include <vector>

namespace {

int failures = 0;

template <class T>
bool before(T a, T b) {  // sorted order with -0.0 before 0.0
  if constexpr (std::is_floating_point<T>::value) {
    if (a == b) return std::signbit(a) && !std::signbit(b);
  }
  return a < b;
}

template <class T>
cpkit::max_gap_t<T> oracle(std::vector<T> v) {
  std::sort(v.begin(), v.end(), before<T>);
  cpkit::max_gap_t<T> best = 0;
  for (std::size_t i = 1; i < v.size(); ++i) {
    cpkit::max_gap_t<T> g;
    if constexpr (std::is_floating_point<T>::value)
      g = v[i] == v[i - 1] ? T(0) : v[i] - v[i - 1];
    else
      g = cpkit::max_gap_t<T>(cpkit::max_gap_t<T>(v[i]) - cpkit::max_gap_t<T>(v[i - 1]));
    if (g > best) best = g;
  }
  return best;
}

template <class T, class Got>
void expect(const char* what, const std::vector<T>& v, Got got) {
  const auto want = oracle(v);
  if (!(got == want)) {
    ++failures;
    std::printf("FAIL %s, n = %zu: got %.17g, want %.17g\n", what, v.size(), double(got),
                double(want));
  }
}

template <class T>
T draw(std::mt19937_64& rng, int kind) {
  if constexpr (std::is_floating_point<T>::value) {
    return T(double(std::int64_t(rng() % 2000001) - 1000000) / 8);
  } else {
    const std::uint64_t r = rng();
    return kind == 0 ? static_cast<T>(r) : static_cast<T>(r % 50);  // full range or dense
  }
}

// Every container and call form on one value type: vector (AVX2 pass 1 for 64-bit keys),
// pointer range, C array, std::array, deque, list; max_gap and max_gap_pair.
template <class T>
void one_type(const char* name) {
  std::mt19937_64 rng(std::hash<const char*>{}(name) ^ 12345);
  for (const std::size_t n : {0u, 1u, 2u, 7u, 8u, 9u, 100u, 5000u, 140000u}) {
    for (int kind = 0; kind < 2; ++kind) {
      std::vector<T> v(n);
      for (auto& x : v) x = draw<T>(rng, kind);
      expect(name, v, cpkit::max_gap(v));
      expect(name, v, cpkit::max_gap(v.cbegin(), v.cend()));
      expect(name, v, cpkit::max_gap(v.data(), v.data() + v.size()));
      const auto p = cpkit::max_gap_pair(v);
      expect(name, v, p ? p->gap : cpkit::max_gap_t<T>(0));
      if (n <= 9) {
        std::deque<T> d(v.begin(), v.end());
        std::list<T> l(v.begin(), v.end());
        expect(name, v, cpkit::max_gap(d));
        expect(name, v, cpkit::max_gap(l.begin(), l.end()));
      }
    }
  }
  T arr[3] = {T(5), T(1), T(9)};
  expect(name, std::vector<T>(arr, arr + 3), cpkit::max_gap(arr));
  const std::array<T, 4> a4{T(2), T(8), T(3), T(4)};
  expect(name, std::vector<T>(a4.begin(), a4.end()), cpkit::max_gap(a4));
  if constexpr (sizeof(T) == 8 && std::is_integral<T>::value) {
    // 64-bit volatile values compiled before the AVX2 pass (the clone's contiguity test must not
    // name std::vector<volatile T>, which is ill-formed); narrower volatile types never did.
    volatile T vol[4] = {T(7), T(1), T(3), T(2)};
    expect(name, std::vector<T>{T(7), T(1), T(3), T(2)}, cpkit::max_gap(vol, vol + 4));
  }
}

}  // namespace

int main() {
  one_type<signed char>("signed char");
  one_type<unsigned char>("unsigned char");
  one_type<char>("char");
  one_type<short>("short");
  one_type<unsigned short>("unsigned short");
  one_type<int>("int");
  one_type<unsigned>("unsigned");
  one_type<long>("long");
  one_type<unsigned long>("unsigned long");
  one_type<long long>("long long");
  one_type<unsigned long long>("unsigned long long");
  one_type<std::int64_t>("int64_t");
  one_type<std::uint64_t>("uint64_t");
  one_type<float>("float");
  one_type<double>("double");
  if (failures == 0) std::printf("max_gap on 15 value types and 7 call forms: all match\n");
  return failures == 0 ? 0 : 1;
}
