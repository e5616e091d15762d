// combination-sum-iii brute force: all 512 subsets of 1..9; keep those with k elements and sum
// n. Bit order is not lexicographic order, so the kept sets are sorted afterwards.
// Independent of the cpkit header.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
  int k, n;
  std::cin >> k >> n;
  std::vector<std::vector<int>> found;
  for (int mask = 0; mask < 512; ++mask) {
    std::vector<int> s;
    int sum = 0;
    for (int d = 1; d <= 9; ++d)
      if (mask >> (d - 1) & 1) {
        s.push_back(d);
        sum += d;
      }
    if (static_cast<int>(s.size()) == k && sum == n) found.push_back(s);
  }
  std::sort(found.begin(), found.end());
  std::cout << found.size() << '\n';
  for (const auto& s : found) {
    for (std::size_t j = 0; j < s.size(); ++j) std::cout << (j ? " " : "") << s[j];
    std::cout << '\n';
  }
}
