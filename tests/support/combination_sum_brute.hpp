// Brute-force oracles for tests/combination_sum_test.cpp. Deliberately naive and independent of
// include/cpkit/combination_sum.hpp: no reachability table, no group skipping; every candidate
// combination is generated, filtered by its sum, then sorted and deduplicated with std::set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <vector>

namespace cs_brute {

using combo = std::vector<int>;

// Every multiset of the distinct values of `values` with sum <= target, by choosing a count for
// each distinct value in turn; keeps those summing exactly to target and of length <= max_len.
inline std::vector<combo> unbounded(std::vector<int> values, int target, std::size_t max_len) {
  std::set<int> distinct(values.begin(), values.end());
  values.assign(distinct.begin(), distinct.end());
  std::set<combo> found;
  combo cur;
  auto rec = [&](auto&& self, std::size_t i, int sum) -> void {
    if (i == values.size()) {
      if (sum == target && cur.size() <= max_len) found.insert(cur);  // std::set sorts
      return;
    }
    std::size_t pushed = 0;
    self(self, i + 1, sum);
    while (sum + values[i] <= target) {
      sum += values[i];
      cur.push_back(values[i]);
      ++pushed;
      self(self, i + 1, sum);
    }
    cur.resize(cur.size() - pushed);
  };
  if (target >= 0) rec(rec, 0, 0);
  // Elements were pushed in increasing value order, so each combo is already non-decreasing.
  return std::vector<combo>(found.begin(), found.end());
}

// All 2^n subsets of positions; each kept subset's values sorted; std::set removes repeats.
inline std::vector<combo> once(const std::vector<int>& values, int target, std::size_t max_len) {
  std::set<combo> found;
  const std::size_t n = values.size();
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    combo c;
    long long sum = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (mask >> i & 1) {
        c.push_back(values[i]);
        sum += values[i];
      }
    if (sum != target || c.size() > max_len) continue;
    std::multiset<int> sorted(c.begin(), c.end());
    found.insert(combo(sorted.begin(), sorted.end()));
  }
  return std::vector<combo>(found.begin(), found.end());
}

// All subsets of the integers lo..hi (at most ~16 of them) with exactly k elements summing to
// target; listed in increasing order inside, std::set orders them lexicographically.
inline std::vector<combo> k_of_range(int k, long long target, int lo, int hi) {
  std::set<combo> found;
  const int n = hi >= lo ? hi - lo + 1 : 0;
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    combo c;
    long long sum = 0;
    for (int i = 0; i < n; ++i)
      if (mask >> i & 1) {
        c.push_back(lo + i);
        sum += lo + i;
      }
    if (static_cast<int>(c.size()) == k && sum == target) found.insert(c);
  }
  return std::vector<combo>(found.begin(), found.end());
}

// Ordered sequences of the distinct values summing to target, counted by plain recursion
// (exponential; small targets only). Exact, no modulus.
inline std::uint64_t sequences(const std::vector<int>& values, int target) {
  std::set<int> distinct(values.begin(), values.end());
  auto rec = [&](auto&& self, int rem) -> std::uint64_t {
    if (rem == 0) return 1;
    std::uint64_t total = 0;
    for (int v : distinct)
      if (v <= rem) total += self(self, rem - v);
    return total;
  };
  return target < 0 ? 0 : rec(rec, target);
}

}  // namespace cs_brute
