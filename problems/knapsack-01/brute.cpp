// Obvious solution for knapsack-01: the full 2-D table f[i][j] = best value using the first i
// items with total weight <= j. O(N*W) memory, no library.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
  int n;
  long long W;
  std::cin >> n >> W;
  std::vector<long long> v(n), w(n);
  for (int i = 0; i < n; ++i) std::cin >> v[i] >> w[i];
  std::vector<std::vector<long long>> f(n + 1, std::vector<long long>(W + 1, 0));
  for (int i = 1; i <= n; ++i) {
    for (long long j = 0; j <= W; ++j) {
      f[i][j] = f[i - 1][j];
      if (w[i - 1] <= j) f[i][j] = std::max(f[i][j], f[i - 1][j - w[i - 1]] + v[i - 1]);
    }
  }
  std::cout << f[n][W] << "\n";
}
