// knapsack-bounded: item i at most m_i times. cpkit::knapsack_bounded picks, per item, binary
// splitting (SIMD 0/1 passes), the monotone queue, or a plain unbounded pass when m_i*w_i >= W.
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/bounded.hpp"

int main() {
  int n;
  long long W;
  if (std::scanf("%d %lld", &n, &W) != 2) return 1;
  std::vector<long long> v(n), w(n), m(n);
  for (int i = 0; i < n; ++i) {
    if (std::scanf("%lld %lld %lld", &v[i], &w[i], &m[i]) != 3) return 1;
  }
  std::printf("%lld\n", cpkit::knapsack_bounded(w, v, m, W));
}
