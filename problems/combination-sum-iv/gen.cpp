// combination-sum-iv generator: gen SEED N CMAX TMAX
// N distinct candidates from 1..CMAX (N <= CMAX), target uniform in TMAX/2..TMAX.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: gen SEED N CMAX TMAX\n");
    return 2;
  }
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]), cmax = std::atoi(argv[3]), tmax = std::atoi(argv[4]);
  if (n < 1 || n > cmax || tmax < 1) return 2;
  std::vector<int> pool(static_cast<std::size_t>(cmax));
  for (int v = 1; v <= cmax; ++v) pool[static_cast<std::size_t>(v - 1)] = v;
  std::shuffle(pool.begin(), pool.end(), rng);
  const int target = std::uniform_int_distribution<int>(std::max(1, tmax / 2), tmax)(rng);
  std::printf("%d %d\n", n, target);
  for (int i = 0; i < n; ++i)
    std::printf("%d%c", pool[static_cast<std::size_t>(i)], i + 1 == n ? '\n' : ' ');
}
