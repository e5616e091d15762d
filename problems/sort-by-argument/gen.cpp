// gen SEED N MODE: N points, |coord| <= 1e9.
// MODE uniform: uniform in the square; grid: in [-2, 2]^2 (ties, origin, axes);
// near: pairs a, b with cross(a, b) = +-1 and coordinates ~1e9 (angles 1e-18 rad apart, beyond
// a double atan2), rotated by multiples of 90 degrees, in random order.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::mt19937_64 g(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]);
  const std::string mode = argv[3];
  std::vector<std::pair<long long, long long>> v;
  if (mode == "near") {
    std::uniform_int_distribution<long long> d(500000000, 1000000000);
    std::uniform_int_distribution<int> coin(0, 3);
    while (static_cast<int>(v.size()) < n) {
      const long long x = d(g), y = d(g);
      long long r0 = x, r1 = y, s0 = 1, s1 = 0, t0 = 0, t1 = 1;
      while (r1 != 0) {
        const long long q = r0 / r1;
        std::swap(r0, r1), r1 -= q * r0;
        std::swap(s0, s1), s1 -= q * s0;
        std::swap(t0, t1), t1 -= q * t0;
      }
      if (r0 != 1) continue;
      long long bx = -t0, by = s0;  // x * by - y * bx = 1
      if (bx < 0 || by < 0) bx += x, by += y;
      if (bx > 1000000000 || by > 1000000000) continue;
      long long ax = x, ay = y;
      for (int k = coin(g); k > 0; --k) {
        std::swap(ax, ay), ax = -ax;
        std::swap(bx, by), bx = -bx;
      }
      if (coin(g) & 1) std::swap(ax, bx), std::swap(ay, by);
      v.push_back({ax, ay});
      v.push_back({bx, by});
    }
    v.resize(n);
  } else {
    const long long r = mode == "grid" ? 2 : 1000000000;
    std::uniform_int_distribution<long long> d(-r, r);
    for (int i = 0; i < n; ++i) v.push_back({d(g), d(g)});
  }
  std::printf("%d\n", n);
  for (auto& p : v) std::printf("%lld %lld\n", p.first, p.second);
}
