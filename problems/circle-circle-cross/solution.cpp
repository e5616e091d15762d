// circle-circle-cross: the crossing points of two circles (a touching point twice).
// Uses cpkit/geometry/circle_crossing.hpp (exact count on integers, floating points).
#include "cpkit/geometry/circle_crossing.hpp"

#include <cstdio>

int main() {
  cpkit::circle<long long> a, b;
  if (std::scanf("%lld %lld %lld %lld %lld %lld", &a.center.x, &a.center.y, &a.r, &b.center.x,
                 &b.center.y, &b.r) != 6)
    return 1;
  const auto pts = cpkit::circle_circle_cross_points(a, b);  // smaller x (then y) first
  if (pts.empty()) return 1;  // at least one crossing is guaranteed
  const auto pq = cpkit::cross_point_pair(pts);
  std::printf("%.10f %.10f %.10f %.10f\n", pq.first.x, pq.first.y, pq.second.x, pq.second.y);
}
