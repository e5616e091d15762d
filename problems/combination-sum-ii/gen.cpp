// combination-sum-ii generator: gen SEED N VMAX TMAX [even]
// N candidates drawn from 1..VMAX with repetition (so equal values are common when VMAX is
// small), target uniform in 1..TMAX. With "even", every candidate is even and the target is TMAX
// made odd: no answer.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: gen SEED N VMAX TMAX [even]\n");
    return 2;
  }
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]), vmax = std::atoi(argv[3]), tmax = std::atoi(argv[4]);
  const bool even = argc > 5 && std::strcmp(argv[5], "even") == 0;
  if (n < 1 || vmax < (even ? 2 : 1) || tmax < 1) return 2;
  const int target = even ? (tmax | 1) : std::uniform_int_distribution<int>(1, tmax)(rng);
  std::uniform_int_distribution<int> value(1, even ? vmax / 2 : vmax);
  std::printf("%d %d\n", n, target);
  for (int i = 0; i < n; ++i)
    std::printf("%d%c", even ? 2 * value(rng) : value(rng), i + 1 == n ? '\n' : ' ');
}
