// Brute force for closest-pair: sort by x, then every pair (i, j > i) until the x gap alone
// reaches the best distance. Always correct (the skipped pairs are farther in x alone); O(n^2) on
// a vertical line, fast on spread-out input. Distances in long double.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<std::pair<long double, long double>> p(n);
  for (auto& q : p) {
    double x, y;
    std::scanf("%lf %lf", &x, &y);
    q = {x, y};
  }
  std::sort(p.begin(), p.end());
  long double best = 1e30L;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n && p[j].first - p[i].first < best; ++j)
      best = std::min(best, std::hypot(p[j].first - p[i].first, p[j].second - p[i].second));
  std::printf("%.10Lf\n", best);
}
