// sort-by-argument: points by polar angle in (-pi, pi], (0, 0) at angle 0, exact.
// Uses cpkit/geometry/argument_sort.hpp.
#include "cpkit/geometry/argument_sort.hpp"

#include <cstdio>
#include <string>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::point<long long>> pts(n);
  for (auto& p : pts)
    if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
  cpkit::sort_by_argument(pts);
  std::string out;
  out.reserve(static_cast<std::size_t>(n) * 24);
  char buf[48];
  for (const auto& p : pts) out.append(buf, static_cast<std::size_t>(std::snprintf(buf, sizeof buf, "%lld %lld\n", p.x, p.y)));
  std::fwrite(out.data(), 1, out.size(), stdout);
}
