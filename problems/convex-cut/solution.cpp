// convex-cut: area of the part of a convex polygon left of each directed line.
// Uses cpkit/geometry/polygon.hpp (convex_cut; intersection points in double).
#include "cpkit/geometry/polygon.hpp"

#include <cstdio>
#include <vector>

int main() {
  using P = cpkit::point<long long>;
  int n, q;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<P> g(n);
  for (auto& p : g)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  if (std::scanf("%d", &q) != 1) return 1;
  while (q--) {
    long long x1, y1, x2, y2;
    if (std::scanf("%lld %lld %lld %lld", &x1, &y1, &x2, &y2) != 4) return 1;
    std::printf("%.10f\n", cpkit::area(cpkit::convex_cut(g, P(x1, y1), P(x2, y2))));
  }
}
