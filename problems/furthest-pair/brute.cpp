// Brute force for furthest-pair: every pair, O(N^2) per case, exact 64-bit squared distances
// (differences <= 2e9, so sums of squares <= 8e18). Prints the first pair at the largest distance.
#include <cstdio>
#include <vector>

int main() {
  int t;
  if (std::scanf("%d", &t) != 1) return 1;
  while (t--) {
    int n;
    std::scanf("%d", &n);
    std::vector<long long> x(n), y(n);
    for (int i = 0; i < n; ++i) std::scanf("%lld %lld", &x[i], &y[i]);
    long long best = -1;
    int bi = 0, bj = 1;
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j) {
        const long long dx = x[i] - x[j], dy = y[i] - y[j], d = dx * dx + dy * dy;
        if (d > best) best = d, bi = i, bj = j;
      }
    std::printf("%d %d\n", bi, bj);
  }
}
