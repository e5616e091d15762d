// static-convex-hull: per case the strict hull (corners only) counter-clockwise.
// Uses cpkit/geometry/convex_hull.hpp (exact; fast path for |coord| <= 1e9).
#include "cpkit/geometry/convex_hull.hpp"

#include <cstdio>
#include <string>
#include <vector>

int main() {
  int t;
  if (std::scanf("%d", &t) != 1) return 1;
  std::string out;
  char buf[64];
  std::vector<cpkit::point<long long>> pts;
  while (t--) {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    pts.resize(n);
    for (auto& p : pts)
      if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
    const auto h = cpkit::convex_hull(pts);
    out.append(buf, static_cast<std::size_t>(std::snprintf(buf, sizeof buf, "%zu\n", h.size())));
    for (const auto& p : h) out.append(buf, static_cast<std::size_t>(std::snprintf(buf, sizeof buf, "%lld %lld\n", p.x, p.y)));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
