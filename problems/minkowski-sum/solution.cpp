// minkowski-sum: the Minkowski sum of two convex polygons, corners ccw from the lowest-leftmost.
// Uses cpkit/geometry/minkowski_sum.hpp (merging edge directions, O(n + m), exact).
#include "cpkit/geometry/minkowski_sum.hpp"

#include <cstdio>
#include <vector>

int main() {
  std::vector<cpkit::point<long long>> poly[2];
  for (auto& p : poly) {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    p.resize(n);
    for (auto& v : p)
      if (std::scanf("%lld %lld", &v.x, &v.y) != 2) return 1;
  }
  const auto s = cpkit::minkowski_sum(poly[0], poly[1]);
  std::printf("%zu\n", s.size());
  for (const auto& v : s) std::printf("%lld %lld\n", v.x, v.y);
}
