// Generator: gen SEED N MAXV MAXW [WFRAC]
// Values uniform in [0, MAXV], weights uniform in [0, MAXW], drawn independently (so the set of
// non-dominated subset sums stays small for the brute force); W = WFRAC percent of the total
// weight (default: uniform in [0, total]), capped at the statement's bound on W.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

const long long WMAX = 1000000000000000LL;

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: gen SEED N MAXV MAXW [WFRAC]\n");
    return 2;
  }
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]);
  const long long maxv = std::atoll(argv[3]), maxw = std::atoll(argv[4]);
  auto pick = [&](long long lo, long long hi) {
    return lo + static_cast<long long>(rng() % static_cast<unsigned long long>(hi - lo + 1));
  };
  std::vector<long long> v(n), w(n);
  long long total = 0;
  for (int i = 0; i < n; ++i) {
    v[i] = pick(0, maxv);
    w[i] = pick(0, maxw);
    total += w[i];
  }
  long long W =
      argc > 5 ? static_cast<long long>(static_cast<double>(total) * std::atof(argv[5]) / 100.0)
               : pick(0, total);
  if (W > WMAX) W = WMAX;  // the statement bounds W
  std::printf("%d %lld\n", n, W);
  for (int i = 0; i < n; ++i) std::printf("%lld %lld\n", v[i], w[i]);
}
