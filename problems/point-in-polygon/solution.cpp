// point-in-polygon: 2 inside, 1 on the boundary, 0 outside. Uses cpkit/geometry/polygon.hpp.
#include "cpkit/geometry/polygon.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n, q;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::point<long long>> g(n);
  for (auto& p : g)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  if (std::scanf("%d", &q) != 1) return 1;
  while (q--) {
    cpkit::point<long long> p;
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
    std::printf("%d\n", static_cast<int>(cpkit::contains(g, p)));
  }
}
