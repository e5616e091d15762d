// gen SEED N MODE: N real points, |coord| <= 100, at most 8 decimals.
// MODE uniform: uniform with 8 decimals; coarse: 2 decimals (duplicates and ties at 1e5 points);
// line: every point on x = 12.5 (the x split is useless); cluster: half the points within 1e-6
// of the origin, with 8 decimals.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::mt19937_64 g(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]);
  const std::string mode = argv[3];
  std::uniform_int_distribution<long long> fine(-10000000000LL, 10000000000LL);  // 1e-8 units
  std::uniform_int_distribution<long long> coarse(-10000, 10000);                // 1e-2 units
  std::uniform_int_distribution<long long> tiny(-100, 100);                      // 1e-8 units
  std::printf("%d\n", n);
  auto put = [](long long v, int dec) {
    const long long s = dec == 8 ? 100000000LL : 100LL;
    std::printf("%s%lld.%0*lld", v < 0 ? "-" : "", std::llabs(v) / s, dec, std::llabs(v) % s);
  };
  for (int i = 0; i < n; ++i) {
    if (mode == "coarse") {
      put(coarse(g), 2), std::printf(" "), put(coarse(g), 2);
    } else if (mode == "line") {
      std::printf("12.5 "), put(fine(g), 8);
    } else if (mode == "cluster" && i % 2 == 0) {
      put(tiny(g), 8), std::printf(" "), put(tiny(g), 8);
    } else {
      put(fine(g), 8), std::printf(" "), put(fine(g), 8);
    }
    std::printf("\n");
  }
}
