// knapsack-unbounded: each item any number of times, total weight <= W, maximise the value.
// The row runs upwards (cpkit::knapsack_unbounded), O(N*W).
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/unbounded.hpp"

int main() {
  int n;
  long long W;
  if (std::scanf("%d %lld", &n, &W) != 2) return 1;
  std::vector<long long> v(n), w(n);
  for (int i = 0; i < n; ++i) {
    if (std::scanf("%lld %lld", &v[i], &w[i]) != 2) return 1;
  }
  // An item of weight 0 can be taken any number of times only if its value is 0 (else the answer
  // is unbounded); the statement keeps w >= 1 whenever v >= 1, and weight-0 items add nothing.
  std::printf("%lld\n", cpkit::knapsack_unbounded(w, v, W));
}
