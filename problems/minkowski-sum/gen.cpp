// gen SEED N M MODE: two convex polygons ccw (any start vertex), |coord| <= 1e9.
// Each polygon: the strict hull of random points (Andrew's chain, here), rotated to a random
// start. MODE circle: N and M points near circles of radius 1e9 (most are vertices); grid: up to
// N and M points in [-3, 3]^2, hulls kept with their collinear boundary points (a point or a
// segment when degenerate, the segment as its two ends); point: the second polygon is one point;
// segment: the second polygon is a segment.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <utility>
#include <vector>

using ll = long long;
using pt = std::pair<ll, ll>;  // (y, x)
std::mt19937_64 g;

std::vector<pt> hull(std::vector<pt> s, bool keep) {
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  if (s.size() <= 1) return s;
  auto cr = [](pt o, pt a, pt b) {
    return (long double)(a.second - o.second) * (b.first - o.first) -
           (long double)(a.first - o.first) * (b.second - o.second);
  };
  bool line = true;
  for (pt p : s) line = line && cr(s[0], s.back(), p) == 0;
  if (line) return {s.front(), s.back()};
  std::vector<pt> c(2 * s.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (k >= 2 && (keep ? cr(c[k - 2], c[k - 1], s[i]) < 0 : cr(c[k - 2], c[k - 1], s[i]) <= 0)) --k;
    c[k++] = s[i];
  }
  for (std::size_t i = s.size() - 1, t = k + 1; i-- > 0;) {
    while (k >= t && (keep ? cr(c[k - 2], c[k - 1], s[i]) < 0 : cr(c[k - 2], c[k - 1], s[i]) <= 0)) --k;
    c[k++] = s[i];
  }
  c.resize(k - 1);
  std::rotate(c.begin(), c.begin() + static_cast<long>(g() % c.size()), c.end());
  return c;
}

std::vector<pt> make(int n, const std::string& mode) {
  std::vector<pt> s;
  if (mode == "grid") {
    std::uniform_int_distribution<ll> d(-3, 3);
    const int k = 1 + static_cast<int>(g() % n);
    for (int i = 0; i < k; ++i) s.push_back({d(g), d(g)});
    return hull(s, true);
  }
  std::uniform_real_distribution<double> a(0, 2 * 3.14159265358979323846);
  const double r = mode == "circle" ? 1e9 : 5e8;  // sums stay within 2e9
  for (int i = 0; i < n; ++i) {
    const double t = a(g);
    s.push_back({std::llround(r * std::sin(t)), std::llround(r * std::cos(t))});
  }
  return hull(s, false);
}

void put(const std::vector<pt>& p) {
  std::printf("%zu\n", p.size());
  for (pt v : p) std::printf("%lld %lld\n", v.second, v.first);
}

int main(int argc, char** argv) {
  if (argc < 5) return 1;
  g.seed(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]), m = std::atoi(argv[3]);
  const std::string mode = argv[4];
  put(make(n, mode));
  std::uniform_int_distribution<ll> d(-1000000000, 1000000000);
  if (mode == "point") {
    put({{d(g), d(g)}});
  } else if (mode == "segment") {
    put({{d(g), d(g)}, {d(g), d(g)}});
  } else {
    put(make(m, mode));
  }
}
