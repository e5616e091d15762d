// gen SEED N MODE: N integer points, |coord| <= 10^9.
// uniform: uniform in the square; grid: coordinates in [-3, 3] (duplicates everywhere);
// line: all on one line through two random points (collinear, duplicates); ring: near the circle
// of radius 10^9 (rounded, so nearly cocircular); ring_inside: 12 exactly cocircular lattice
// points (radius 5 * 10^8) and N - 12 points strictly inside; disc: uniform in a disc of radius
// 10^9 (the hull is large).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::mt19937_64 g(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]);
  const std::string mode = argv[3];
  const long long L = 1000000000;
  std::uniform_int_distribution<long long> full(-L, L), small(-3, 3);
  std::uniform_real_distribution<double> ang(0, 2 * 3.14159265358979323846), unit(0, 1);
  std::printf("%d\n", n);
  const long long ax = full(g) / 2, ay = full(g) / 2, dx = small(g) * 1000 + 1, dy = small(g) * 777;
  const long long k = 100000000;
  const long long ring[12][2] = {{3, 4}, {-3, 4}, {3, -4}, {-3, -4}, {4, 3}, {-4, 3},
                                 {4, -3}, {-4, -3}, {5, 0}, {-5, 0}, {0, 5}, {0, -5}};
  for (int i = 0; i < n; ++i) {
    long long x, y;
    if (mode == "grid") {
      x = small(g), y = small(g);
    } else if (mode == "line") {
      const long long t = std::uniform_int_distribution<long long>(-100000, 100000)(g);
      x = ax + t * dx, y = ay + t * dy;
    } else if (mode == "ring") {
      const double t = ang(g);
      x = std::llround(L * std::cos(t)), y = std::llround(L * std::sin(t));
    } else if (mode == "ring_inside") {
      if (i < 12) {
        x = ring[i][0] * k, y = ring[i][1] * k;
      } else {
        const double t = ang(g), s = 4.99e8 * std::sqrt(unit(g));
        x = std::llround(s * std::cos(t)), y = std::llround(s * std::sin(t));
      }
    } else if (mode == "disc") {
      const double t = ang(g), s = L * std::sqrt(unit(g));
      x = std::llround(s * std::cos(t)), y = std::llround(s * std::sin(t));
    } else {
      x = full(g), y = full(g);
    }
    std::printf("%lld %lld\n", x, y);
  }
}
