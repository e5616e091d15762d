// convex-diameter: largest distance between two vertices of a convex polygon (real input).
// Uses cpkit/geometry/convex_hull.hpp: hull (robust to near-collinear input) then calipers.
#include "cpkit/geometry/convex_hull.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::point<double>> pts(n);
  for (auto& p : pts)
    if (std::scanf("%lf %lf", &p.x, &p.y) != 2) return 1;
  const auto h = cpkit::convex_hull(pts);
  const auto d = cpkit::convex_diameter(h);
  std::printf("%.10f\n", cpkit::abs(h[d.first] - h[d.second]));
}
