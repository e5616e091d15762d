// Benchmarks for sort_by_argument and convex_hull against the straightforward reference, on many
// small cases and on one large one (issue 19: Library Checker's tests of many small cases).
// Each iteration runs T cases of n points, T * n = 5e5 for n in {10, 100, 1000}; n = 2e5 is one
// case. Points uniform in [-1e9, 1e9]^2 (int64); hull_circle: rounded points on the circle of
// radius 1e9 (every point on or next to the hull).
//   arg_sort_cases: baseline is the classic comparator: half-plane class (y < 0 | angle 0 |
//     (0, pi]), then the 64-bit cross product, std::sort. Both sides copy each case into a
//     reused vector and sort it in place (the copy is in both timings).
//   hull_cases, hull_circle_cases: baseline is the plain monotone chain: copy, std::sort by
//     (x, y), 64-bit cross products, stack of 2n points. Both return a new vector per case.
// Checked once outside timing: the same sorted sequence up to ties (exactly compared), the same
// hull size.
#include "cpkit/geometry/argument_sort.hpp"
#include "cpkit/geometry/convex_hull.hpp"

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
using Cases = std::vector<std::vector<P>>;

std::shared_ptr<Cases> make_cases(std::size_t n, bool circle) {
  auto g = cpkit_bench::rng(19);
  const std::size_t total = 500000, t = n >= total ? 1 : total / n;
  auto cs = std::make_shared<Cases>(t, std::vector<P>(n));
  for (auto& c : *cs)
    for (P& p : c) p = circle ? cpkit_bench::circle_point(g) : cpkit_bench::uniform_point(g);
  return cs;
}

void baseline_arg_sort(std::vector<P>& v) {
  std::sort(v.begin(), v.end(), [](const P& a, const P& b) {
    auto half = [](const P& p) { return p.y < 0 ? 0 : (p.y == 0 && p.x >= 0) ? 1 : 2; };
    const int ha = half(a), hb = half(b);
    if (ha != hb) return ha < hb;
    return a.x * b.y > a.y * b.x;  // |coord| <= 1e9: products fit
  });
}

std::vector<P> baseline_hull(std::vector<P> p) {
  std::sort(p.begin(), p.end());
  const std::size_t n = p.size();
  if (n < 3) return p;
  auto cr = [](const P& o, const P& a, const P& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);  // |diff| <= 2e9: fits
  };
  std::vector<P> h(2 * n);
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    while (k >= 2 && cr(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = n - 1, t = k + 1; i-- > 0;) {
    while (k >= t && cr(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  h.resize(k - 1);
  return h;
}

void add_arg_sort(std::size_t n) {
  auto cs = make_cases(n, false);
  for (const auto& c : *cs) {
    auto a = c, b = c;
    cpkit::sort_by_argument(a);
    baseline_arg_sort(b);
    for (std::size_t i = 0; i < a.size(); ++i)  // same direction at every position
      if (cpkit::arg_less(a[i], b[i]) || cpkit::arg_less(b[i], a[i])) std::abort();
  }
  auto run = [cs](void (*f)(std::vector<P>&)) {
    return [cs, f](benchmark::State& st) {
      std::vector<P> v;
      for (auto _ : st)
        for (const auto& c : *cs) {
          v.assign(c.begin(), c.end());
          f(v);
          benchmark::DoNotOptimize(v.data());
        }
    };
  };
  const long long size = static_cast<long long>(n);
  cpkit_bench::add("arg_sort_cases", size, "cpkit",
                   run([](std::vector<P>& v) { cpkit::sort_by_argument(v); }));
  cpkit_bench::add("arg_sort_cases", size, "baseline", run(baseline_arg_sort));
}

void add_hull(const char* name, std::size_t n, bool circle) {
  auto cs = make_cases(n, circle);
  for (const auto& c : *cs)
    if (cpkit::convex_hull(c).size() != baseline_hull(c).size()) std::abort();
  auto run = [cs](std::vector<P> (*f)(const std::vector<P>&)) {
    return [cs, f](benchmark::State& st) {
      for (auto _ : st) {
        std::size_t s = 0;
        for (const auto& c : *cs) s += f(c).size();
        benchmark::DoNotOptimize(s);
      }
    };
  };
  const long long size = static_cast<long long>(n);
  cpkit_bench::add(name, size, "cpkit",
                   run([](const std::vector<P>& v) { return cpkit::convex_hull(v); }));
  cpkit_bench::add(name, size, "baseline",
                   run([](const std::vector<P>& v) { return baseline_hull(v); }));
}

const bool registered = [] {
  for (std::size_t n : {10, 100, 1000, 200000}) {
    add_arg_sort(n);
    add_hull("hull_cases", n, false);
    add_hull("hull_circle_cases", n, true);
  }
  return true;
}();

}  // namespace
