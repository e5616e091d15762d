// is-convex: 1 if every interior angle is at most 180 degrees. Uses cpkit/geometry/polygon.hpp.
#include "cpkit/geometry/polygon.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::point<long long>> g(n);
  for (auto& p : g)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  std::printf("%d\n", cpkit::is_convex(g) ? 1 : 0);
}
