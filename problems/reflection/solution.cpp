// reflection: mirror images across line p1 p2. Uses cpkit/geometry/segment.hpp.
#include "cpkit/geometry/segment.hpp"

#include <cstdio>

int main() {
  using P = cpkit::point<long long>;
  long long x1, y1, x2, y2;
  int q;
  if (std::scanf("%lld %lld %lld %lld %d", &x1, &y1, &x2, &y2, &q) != 5) return 1;
  const P a(x1, y1), b(x2, y2);
  while (q--) {
    long long x, y;
    if (std::scanf("%lld %lld", &x, &y) != 2) return 1;
    const auto r = cpkit::reflection(a, b, P(x, y));
    std::printf("%.10f %.10f\n", r.x, r.y);
  }
}
