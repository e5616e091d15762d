// Obvious solution for knapsack-bounded: 2-D table, item i-1 taken k = 0..m times explicitly.
// O(W * sum min(m, W/w)); the generated tests keep that small. No library.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
  int n;
  long long W;
  std::cin >> n >> W;
  std::vector<long long> v(n), w(n), m(n);
  for (int i = 0; i < n; ++i) std::cin >> v[i] >> w[i] >> m[i];
  std::vector<std::vector<long long>> f(n + 1, std::vector<long long>(W + 1, 0));
  for (int i = 1; i <= n; ++i) {
    for (long long j = 0; j <= W; ++j) {
      f[i][j] = f[i - 1][j];
      for (long long k = 1; k <= m[i - 1] && k * w[i - 1] <= j; ++k) {
        f[i][j] = std::max(f[i][j], f[i - 1][j - k * w[i - 1]] + k * v[i - 1]);
      }
    }
  }
  std::cout << f[n][W] << "\n";
}
