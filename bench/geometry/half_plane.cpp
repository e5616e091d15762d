// Benchmarks for include/cpkit/geometry/half_plane.hpp, beside what a contestant writes.
//   half_plane_circle, n = 1e5: tangent lines of the circle of radius 1e9 at random angles,
//     the circle on their left, int64 coordinates: every line is an edge (a polygon with about
//     n corners).
//   half_plane_random, n = 1e5: lines through random points of [-1e9, 1e9]^2 with random
//     directions, each oriented to keep the origin, inside the box [-1e9, 1e9]^2 (cpkit: the box
//     overload; baseline: four more lines): most lines are redundant.
//   baseline: atan2 sort, parallel lines merged within 1e-9 rad, the deque on double lines
//     (the cp-algorithms formulation with its antiparallel check), 1e-9 tolerance.
// Both return the area; checked equal (relative 1e-6) once, outside timing.
#include "cpkit/geometry/half_plane.hpp"
#include "cpkit/geometry/polygon.hpp"

#include "bench_util.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

namespace {

using P = cpkit::point<long long>;
using H = cpkit::half_plane<long long>;

std::vector<H> circle_lines(std::size_t n) {
  auto g = cpkit_bench::rng(31);
  std::uniform_real_distribution<double> ang(0, 2 * 3.14159265358979323846);
  std::vector<H> v(n);
  for (H& h : v) {
    const double t = ang(g);
    const P a(std::llround(1e9 * std::cos(t)), std::llround(1e9 * std::sin(t)));
    const P d(std::llround(-1e6 * std::sin(t)), std::llround(1e6 * std::cos(t)));
    h = {a, a + d};
  }
  return v;
}

std::vector<H> random_lines(std::size_t n) {
  auto g = cpkit_bench::rng(32);
  std::uniform_int_distribution<long long> c(-1000000000, 1000000000), s(-1000000, 1000000);
  std::vector<H> v(n);
  for (H& h : v) {
    P a(c(g), c(g)), d;
    while (d.x == 0 && d.y == 0) d = P(s(g), s(g));
    h = {a, a + d};
    if (cpkit::cross(h.a, h.b, P(0, 0)) < 0) std::swap(h.a, h.b);
  }
  return v;
}

// ---- what a contestant writes
struct bl_pt {
  double x, y;
};
struct bl_line {
  bl_pt p, d;
  double ang;
};
double bl_cross(bl_pt a, bl_pt b) { return a.x * b.y - a.y * b.x; }
bl_pt bl_inter(const bl_line& s, const bl_line& t) {
  const double k = bl_cross({t.p.x - s.p.x, t.p.y - s.p.y}, t.d) / bl_cross(s.d, t.d);
  return {s.p.x + s.d.x * k, s.p.y + s.d.y * k};
}
bool bl_out(const bl_line& l, bl_pt q) { return bl_cross(l.d, {q.x - l.p.x, q.y - l.p.y}) < -1e-9; }

double baseline_area(const std::vector<H>& in, bool box) {
  const double eps = 1e-9;
  std::vector<bl_line> h;
  h.reserve(in.size() + 4);
  auto add = [&](double ax, double ay, double bx, double by) {
    const bl_pt d{bx - ax, by - ay};
    h.push_back({{ax, ay}, d, std::atan2(d.y, d.x)});
  };
  for (const H& x : in)
    add(static_cast<double>(x.a.x), static_cast<double>(x.a.y), static_cast<double>(x.b.x),
        static_cast<double>(x.b.y));
  if (box) {
    const double b = 1e9;
    add(-b, -b, b, -b), add(b, -b, b, b), add(b, b, -b, b), add(-b, b, -b, -b);
  }
  std::sort(h.begin(), h.end(), [](const bl_line& a, const bl_line& b) { return a.ang < b.ang; });
  std::vector<bl_line> dq(h.size() + 1);
  int f = 0, len = 0;
  for (const bl_line& l : h) {
    while (len > 1 && bl_out(l, bl_inter(dq[f + len - 1], dq[f + len - 2]))) --len;
    while (len > 1 && bl_out(l, bl_inter(dq[f], dq[f + 1]))) ++f, --len;
    if (len > 0 && std::fabs(l.ang - dq[f + len - 1].ang) < eps) {
      if (bl_out(l, dq[f + len - 1].p)) continue;  // the kept one is inner
      --len;
    }
    dq[f + len++] = l;
  }
  while (len > 2 && bl_out(dq[f], bl_inter(dq[f + len - 1], dq[f + len - 2]))) --len;
  while (len > 2 && bl_out(dq[f + len - 1], bl_inter(dq[f], dq[f + 1]))) ++f, --len;
  if (len < 3) return 0;
  std::vector<bl_pt> v(len);
  for (int i = 0; i < len; ++i) v[i] = bl_inter(dq[f + i], dq[f + (i + 1) % len]);
  double a = 0;
  for (int i = 0; i < len; ++i)
    a += bl_cross({v[i].x - v[0].x, v[i].y - v[0].y},
                  {v[(i + 1) % len].x - v[0].x, v[(i + 1) % len].y - v[0].y});
  return a / 2;
}

double cpkit_area(const std::vector<H>& in, bool box) {
  const auto r = box ? cpkit::half_plane_intersection(in, P(-1000000000, -1000000000),
                                                      P(1000000000, 1000000000))
                     : cpkit::half_plane_intersection(in);
  return r.kind == cpkit::half_plane_kind::polygon ? cpkit::area(r.vertices) : 0.0;
}

void add_case(const char* name, std::vector<H> (*make)(std::size_t), std::size_t n, bool box) {
  const auto input = std::make_shared<const std::vector<H>>(make(n));
  const double a = cpkit_area(*input, box), b = baseline_area(*input, box);
  if (!(a > 0) || std::fabs(a - b) > 1e-6 * a) std::abort();
  cpkit_bench::add(name, static_cast<long long>(n), "cpkit", [input, box](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(cpkit_area(*input, box));
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()) *
                         static_cast<std::int64_t>(input->size()));
  });
  cpkit_bench::add(name, static_cast<long long>(n), "baseline", [input, box](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(baseline_area(*input, box));
    st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()) *
                         static_cast<std::int64_t>(input->size()));
  });
}

const bool registered = [] {
  add_case("half_plane_circle", circle_lines, 100000, false);
  add_case("half_plane_random", random_lines, 100000, true);
  return true;
}();

}  // namespace
