// closest-pair-indices: per case indices i != j of two points at the smallest distance.
// Uses cpkit/geometry/closest_pair.hpp (divide and conquer, exact squared distances).
#include "cpkit/geometry/closest_pair.hpp"

#include <cstdio>
#include <vector>

int main() {
  int t;
  if (std::scanf("%d", &t) != 1) return 1;
  std::vector<cpkit::point<long long>> pts;
  while (t--) {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    pts.resize(n);
    for (auto& p : pts)
      if (std::scanf("%lld %lld", &p.x, &p.y) != 2) return 1;
    const auto ij = cpkit::closest_pair(pts);
    std::printf("%zu %zu\n", ij.first, ij.second);
  }
}
