// Brute force for minkowski-sum: every pairwise sum (n * m points), then their strict convex hull
// by Andrew's monotone chain over the sums sorted by (y, x), so it starts at the lowest-then-
// leftmost one. Exact: sums <= 2e9, cross products of differences <= 1.6e19 in __int128.
// O(nm log nm): for the tests where n * m is small (or one polygon is a point or a segment).
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

using ll = long long;
__extension__ typedef __int128 i128;
using pt = std::pair<ll, ll>;  // (y, x): sorted order is (y, then x)

int main() {
  std::vector<pt> poly[2];
  for (auto& p : poly) {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    p.resize(n);
    for (auto& v : p) std::scanf("%lld %lld", &v.second, &v.first);
  }
  std::vector<pt> s;
  for (auto a : poly[0])
    for (auto b : poly[1]) s.push_back({a.first + b.first, a.second + b.second});
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  // Turn o -> a -> b in (x, y) terms: positive when counter-clockwise.
  auto cr = [](pt o, pt a, pt b) {
    return i128(a.second - o.second) * (b.first - o.first) -
           i128(a.first - o.first) * (b.second - o.second);
  };
  std::vector<pt> h;
  if (s.size() == 1) {
    h = s;
  } else {
    std::vector<pt> c(2 * s.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      while (k >= 2 && cr(c[k - 2], c[k - 1], s[i]) <= 0) --k;
      c[k++] = s[i];
    }
    for (std::size_t i = s.size() - 1, t = k + 1; i-- > 0;) {
      while (k >= t && cr(c[k - 2], c[k - 1], s[i]) <= 0) --k;
      c[k++] = s[i];
    }
    h.assign(c.begin(), c.begin() + static_cast<long>(k - 1));
  }
  std::printf("%zu\n", h.size());
  for (auto v : h) std::printf("%lld %lld\n", v.second, v.first);
}
