// Point generators shared by bench/geometry_bench.cpp and bench/geometry/*.cpp (one definition,
// the same inputs as before they moved here: same seeds, same calls on the generator).
//   uniform_point(g): int64 point uniform in [-1e9, 1e9]^2
//   circle_point(g):  a uniform angle, the point of the circle of radius 1e9 at it, rounded
//   uniform_points(n, seed), circle_points(n, seed): n of them from cpkit_bench::rng(seed)
#pragma once

#include "cpkit/geometry/point.hpp"

#include "bench_util.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace cpkit_bench {

using geo_point = cpkit::point<long long>;

template <class G>
geo_point uniform_point(G& g) {
  std::uniform_int_distribution<long long> d(-1000000000, 1000000000);
  return geo_point(d(g), d(g));
}

template <class G>
geo_point circle_point(G& g) {
  std::uniform_real_distribution<double> d(0, 2 * 3.14159265358979323846);
  const double t = d(g);
  return geo_point(std::llround(1e9 * std::cos(t)), std::llround(1e9 * std::sin(t)));
}

inline std::vector<geo_point> uniform_points(std::size_t n, std::uint64_t seed = 20261123) {
  auto g = rng(seed);
  std::vector<geo_point> v(n);
  for (geo_point& p : v) p = uniform_point(g);
  return v;
}

inline std::vector<geo_point> circle_points(std::size_t n, std::uint64_t seed = 7) {
  auto g = rng(seed);
  std::vector<geo_point> v(n);
  for (geo_point& p : v) p = circle_point(g);
  return v;
}

}  // namespace cpkit_bench
