// combination-sum-iv: the number of ordered sequences of candidates summing to target, modulo
// 998244353. cpkit::count_combination_sum_sequences: the DP over sums, O(n * target).
#include <cstdio>
#include <vector>

#include "cpkit/combination_sum/count.hpp"

int main() {
  int n = 0, target = 0;
  if (std::scanf("%d %d", &n, &target) != 2) return 1;
  std::vector<int> c(static_cast<std::size_t>(n));
  for (int& x : c)
    if (std::scanf("%d", &x) != 1) return 1;
  std::printf("%u\n", static_cast<unsigned>(cpkit::count_combination_sum_sequences(c, target)));
  return 0;
}
