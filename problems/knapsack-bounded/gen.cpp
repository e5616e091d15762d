// Generator for knapsack-bounded: gen SEED N W MAXV MAXW [MINW] [MAXM]
// Values uniform in [0, MAXV], weights uniform in [MINW, MAXW] (MINW defaults to 0), counts m in
// [0, MAXM] (default 10000).
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
  if (argc < 6) {
    std::fprintf(stderr, "usage: gen SEED N W MAXV MAXW [MINW] [MAXM]\n");
    return 2;
  }
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]);
  const long long W = std::atoll(argv[3]), maxv = std::atoll(argv[4]), maxw = std::atoll(argv[5]);
  const long long minw = argc > 6 ? std::atoll(argv[6]) : 0;
  const long long maxm = argc > 7 ? std::atoll(argv[7]) : 10000;
  auto pick = [&](long long lo, long long hi) {
    return lo + static_cast<long long>(rng() % static_cast<unsigned long long>(hi - lo + 1));
  };
  std::printf("%d %lld\n", n, W);
  for (int i = 0; i < n; ++i) {
    const long long v = pick(0, maxv), w = pick(minw, maxw);
    std::printf("%lld %lld %lld\n", v, w, pick(0, maxm));
  }
}
