// Benchmark for include/cpkit/geometry/min_enclosing_circle.hpp (compiled into geometry_bench).
//   min_enclosing_circle, n = 10^6 int64 points uniform in [-10^9, 10^9]^2.
//   cpkit: min_enclosing_circle (copy, splitmix64 shuffle, exact decisions behind a double
//     filter). baseline: what a contestant writes: copy to double points, std::shuffle with
//     std::mt19937, the triple loop with `dist > r + 1e-9` tests and a circumcentre by Cramer's
//     rule, distances by std::hypot. sqrt: the same with sqrt(dx^2 + dy^2) (an extra variant).
//     All radii are checked equal (relative 1e-9) once outside timing.
#include "cpkit/geometry/min_enclosing_circle.hpp"

#include "bench_util.hpp"
#include "points.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

namespace {

using P = cpkit::point<long long>;

struct BCircle {
  double x, y, r;
};

// use_sqrt: the distance as sqrt(dx^2 + dy^2) instead of std::hypot (the "sqrt" variant).
BCircle baseline_mec(const std::vector<P>& in, bool use_sqrt = false) {
  struct Q {
    double x, y;
  };
  std::vector<Q> p(in.size());
  for (std::size_t i = 0; i < in.size(); ++i)
    p[i] = {static_cast<double>(in[i].x), static_cast<double>(in[i].y)};
  std::mt19937 g(12345);
  std::shuffle(p.begin(), p.end(), g);
  const double eps = 1e-9;
  auto dist = [use_sqrt](double dx, double dy) {
    return use_sqrt ? std::sqrt(dx * dx + dy * dy) : std::hypot(dx, dy);
  };
  auto out = [&](const BCircle& c, const Q& q) { return dist(q.x - c.x, q.y - c.y) > c.r + eps; };
  BCircle c{p[0].x, p[0].y, 0};
  for (std::size_t i = 1; i < p.size(); ++i) {
    if (!out(c, p[i])) continue;
    c = {p[i].x, p[i].y, 0};
    for (std::size_t j = 0; j < i; ++j) {
      if (!out(c, p[j])) continue;
      c = {(p[i].x + p[j].x) / 2, (p[i].y + p[j].y) / 2,
           dist(p[i].x - p[j].x, p[i].y - p[j].y) / 2};
      for (std::size_t k = 0; k < j; ++k) {
        if (!out(c, p[k])) continue;
        const double bx = p[j].x - p[i].x, by = p[j].y - p[i].y;
        const double cx = p[k].x - p[i].x, cy = p[k].y - p[i].y;
        const double d = 2 * (bx * cy - by * cx);
        const double b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
        const double ux = (cy * b2 - by * c2) / d, uy = (bx * c2 - cx * b2) / d;
        c = {p[i].x + ux, p[i].y + uy, dist(ux, uy)};
      }
    }
  }
  return c;
}

void add_mec(std::size_t n) {
  auto input = std::make_shared<std::vector<P>>(cpkit_bench::uniform_points(n, 31));
  {
    const auto a = cpkit::min_enclosing_circle(*input);
    const BCircle b = baseline_mec(*input), s = baseline_mec(*input, true);
    if (std::fabs(a.r - b.r) > 1e-9 * b.r || std::fabs(a.r - s.r) > 1e-9 * s.r) std::abort();
  }
  cpkit_bench::add("min_enclosing_circle", static_cast<long long>(n), "cpkit",
                   [input](benchmark::State& st) {
                     for (auto _ : st) {
                       auto c = cpkit::min_enclosing_circle(*input);
                       benchmark::DoNotOptimize(c);
                     }
                   });
  cpkit_bench::add("min_enclosing_circle", static_cast<long long>(n), "baseline",
                   [input](benchmark::State& st) {
                     for (auto _ : st) {
                       auto c = baseline_mec(*input);
                       benchmark::DoNotOptimize(c);
                     }
                   });
  cpkit_bench::add("min_enclosing_circle", static_cast<long long>(n), "sqrt",
                   [input](benchmark::State& st) {
                     for (auto _ : st) {
                       auto c = baseline_mec(*input, true);
                       benchmark::DoNotOptimize(c);
                     }
                   });
}

const bool registered = [] {
  add_mec(1000000);
  return true;
}();

}  // namespace
