// counter-clockwise: five-way position of p2 against segment p0 p1. Uses cpkit/geometry/segment.hpp.
#include "cpkit/geometry/segment.hpp"

#include <cstdio>

int main() {
  using P = cpkit::point<long long>;
  long long x0, y0, x1, y1;
  int q;
  if (std::scanf("%lld %lld %lld %lld %d", &x0, &y0, &x1, &y1, &q) != 5) return 1;
  const P a(x0, y0), b(x1, y1);
  while (q--) {
    long long x, y;
    if (std::scanf("%lld %lld", &x, &y) != 2) return 1;
    const char* s = "";
    switch (cpkit::ccw(a, b, P(x, y))) {
      case cpkit::ccw_result::counter_clockwise: s = "COUNTER_CLOCKWISE"; break;
      case cpkit::ccw_result::clockwise: s = "CLOCKWISE"; break;
      case cpkit::ccw_result::online_back: s = "ONLINE_BACK"; break;
      case cpkit::ccw_result::online_front: s = "ONLINE_FRONT"; break;
      case cpkit::ccw_result::on_segment: s = "ON_SEGMENT"; break;
    }
    std::puts(s);
  }
}
