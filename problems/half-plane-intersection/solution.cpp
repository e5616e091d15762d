// half-plane-intersection: the kind of the intersection of n closed half-planes and its area.
// Uses cpkit/geometry/half_plane.hpp (sorted-angle deque, O(n log n), exact kinds on integers).
#include "cpkit/geometry/half_plane.hpp"
#include "cpkit/geometry/polygon.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::half_plane<long long>> h(n);
  for (auto& p : h)
    if (std::scanf("%lld %lld %lld %lld", &p.a.x, &p.a.y, &p.b.x, &p.b.y) != 4) return 1;
  const auto r = cpkit::half_plane_intersection(h);
  using K = cpkit::half_plane_kind;
  switch (r.kind) {
    case K::empty:
      std::printf("empty\n");
      break;
    case K::unbounded:
      std::printf("unbounded\n");
      break;
    case K::point:
      std::printf("point 0\n");
      break;
    case K::segment:
      std::printf("segment 0\n");
      break;
    case K::polygon:
      std::printf("polygon %.9f\n", cpkit::area(r.vertices));
      break;
  }
}
