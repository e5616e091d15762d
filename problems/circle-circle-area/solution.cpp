// circle-circle-area: the area of the intersection of two integer circles.
// Uses cpkit/geometry/circle_circle_area.hpp (the case decided exactly, then the lens).
#include "cpkit/geometry/circle_circle_area.hpp"

#include <cstdio>

int main() {
  cpkit::circle<long long> a, b;
  if (std::scanf("%lld %lld %lld %lld %lld %lld", &a.center.x, &a.center.y, &a.r, &b.center.x,
                 &b.center.y, &b.r) != 6)
    return 1;
  std::printf("%.12f\n", cpkit::circle_circle_area(a, b));
}
