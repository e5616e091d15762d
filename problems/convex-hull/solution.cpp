// convex-hull: hull counter-clockwise from the lowest (then leftmost) point, keeping points on
// edges. Uses cpkit/geometry/convex_hull.hpp (keep_collinear = true).
#include "cpkit/geometry/convex_hull.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::point<long long>> pts(n);
  for (auto& p : pts)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  const auto h = cpkit::convex_hull(pts, true);
  std::printf("%zu\n", h.size());
  for (const auto& p : h) std::printf("%lld %lld\n", p.x, p.y);
}
