// Benchmark for include/cpkit/geometry/circle_polygon_area.hpp (compiled into geometry_bench).
//   circle_polygon_area, n = 10^5 and 10^6 int64 vertices of a star-shaped polygon (random radii
//   in [1, 2000] at increasing angles around the origin), the circle of radius 1000 at (100, 50):
//   most edges cross the circle, so both sectors and triangles are computed.
//   cpkit: circle_polygon_area. baseline: the textbook routine contestants write (per edge, the
//   circle and the triangle (centre, a, b) by whether a and b are inside and where the edge
//   crosses the circle: triangles and atan2 sectors), on double points prepared once outside
//   timing. The two
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

// The routine as contestants usually write it from the textbook case analysis: the signed area
// of the circle (centre at the origin) and the triangle (O, a, b), by whether a and b are inside
// and where the segment ab enters and leaves the circle; every piece is a triangle or a sector.
double cross2(BP a, BP b) { return a.x * b.y - a.y * b.x; }
double dot2(BP a, BP b) { return a.x * b.x + a.y * b.y; }
double sector_area(BP a, BP b, double r) { return 0.5 * r * r * std::atan2(cross2(a, b), dot2(a, b)); }

double piece(BP a, BP b, double r) {
  const double la = dot2(a, a), lb = dot2(b, b), rr = r * r;
  const bool in_a = la <= rr, in_b = lb <= rr;
  if (in_a && in_b) return 0.5 * cross2(a, b);
  // The points a + t (b - a) on the circle: t^2 |d|^2 + 2 t (a.d) + |a|^2 - r^2 = 0.
  const BP d{b.x - a.x, b.y - a.y};
  const double qa = dot2(d, d), qb = dot2(a, d), qc = la - rr;
  const double disc = qb * qb - qa * qc;
  if (qa == 0) return 0.0;
  if (disc <= 0) return sector_area(a, b, r);
  const double root = std::sqrt(disc);
  const double t1 = (-qb - root) / qa, t2 = (-qb + root) / qa;
  const BP p1{a.x + d.x * t1, a.y + d.y * t1}, p2{a.x + d.x * t2, a.y + d.y * t2};
  if (in_a) return 0.5 * cross2(a, p2) + sector_area(p2, b, r);   // leaves at t2
  if (in_b) return sector_area(a, p1, r) + 0.5 * cross2(p1, b);   // enters at t1
  if (t1 >= 1 || t2 <= 0) return sector_area(a, b, r);           // the chord misses the edge
  return sector_area(a, p1, r) + 0.5 * cross2(p1, p2) + sector_area(p2, b, r);
}

double baseline_area(BP c, double r, const std::vector<BP>& ps) {
  double sum = 0;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const BP a = ps[i], b = ps[(i + 1) % ps.size()];
    sum += piece({a.x - c.x, a.y - c.y}, {b.x - c.x, b.y - c.y}, r);
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
