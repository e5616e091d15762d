// gen SEED N R MODE: one circle-polygon-area input, n <= N vertices counter-clockwise,
// |coord| <= 100, the circle of radius R at the origin.
// MODE star: a star-shaped (generally non-convex) polygon of random lattice points sorted by
//   angle around a random interior point; lattice: the same on a small grid [-8, 8]^2 (vertices
//   on the circle, tangent edges and the centre on edges or vertices occur for R = 5);
//   onc: vertices taken from the lattice points of the circle x^2 + y^2 = 65^2 (R = 65 puts every
//   vertex on the circle), every other one pulled towards the origin (non-convex).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <utility>
#include <vector>

typedef long long ll;

int main(int argc, char** argv) {
  if (argc < 5) return 1;
  std::mt19937_64 g(std::strtoull(argv[1], nullptr, 10));
  const int N = std::atoi(argv[2]);
  const ll R = std::atoll(argv[3]);
  const std::string mode = argv[4];
  std::vector<std::pair<ll, ll>> poly;
  if (mode == "onc") {
    std::vector<std::pair<ll, ll>> on;
    for (ll x = -65; x <= 65; ++x)
      for (ll y = -65; y <= 65; ++y)
        if (x * x + y * y == 65 * 65) on.push_back({x, y});
    std::sort(on.begin(), on.end(), [](auto a, auto b) {
      return std::atan2(double(a.second), double(a.first)) <
             std::atan2(double(b.second), double(b.first));
    });
    for (std::size_t i = 0; i < on.size() && int(poly.size()) < N; ++i) {
      if (i % 2 == 1 && g() % 2) {  // pulled in: a reflex vertex, same direction
        const ll k = 1 + ll(g() % 4);
        poly.push_back({on[i].first * k / 5, on[i].second * k / 5});
      } else {
        poly.push_back(on[i]);
      }
    }
  } else {
    const ll box = mode == "lattice" ? 8 : 100;
    // Centre (cx + 1/2, cy + 1/2): no lattice point is at it; work with doubled coordinates.
    std::uniform_int_distribution<ll> cd(-box / 2, box / 2 - 1), pd(-box, box);
    for (int attempt = 0; attempt < 1000; ++attempt) {
      const ll cx2 = 2 * cd(g) + 1, cy2 = 2 * cd(g) + 1;
      std::vector<std::pair<ll, ll>> pts;
      for (int i = 0; i < N; ++i) pts.push_back({pd(g), pd(g)});
      auto key = [&](std::pair<ll, ll> p) {
        return std::atan2(double(2 * p.second - cy2), double(2 * p.first - cx2));
      };
      std::sort(pts.begin(), pts.end(), [&](auto a, auto b) { return key(a) < key(b); });
      std::vector<std::pair<ll, ll>> kept;
      for (auto p : pts) {  // one point per ray from the centre (exact: doubled coordinates)
        if (!kept.empty()) {
          const auto q = kept.back();
          const ll ax = 2 * p.first - cx2, ay = 2 * p.second - cy2;
          const ll bx = 2 * q.first - cx2, by = 2 * q.second - cy2;
          if (ax * by - ay * bx == 0 && ax * bx + ay * by > 0) continue;
        }
        kept.push_back(p);
      }
      if (kept.size() >= 2) {
        const auto a = kept.front(), b = kept.back();
        const ll ax = 2 * a.first - cx2, ay = 2 * a.second - cy2;
        const ll bx = 2 * b.first - cx2, by = 2 * b.second - cy2;
        if (ax * by - ay * bx == 0 && ax * bx + ay * by > 0) kept.pop_back();
      }
      if (kept.size() < 3) continue;
      bool ok = true;  // every angular gap below pi: the centre is inside, the polygon simple
      const double pi = std::acos(-1.0);
      for (std::size_t i = 0; i < kept.size(); ++i) {
        const double a = key(kept[i]);
        const double b = i + 1 < kept.size() ? key(kept[i + 1]) : key(kept[0]) + 2 * pi;
        if (b - a >= pi - 1e-9) ok = false;
      }
      if (ok) {
        poly = kept;
        break;
      }
    }
  }
  std::printf("%d %lld\n", int(poly.size()), R);
  for (auto p : poly) std::printf("%lld %lld\n", p.first, p.second);
}
