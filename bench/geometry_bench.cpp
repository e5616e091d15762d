// Benchmarks for include/cpkit/geometry: convex hull and sort by argument, each beside what a
// contestant writes otherwise.
//   convex_hull_uniform / convex_hull_circle, size n in {1e5, 1e6}: int64 points in [-1e9, 1e9]^2
//     (uniform in the square / on the circle of radius 1e9, rounded). baseline: Andrew's
//     monotone chain, std::sort by (x, y), __int128 cross products.
//   sort_by_argument, n = 2e5, uniform in [-1e9, 1e9]^2. baseline: sort by a precomputed double
//     atan2. Counter atan2_wrong: adjacent pairs the atan2 order gets wrong (exact check), on
//     this input and on an adversarial one (near-collinear pairs), computed once outside timing.
//   closest_pair, n in {1e5, 5e5}, uniform in [-1e9, 1e9]^2 (int64). baseline: the sweep a
//     contestant writes: sort by x, a std::set of (y, index) holding the points within the
//     current best distance in x, queried in [y - d, y + d]; 64-bit squared distances. Both
//     return an index pair at the smallest distance (checked equal once outside timing).
#include "cpkit/geometry.hpp"
#include "cpkit/geometry/closest_pair.hpp"

#include "bench_util.hpp"
#include "geometry/points.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <random>
#include <set>
#include <utility>
#include <vector>

