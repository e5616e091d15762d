// combination-sum generator: gen SEED N CMAX TMAX [even]
// N distinct candidates from 1..CMAX (N <= CMAX), a target in 1..TMAX, then the target is lowered
// until the answer has at most 2*10^5 combinations (K limit of the statement). With "even", all
// candidates are even and the target is TMAX made odd: no answer, a dead-end-only search tree
// (keep TMAX small there: the brute force explores all of it).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: gen SEED N CMAX TMAX [even]\n");
    return 2;
  }
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]), cmax = std::atoi(argv[3]), tmax = std::atoi(argv[4]);
  const bool even = argc > 5 && std::strcmp(argv[5], "even") == 0;
  std::vector<int> pool;
  for (int v = 1; v <= cmax; ++v)
    if (!even || v % 2 == 0) pool.push_back(v);
  if (n > static_cast<int>(pool.size()) || n < 1 || tmax < 1) return 2;
  std::shuffle(pool.begin(), pool.end(), rng);
  pool.resize(static_cast<std::size_t>(n));
  int target = even ? (tmax | 1) : std::uniform_int_distribution<int>(1, tmax)(rng);
  if (!even) {
    // Number of multisets per sum, saturated at the limit; lower the target until it fits.
    const std::uint64_t limit = 200000;
    std::vector<std::uint64_t> ways(static_cast<std::size_t>(target) + 1, 0);
    ways[0] = 1;
    for (int v : pool)
      for (int t = v; t <= target; ++t) ways[t] = std::min(limit + 1, ways[t] + ways[t - v]);
    while (ways[static_cast<std::size_t>(target)] > limit) --target;
    if (target < 1) target = 1;
  }
  std::printf("%d %d\n", n, target);
  for (int i = 0; i < n; ++i) std::printf("%d%c", pool[i], i + 1 == n ? '\n' : ' ');
}
