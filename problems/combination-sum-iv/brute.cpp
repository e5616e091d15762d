// combination-sum-iv brute force: the textbook DP, ways[t] = sum over candidates c <= t of
// ways[t - c] (the last number of the sequence is c), reduced modulo 998244353 at every step.
// Independent of the cpkit header.
#include <iostream>
#include <vector>

int main() {
  const long long mod = 998244353;
  int n, target;
  std::cin >> n >> target;
  std::vector<int> c(n);
  for (int& x : c) std::cin >> x;
  std::vector<long long> ways(target + 1, 0);
  ways[0] = 1;
  for (int t = 1; t <= target; ++t)
    for (int x : c)
      if (x <= t) ways[t] = (ways[t] + ways[t - x]) % mod;
  std::cout << ways[target] << '\n';
}