namespace {

using P = cpkit::point<long long>;
__extension__ typedef __int128 i128;

std::vector<P> uniform_points(std::size_t n) { return cpkit_bench::uniform_points(n); }
std::vector<P> circle_points(std::size_t n) { return cpkit_bench::circle_points(n); }

// What a contestant writes: Andrew's monotone chain, strict hull.
std::vector<P> baseline_hull(std::vector<P> p) {
  std::sort(p.begin(), p.end());
  const std::size_t n = p.size();
  if (n < 3) return p;
  auto cr = [](const P& o, const P& a, const P& b) {
    return i128(a.x - o.x) * (b.y - o.y) - i128(a.y - o.y) * (b.x - o.x);
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

void add_hull(const char* name, std::vector<P> (*make)(std::size_t), std::size_t n) {
  auto input = std::make_shared<std::vector<P>>(make(n));
  // Same hull size from both (start vertices differ by convention).
  if (cpkit::convex_hull(*input).size() != baseline_hull(*input).size()) std::abort();
  cpkit_bench::add(name, static_cast<long long>(n), "cpkit", [input](benchmark::State& st) {
    for (auto _ : st) {
      auto h = cpkit::convex_hull(*input);
      benchmark::DoNotOptimize(h.data());
    }
  });
  cpkit_bench::add(name, static_cast<long long>(n), "baseline", [input](benchmark::State& st) {
    for (auto _ : st) {
      auto h = baseline_hull(*input);
      benchmark::DoNotOptimize(h.data());
    }
  });
}

std::vector<P> atan2_sort(const std::vector<P>& v) {
  std::vector<std::pair<double, std::size_t>> key(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    key[i] = {std::atan2(static_cast<double>(v[i].y), static_cast<double>(v[i].x)), i};
  std::sort(key.begin(), key.end());
  std::vector<P> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = v[key[i].second];
  return out;
}

// Adjacent pairs out of exact order.
long long wrong_pairs(const std::vector<P>& sorted) {
  long long bad = 0;
  for (std::size_t i = 1; i < sorted.size(); ++i) bad += cpkit::arg_less(sorted[i], sorted[i - 1]);
  return bad;
}

// Pairs a, b with cross(a, b) = +-1 and |a|, |b| ~ 1e8..1e9: directions about 1e-17 rad apart,
// below the resolution of a double angle (~1e-16 rad). b from the extended Euclid identity.
std::vector<P> near_collinear(std::size_t n) {
  auto g = cpkit_bench::rng(11);
  std::uniform_int_distribution<long long> d(500000000, 1000000000);
  std::uniform_int_distribution<int> rot(0, 3);
  std::vector<P> v;
  while (v.size() < n) {
    const long long x = d(g), y = d(g);
    // extended Euclid: s0 * x + t0 * y = gcd
    long long r0 = x, r1 = y, s0 = 1, s1 = 0, t0 = 0, t1 = 1;
    while (r1 != 0) {
      const long long q = r0 / r1;
      std::swap(r0, r1), r1 -= q * r0;
      std::swap(s0, s1), s1 -= q * s0;
      std::swap(t0, t1), t1 -= q * t0;
    }
    if (r0 != 1) continue;
    // cross((x, y), (-t0, s0)) = x s0 + y t0 = 1
    P a(x, y), b(-t0, s0);
    if (b.x < 0 || b.y < 0) b = b + a;  // same cross, coordinates within (0, 2e9)
    if (b.x > 1000000000 || b.y > 1000000000) continue;
    for (int k = rot(g); k > 0; --k) a = cpkit::rot90(a), b = cpkit::rot90(b);
    if (rot(g) & 1) std::swap(a, b);  // input order must not hint the answer to atan2's ties
    v.push_back(a);
    v.push_back(b);
  }
  v.resize(n);
  return v;
}

void add_sort(std::size_t n) {
  auto input = std::make_shared<std::vector<P>>(uniform_points(n));
  const long long wrong_uniform = wrong_pairs(atan2_sort(*input));
  const long long wrong_adversarial = wrong_pairs(atan2_sort(near_collinear(n)));
  {
    auto v = *input;
    cpkit::sort_by_argument(v);
    if (wrong_pairs(v) != 0) std::abort();
  }
  cpkit_bench::add("sort_by_argument", static_cast<long long>(n), "cpkit", [input](benchmark::State& st) {
    for (auto _ : st) {
      auto v = *input;
      cpkit::sort_by_argument(v);
      benchmark::DoNotOptimize(v.data());
    }
  });
  cpkit_bench::add("sort_by_argument", static_cast<long long>(n), "baseline",
                   [input, wrong_uniform, wrong_adversarial](benchmark::State& st) {
                     for (auto _ : st) {
                       auto v = atan2_sort(*input);
                       benchmark::DoNotOptimize(v.data());
                     }
                     st.counters["atan2_wrong"] = static_cast<double>(wrong_uniform);
                     st.counters["atan2_wrong_adversarial"] = static_cast<double>(wrong_adversarial);
                   });
}

// What a contestant writes: sort by x, sweep with a std::set ordered by y.
std::pair<std::size_t, std::size_t> baseline_closest(const std::vector<P>& pts) {
  const std::size_t n = pts.size();
  std::vector<std::size_t> ord(n);
  for (std::size_t i = 0; i < n; ++i) ord[i] = i;
  std::sort(ord.begin(), ord.end(),
            [&](std::size_t a, std::size_t b) { return pts[a].x < pts[b].x; });
  auto d2 = [&](std::size_t a, std::size_t b) {
    const unsigned long long dx = static_cast<unsigned long long>(std::llabs(pts[a].x - pts[b].x));
    const unsigned long long dy = static_cast<unsigned long long>(std::llabs(pts[a].y - pts[b].y));
    return dx * dx + dy * dy;
  };
  unsigned long long best = ~0ULL;
  std::pair<std::size_t, std::size_t> res{0, 1};
  std::set<std::pair<long long, std::size_t>> s;
  std::size_t l = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = ord[k];
    const long long d = static_cast<long long>(std::ceil(std::sqrt(static_cast<double>(best))));
    while (l < k && pts[i].x - pts[ord[l]].x > d) s.erase({pts[ord[l]].y, ord[l]}), ++l;
    for (auto it = s.lower_bound({pts[i].y - d, 0}); it != s.end() && it->first <= pts[i].y + d;
         ++it) {
      const unsigned long long v = d2(i, it->second);
      if (v < best) best = v, res = {it->second, i};
    }
    s.insert({pts[i].y, i});
  }
  return res;
}

void add_closest(std::size_t n) {
  auto input = std::make_shared<std::vector<P>>(uniform_points(n));
  {
    const auto a = cpkit::closest_pair(*input), b = baseline_closest(*input);
    auto dd = [&](std::pair<std::size_t, std::size_t> ij) {
      const P u = (*input)[ij.first], v = (*input)[ij.second];
      return (u.x - v.x) * (u.x - v.x) + (u.y - v.y) * (u.y - v.y);
    };
    if (dd(a) != dd(b)) std::abort();
  }
  cpkit_bench::add("closest_pair", static_cast<long long>(n), "cpkit", [input](benchmark::State& st) {
    for (auto _ : st) {
      auto r = cpkit::closest_pair(*input);
      benchmark::DoNotOptimize(r);
    }
  });
  cpkit_bench::add("closest_pair", static_cast<long long>(n), "baseline",
                   [input](benchmark::State& st) {
    for (auto _ : st) {
      auto r = baseline_closest(*input);
      benchmark::DoNotOptimize(r);
    }
  });
}

const bool registered = [] {
  for (std::size_t n : {100000, 1000000}) {
    add_hull("convex_hull_uniform", uniform_points, n);
    add_hull("convex_hull_circle", circle_points, n);
  }
  add_sort(200000);
  for (std::size_t n : {100000, 500000}) add_closest(n);
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
