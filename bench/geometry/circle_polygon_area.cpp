// Benchmark for include/cpkit/geometry/circle_polygon_area.hpp (compiled into geometry_bench).
//   circle_polygon_area, n = 10^5 and 10^6 int64 vertices of a star-shaped polygon (random radii
//   in [1, 2000] at increasing angles around the origin), the circle of radius 1000 at (100, 50):
//   most edges cross the circle, so both sectors and triangles are computed.
//   cpkit: circle_polygon_area. baseline: the notebook routine contestants paste (KACTL's
//   circlePolygonIntersection: per edge, the roots of the edge's quadratic clipped to [0, 1],
//   sector-triangle-sector with atan2), on double points prepared once outside timing. The two
//   areas are checked equal (relative 1e-9) once outside timing.
#include "cpkit/geometry/circle_polygon_area.hpp"

#include "bench_util.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

namespace {

using P = cpkit::point<long long>;

struct BP {
  double x, y;
};

double baseline_area(BP c, double r, const std::vector<BP>& ps) {
  const auto arg = [](BP p, BP q) {
    return std::atan2(p.x * q.y - p.y * q.x, p.x * q.x + p.y * q.y);
  };
  const auto tri = [&](BP p, BP q) {
    const double r2 = r * r / 2;
    const BP d{q.x - p.x, q.y - p.y};
    const double dd = d.x * d.x + d.y * d.y;
    const double a = (d.x * p.x + d.y * p.y) / dd, b = (p.x * p.x + p.y * p.y - r * r) / dd;
    const double det = a * a - b;
    if (det <= 0) return arg(p, q) * r2;
    const double s = std::max(0., -a - std::sqrt(det)), t = std::min(1., -a + std::sqrt(det));
    if (t < 0 || 1 <= s) return arg(p, q) * r2;
    const BP u{p.x + d.x * s, p.y + d.y * s}, v{p.x + d.x * t, p.y + d.y * t};
    return arg(p, u) * r2 + (u.x * v.y - u.y * v.x) / 2 + arg(v, q) * r2;
  };
  double sum = 0;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const BP a = ps[i], b = ps[(i + 1) % ps.size()];
    sum += tri({a.x - c.x, a.y - c.y}, {b.x - c.x, b.y - c.y});
  }
  return std::fabs(sum);
}

std::vector<P> star(int n) {
  auto g = cpkit_bench::rng(15);
  std::uniform_real_distribution<double> rad(1, 2000);
  std::vector<P> v(n);
  const double pi = std::acos(-1.0);
  for (int i = 0; i < n; ++i) {
    const double t = 2 * pi * i / n, q = rad(g);
    v[i] = P(std::llround(q * std::cos(t)), std::llround(q * std::sin(t)));
  }
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

const bool registered = [] {
  for (int n : {100000, 1000000}) {
    const auto poly = std::make_shared<std::vector<P>>(star(n));
    const cpkit::circle<long long> c(P(100, 50), 1000);
    std::vector<BP> bp;
    for (const P& p : *poly) bp.push_back({double(p.x), double(p.y)});
    const auto bps = std::make_shared<std::vector<BP>>(bp);
    const double want = cpkit::circle_polygon_area(c, *poly);
    const double got = baseline_area({100, 50}, 1000, *bps);
    if (std::fabs(want - got) > 1e-9 * want) std::abort();
    cpkit_bench::add("circle_polygon_area", n, "cpkit", [poly, c](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(cpkit::circle_polygon_area(c, *poly));
    });
    cpkit_bench::add("circle_polygon_area", n, "baseline", [bps](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(baseline_area({100, 50}, 1000, *bps));
    });
  }
  return true;
}();

}  // namespace
