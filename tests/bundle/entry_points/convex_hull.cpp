// One entry point, bundled alone: cpkit::convex_hull.
#include <cstdio>
#include <vector>

#include "cpkit/geometry/convex_hull.hpp"

int main() {
  const std::vector<cpkit::point<long long>> p{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}};
  std::printf("%zu\n", cpkit::convex_hull(p).size());
}
