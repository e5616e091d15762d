// furthest-pair: per case indices i != j of two points at the largest distance.
// Uses cpkit/geometry/convex_hull.hpp (hull + rotating calipers, exact).
#include "cpkit/geometry/convex_hull.hpp"

#include <cstdio>
#include <vector>

int main() {
  int t;
  if (std::scanf("%d", &t) != 1) return 1;
  std::vector<cpkit::point<long long>> pts;
  while (t--) {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    pts.resize(n);
    for (auto& p : pts)
      if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
    const auto ij = cpkit::furthest_pair(pts);
    std::printf("%zu %zu\n", ij.first, ij.second);
  }
}
