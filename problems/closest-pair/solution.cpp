// closest-pair: smallest distance between two of n real points.
// Uses cpkit/geometry/closest_pair.hpp (divide and conquer, O(n log n)).
#include "cpkit/geometry/closest_pair.hpp"

#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<cpkit::point<double>> pts(n);
  for (auto& p : pts)
    if (std::scanf("%lf %lf", &p.x, &p.y) != 2) return 1;
  std::printf("%.10f\n", cpkit::closest_pair_distance(pts));
}
