// knapsack-huge: N <= 40, weights, values and W up to 1e15. cpkit::knapsack_01_auto compares the
// costs of the weight DP, the value DP and meet in the middle; here meet in the middle wins
// unless the weights (or values) happen to be small.
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/auto.hpp"

int main() {
  int n;
  long long W;
  if (std::scanf("%d %lld", &n, &W) != 2) return 1;
  std::vector<long long> v(n), w(n);
  for (int i = 0; i < n; ++i) {
    if (std::scanf("%lld %lld", &v[i], &w[i]) != 2) return 1;
  }
  std::printf("%lld\n", cpkit::knapsack_01_auto(w, v, W));
}
