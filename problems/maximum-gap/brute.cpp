// maximum-gap brute force: sort, then scan neighbours. Differences in uint64 (b - a can exceed
// INT64_MAX). Writes the expected output of generated tests.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <vector>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  long long n = 0;
  std::cin >> n;
  std::vector<long long> a(static_cast<std::size_t>(n));
  for (auto& x : a) std::cin >> x;
  std::sort(a.begin(), a.end());
  std::uint64_t best = 0;
  for (std::size_t i = 1; i < a.size(); ++i)
    best = std::max(best, static_cast<std::uint64_t>(a[i]) - static_cast<std::uint64_t>(a[i - 1]));
  std::cout << best << '\n';
  return 0;
}
