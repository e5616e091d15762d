// cross-point: the single common point of two non-parallel intersecting segments.
// Uses cpkit/geometry/segment.hpp (exact numerators, one division).
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
    const auto r = cpkit::line_cross_point(P(v[0], v[1]), P(v[2], v[3]), P(v[4], v[5]), P(v[6], v[7]));
    std::printf("%.10f %.10f\n", r.x, r.y);
  }
}
