// gen SEED T MAXN MODE: T cases of 0..MAXN points (duplicates allowed), |coord| <= 1e9.
// MODE square: uniform in [-1e9, 1e9]^2; grid: in [-3, 3]^2 (collinear and duplicate points
// everywhere); circle: rounded points near the circle of radius 1e9; big: exactly MAXN points,
// uniform.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
  if (argc < 5) return 1;
  std::mt19937_64 g(std::strtoull(argv[1], nullptr, 10));
  const int t = std::atoi(argv[2]);
  const int maxn = std::atoi(argv[3]);
  const std::string mode = argv[4];
  const long long r = mode == "grid" ? 3 : 1000000000;
  std::uniform_int_distribution<long long> d(-r, r);
  std::uniform_int_distribution<int> nn(0, maxn);
  std::uniform_real_distribution<double> a(0, 2 * 3.14159265358979323846);
  std::printf("%d\n", t);
  for (int c = 0; c < t; ++c) {
    const int n = mode == "big" ? maxn : nn(g);
    std::printf("%d\n", n);
    for (int i = 0; i < n; ++i) {
      if (mode == "circle") {
        const double th = a(g);
        std::printf("%lld %lld\n", std::llround(1e9 * std::cos(th)), std::llround(1e9 * std::sin(th)));
      } else {
        std::printf("%lld %lld\n", d(g), d(g));
      }
    }
  }
}
