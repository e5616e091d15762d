// gen SEED H MAXABS: H keys uniform in [-MAXABS, MAXABS] (MAXABS = 0: all equal to 7, so
// every tie rule is exercised; small MAXABS: many ties).
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  long long h = std::atoll(argv[2]), m = std::atoll(argv[3]);
  std::printf("%lld\n", h);
  for (long long i = 0; i < h; ++i) {
    long long x = m == 0 ? 7 : static_cast<long long>(rng() % static_cast<unsigned long long>(2 * m + 1)) - m;
    std::printf("%lld%c", x, i + 1 == h ? '\n' : ' ');
  }
}
