// Brute force for closest-pair-indices: per case sort the indices by x, then every pair (i, j)
// until the x gap alone reaches the best distance; exact 64-bit squared distances (differences
// <= 2e9: sums of squares <= 8e18). Always correct; O(N^2) only when many points share an x.
#include <algorithm>
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
    std::vector<int> o(n);
    for (int i = 0; i < n; ++i) o[i] = i;
    std::sort(o.begin(), o.end(), [&](int a, int b) { return x[a] < x[b]; });
    unsigned long long best = ~0ULL;
    int bi = 0, bj = 1;
    for (int a = 0; a < n; ++a)
      for (int b = a + 1; b < n; ++b) {
        const unsigned long long dx = static_cast<unsigned long long>(x[o[b]] - x[o[a]]);
        if (dx * dx >= best) break;
        const long long dyl = y[o[b]] - y[o[a]];
        const unsigned long long dy = static_cast<unsigned long long>(dyl < 0 ? -dyl : dyl);
        if (dx * dx + dy * dy < best) best = dx * dx + dy * dy, bi = o[a], bj = o[b];
      }
    std::printf("%d %d\n", std::min(bi, bj), std::max(bi, bj));
  }
}
