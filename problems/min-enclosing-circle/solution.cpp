// min-enclosing-circle: the smallest circle containing n integer points.
// Uses cpkit/geometry/min_enclosing_circle.hpp (Welzl, expected O(n), exact decisions).
#include "cpkit/geometry/min_enclosing_circle.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1 || n < 1) return 1;
  std::vector<cpkit::point<long long>> pts(n);
  for (auto& p : pts)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  const auto c = cpkit::min_enclosing_circle(pts);
  std::printf("%.10f %.10f %.10f\n", c.center.x, c.center.y, c.r);
}
