// Brute force for static-convex-hull, independent of the library: Jarvis march (gift wrapping)
// from the lowest-then-leftmost point, farthest point among collinear candidates, O(N h) per
// case, __int128 cross products (coordinates up to 1e9).
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

using pt = std::pair<long long, long long>;
__extension__ typedef __int128 i128;
static i128 cr(pt o, pt a, pt b) {
  return i128(a.first - o.first) * (b.second - o.second) - i128(a.second - o.second) * (b.first - o.first);
}
static i128 d2(pt a, pt b) {
  return i128(a.first - b.first) * (a.first - b.first) + i128(a.second - b.second) * (a.second - b.second);
}

int main() {
  int t;
  if (std::scanf("%d", &t) != 1) return 1;
  while (t--) {
    int n;
    std::scanf("%d", &n);
    std::vector<pt> p(n);
    for (auto& q : p) std::scanf("%lld %lld", &q.first, &q.second);
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
    std::vector<pt> out;
    if (p.size() <= 1) {
      out = p;
    } else {
      auto low = [](pt a, pt b) { return std::make_pair(a.second, a.first) < std::make_pair(b.second, b.first); };
      const pt s = *std::min_element(p.begin(), p.end(), low);
      pt cur = s;
      do {
        out.push_back(cur);
        pt nxt = cur == p[0] ? p[1] : p[0];
        for (auto& r : p) {
          if (r == cur) continue;
          const i128 c = cr(cur, nxt, r);
          if (c < 0 || (c == 0 && d2(cur, r) > d2(cur, nxt))) nxt = r;
        }
        cur = nxt;
      } while (cur != s);
    }
    std::printf("%zu\n", out.size());
    for (auto& q : out) std::printf("%lld %lld\n", q.first, q.second);
  }
}
