// gen SEED T MAXN MODE: T cases of 2..MAXN points (duplicates allowed), |coord| <= 1e9.
// MODE square: uniform in [-1e9, 1e9]^2; grid: in [-3, 3]^2 (duplicates and collinear points
// everywhere); big: exactly MAXN points, uniform; dup: exactly MAXN points in [-300, 300]^2
// (many duplicates); line: exactly MAXN points on x = 1e9 (the x split is useless).
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
  const long long r = mode == "grid" ? 3 : mode == "dup" ? 300 : 1000000000;
  std::uniform_int_distribution<long long> d(-r, r);
  std::uniform_int_distribution<int> nn(2, maxn);
  std::printf("%d\n", t);
  for (int c = 0; c < t; ++c) {
    const int n = (mode == "square" || mode == "grid") ? nn(g) : maxn;
    std::printf("%d\n", n);
    for (int i = 0; i < n; ++i) {
      const long long x = mode == "line" ? 1000000000 : d(g);
      std::printf("%lld %lld\n", x, d(g));
    }
  }
}
