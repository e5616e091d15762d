// Brute force for convex-hull, independent of the library: Jarvis march (gift wrapping) for the
// corners, O(N h), then every input point lying on each hull edge inserted in order along it.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

using pt = std::pair<long long, long long>;
static long long cr(pt o, pt a, pt b) {
  return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first);
}
static long long d2(pt a, pt b) {
  return (a.first - b.first) * (a.first - b.first) + (a.second - b.second) * (a.second - b.second);
}

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<pt> p(n);
  for (auto& q : p) std::scanf("%lld %lld", &q.first, &q.second);
  auto low = [](pt a, pt b) { return std::make_pair(a.second, a.first) < std::make_pair(b.second, b.first); };
  const pt s = *std::min_element(p.begin(), p.end(), low);
  bool collinear = true;
  for (auto& q : p) collinear = collinear && cr(p[0], p[1], q) == 0;
  std::vector<pt> out;
  if (collinear) {
    out = p;
    std::sort(out.begin(), out.end(), low);
  } else {
    pt cur = s;
    do {
      pt nxt = cur == p[0] ? p[1] : p[0];
      for (auto& r : p) {
        if (r == cur) continue;
        const long long c = cr(cur, nxt, r);
        if (c < 0 || (c == 0 && d2(cur, r) > d2(cur, nxt))) nxt = r;
      }
      std::vector<pt> on;
      for (auto& r : p)
        if (r != cur && r != nxt && cr(cur, nxt, r) == 0 && d2(cur, r) < d2(cur, nxt) && d2(nxt, r) < d2(cur, nxt))
          on.push_back(r);
      std::sort(on.begin(), on.end(), [&](pt a, pt b) { return d2(cur, a) < d2(cur, b); });
      out.push_back(cur);
      out.insert(out.end(), on.begin(), on.end());
      cur = nxt;
    } while (cur != s);
  }
  std::printf("%zu\n", out.size());
  for (auto& q : out) std::printf("%lld %lld\n", q.first, q.second);
}
