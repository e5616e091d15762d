// Obvious exact solution without a table: the set of all subset sums (weight, value) with
// weight <= W, item by item, dropping only pairs that another pair dominates (no heavier and
// no less valuable). Exponential in the worst case; fine on the generated random instances.
// No library.
#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

int main() {
  int n;
  long long W;
  std::cin >> n >> W;
  std::vector<long long> v(n), w(n);
  for (int i = 0; i < n; ++i) std::cin >> v[i] >> w[i];
  std::vector<std::pair<long long, long long>> front{{0, 0}}, next;  // (weight, value)
  for (int i = 0; i < n; ++i) {
    next = front;
    for (const auto& p : front) {
      if (p.first + w[i] <= W) next.push_back({p.first + w[i], p.second + v[i]});
    }
    // lighter first; for equal weight, more valuable first; keep strictly increasing values
    std::sort(next.begin(), next.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    front.clear();
    for (const auto& p : next) {
      if (front.empty() || p.second > front.back().second) front.push_back(p);
    }
  }
  std::cout << front.back().second << "\n";
}
