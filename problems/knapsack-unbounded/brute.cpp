// Obvious solution for knapsack-unbounded: 2-D table, f[i][j] = best value with items < i and
// weight <= j; item i-1 is taken k = 0, 1, 2, ... times explicitly. No library.
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
      if (w[i - 1] == 0) continue;  // weight 0 comes with value 0 (statement)
      for (long long k = 1; k * w[i - 1] <= j; ++k) {
        f[i][j] = std::max(f[i][j], f[i - 1][j - k * w[i - 1]] + k * v[i - 1]);
      }
    }
  }
  std::cout << f[n][W] << "\n";
}
