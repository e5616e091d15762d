// common-tangents: the points of the first circle touched by the common tangents of two circles.
// Uses cpkit/geometry/circle_tangents.hpp (exact case on integers, a tangency's line once).
#include "cpkit/geometry/circle_tangents.hpp"

#include <cstdio>

int main() {
  cpkit::circle<long long> a, b;
  if (std::scanf("%lld %lld %lld %lld %lld %lld", &a.center.x, &a.center.y, &a.r, &b.center.x,
                 &b.center.y, &b.r) != 6)
    return 1;
  // Sorted by the point on a (x, then y); empty when one circle is inside the other.
  for (const auto& l : cpkit::common_tangents(a, b)) std::printf("%.10f %.10f\n", l.on_a.x, l.on_a.y);
}
