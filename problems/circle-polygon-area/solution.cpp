// circle-polygon-area: area of the intersection of a polygon and a circle centred at the origin.
// Uses cpkit/geometry/circle_polygon_area.hpp (signed triangle-sector sum, O(n)).
#include "cpkit/geometry/circle_polygon_area.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  long long r;
  if (std::scanf("%d %lld", &n, &r) != 2) return 1;
  std::vector<cpkit::point<long long>> poly(n);
  for (auto& p : poly)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  const cpkit::circle<long long> c({0, 0}, r);
  std::printf("%.10f\n", cpkit::circle_polygon_area(c, poly));
}
