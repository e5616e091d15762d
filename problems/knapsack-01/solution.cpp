// knapsack-01: each item at most once, total weight <= W, maximise the value.
// N <= 100, W <= 1e4: the weight-indexed row (cpkit::knapsack_01), O(N*W).
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/knapsack_01.hpp"

int main() {
  int n;
  long long W;
  if (std::scanf("%d %lld", &n, &W) != 2) return 1;
  std::vector<long long> v(n), w(n);
  for (int i = 0; i < n; ++i) {
    if (std::scanf("%lld %lld", &v[i], &w[i]) != 2) return 1;
  }
  std::printf("%lld\n", cpkit::knapsack_01(w, v, W));
}
