// gen SEED N MODE: N distinct points, |coord| <= 1e4.
// MODE square: uniform in the square; grid: inside [-r, r]^2 with r chosen so the grid is ~1.6x
// fuller than N (many points on hull edges); circle: rounded points near the circle of radius 1e4.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::mt19937_64 g(std::strtoull(argv[1], nullptr, 10));
  const long long n = std::atoll(argv[2]);
  const std::string mode = argv[3];
  long long r = 10000;
  if (mode == "grid") r = std::min<long long>(10000, static_cast<long long>(std::sqrt(1.6 * n) / 2) + 1);
  std::uniform_int_distribution<long long> d(-r, r);
  std::uniform_real_distribution<double> a(0, 2 * 3.14159265358979323846);
  std::set<std::pair<long long, long long>> seen;
  std::vector<std::pair<long long, long long>> v;
  while (static_cast<long long>(v.size()) < n) {
    std::pair<long long, long long> p;
    if (mode == "circle") {
      const double t = a(g);
      p = {std::llround(1e4 * std::cos(t)), std::llround(1e4 * std::sin(t))};
    } else {
      p = {d(g), d(g)};
    }
    if (seen.insert(p).second) v.push_back(p);
  }
  std::printf("%lld\n", n);
  for (auto& p : v) std::printf("%lld %lld\n", p.first, p.second);
}
