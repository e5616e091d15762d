// tangent-points: the two points of a circle touched by the tangents from an outside point.
// Uses cpkit/geometry/circle_tangents.hpp (exact case on integers, floating points).
#include "cpkit/geometry/circle_tangents.hpp"

#include <cstdio>

int main() {
  cpkit::point<long long> p;
  cpkit::circle<long long> c;
  if (std::scanf("%lld %lld %lld %lld %lld", &p.x, &p.y, &c.center.x, &c.center.y, &c.r) != 5)
    return 1;
  const auto t = cpkit::tangent_points(c, p);  // smaller x (then y) first
  if (t.size() != 2) return 1;                 // p is outside the circle
  for (const auto& q : t) std::printf("%.10f %.10f\n", q.x, q.y);
}
