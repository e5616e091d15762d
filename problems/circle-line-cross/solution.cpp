// circle-line-cross: the crossing points of a circle and q lines (a touching point twice).
// Uses cpkit/geometry/circle_crossing.hpp (exact count on integers, floating points).
#include "cpkit/geometry/circle_crossing.hpp"

#include <cstdio>

int main() {
  cpkit::circle<long long> c;
  int q;
  if (std::scanf("%lld %lld %lld %d", &c.center.x, &c.center.y, &c.r, &q) != 4) return 1;
  while (q--) {
    cpkit::point<long long> a, b;
    if (std::scanf("%lld %lld %lld %lld", &a.x, &a.y, &b.x, &b.y) != 4) return 1;
    const auto pts = cpkit::circle_line_cross_points(c, a, b);  // smaller x (then y) first
    if (pts.empty()) return 1;  // at least one crossing is guaranteed
    const auto pq = cpkit::cross_point_pair(pts);
    std::printf("%.10f %.10f %.10f %.10f\n", pq.first.x, pq.first.y, pq.second.x, pq.second.y);
  }
}
