// circumcircle: the circumscribed circle of a triangle with integer vertices.
// Uses cpkit/geometry/triangle_circles.hpp (exact numerators in __int128, one rounding per coordinate).
#include "cpkit/geometry/triangle_circles.hpp"

#include <cstdio>

int main() {
  cpkit::point<long long> a, b, c;
  if (std::scanf("%lld %lld %lld %lld %lld %lld", &a.x, &a.y, &b.x, &b.y, &c.x, &c.y) != 6) return 1;
  const auto o = cpkit::circumcircle(a, b, c);
  std::printf("%.10f %.10f %.10f\n", o.center.x, o.center.y, o.r);
}
