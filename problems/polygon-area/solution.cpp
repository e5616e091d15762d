// polygon-area: area with one digit after the point, exact: twice the area is an integer.
// Uses cpkit/geometry/polygon.hpp.
#include "cpkit/geometry/polygon.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::point<long long>> g(n);
  for (auto& p : g)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  long long a2 = static_cast<long long>(cpkit::area2(g));
  if (a2 < 0) a2 = -a2;
  std::printf("%lld.%d\n", a2 / 2, a2 % 2 ? 5 : 0);
}
