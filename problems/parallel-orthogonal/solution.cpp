// parallel-orthogonal: 2 if lines p0p1 and p2p3 are parallel, 1 if orthogonal, else 0.
// Uses cpkit/geometry/segment.hpp (exact on integers).
#include "cpkit/geometry/segment.hpp"

#include <cstdio>

int main() {
  using P = cpkit::point<long long>;
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  while (q--) {
    long long v[8];
    for (long long& x : v)
      if (std::scanf("%lld", &x) != 1) return 1;
    const P a(v[0], v[1]), b(v[2], v[3]), c(v[4], v[5]), d(v[6], v[7]);
    std::printf("%d\n", cpkit::is_parallel(a, b, c, d) ? 2 : cpkit::is_orthogonal(a, b, c, d) ? 1 : 0);
  }
}
