// knapsack-large-weight: 0/1 with W up to 1e9 but values <= 100: index the DP by value
// (least weight for each total value, O(N * sum v) <= 1e6 cells), cpkit::knapsack_01_by_value.
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/by_value.hpp"

int main() {
  int n;
  long long W;
  if (std::scanf("%d %lld", &n, &W) != 2) return 1;
  std::vector<long long> v(n), w(n);
  for (int i = 0; i < n; ++i) {
    if (std::scanf("%lld %lld", &v[i], &w[i]) != 2) return 1;
  }
  std::printf("%lld\n", cpkit::knapsack_01_by_value(w, v, W));
}
