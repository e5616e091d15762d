// segment-intersection: 1 if the closed segments share a point. Uses cpkit/geometry/segment.hpp.
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
    std::printf("%d\n", cpkit::segments_intersect(a, b, c, d) ? 1 : 0);
  }
}
