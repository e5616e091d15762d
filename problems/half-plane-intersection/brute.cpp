// Brute force for half-plane-intersection, independent of the library.
// n <= 400, exact: every crossing point of two lines (a rational point in __int128) that lies in
// every half-plane is a corner of the intersection (a point of two boundary lines cannot lie
// inside an edge of the region without its line cutting it). No corner: the region is empty,
// or (all lines parallel) a strip, a half-plane, a line or the plane: decided in one dimension.
// Corners: unbounded iff some direction v among the +-(b - a) has cross(b - a, v) >= 0 for every
// plane (a recession direction; the cone's extreme rays lie along line directions); else 1
// corner: point, 2: segment, more: the polygon, its area by sorting the corners around their
// centroid (long double). O(n^3).
// n > 400 (generated, non-degenerate inputs only): Sutherland-Hodgman clipping of the box
// [-1e12, 1e12]^2 in long double, O(n k); reaching the box means unbounded.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>
#include <vector>

using ll = long long;
__extension__ typedef __int128 i128;
using ld = long double;

struct line {
  ll ax, ay, dx, dy;
};

i128 gcd(i128 a, i128 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) {
    const i128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

void print_area(ld a) { std::printf("polygon %.9Lf\n", a); }

void large(const std::vector<line>& v) {
  const ld M = 1e12L;
  std::vector<std::pair<ld, ld>> poly{{-M, -M}, {M, -M}, {M, M}, {-M, M}};
  for (const line& l : v) {
    std::vector<std::pair<ld, ld>> next;
    auto side = [&](const std::pair<ld, ld>& p) {
      return l.dx * (p.second - l.ay) - l.dy * (p.first - l.ax);
    };
    for (std::size_t i = 0; i < poly.size(); ++i) {
      const auto c = poly[i], n = poly[(i + 1) % poly.size()];
      const ld sc = side(c), sn = side(n);
      if (sc >= 0) next.push_back(c);
      if ((sc > 0 && sn < 0) || (sc < 0 && sn > 0)) {
        const ld t = sc / (sc - sn);
        next.push_back({c.first + (n.first - c.first) * t, c.second + (n.second - c.second) * t});
      }
    }
    poly = next;
    if (poly.empty()) break;
  }
  if (poly.empty()) {
    std::printf("empty\n");
    return;
  }
  for (const auto& p : poly)
    if (std::fabs(p.first) >= M / 2 || std::fabs(p.second) >= M / 2) {
      std::printf("unbounded\n");
      return;
    }
  ld a = 0;
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const auto p = poly[i], q = poly[(i + 1) % poly.size()];
    a += (p.first - poly[0].first) * (q.second - poly[0].second) -
         (p.second - poly[0].second) * (q.first - poly[0].first);
  }
  print_area(a / 2);
}

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<line> v(n);
  for (line& l : v) {
    ll bx, by;
    if (std::scanf("%lld %lld %lld %lld", &l.ax, &l.ay, &bx, &by) != 4) return 1;
    l.dx = bx - l.ax, l.dy = by - l.ay;
  }
  if (n > 400) {
    large(v);
    return 0;
  }
  auto cr = [](i128 ax, i128 ay, i128 bx, i128 by) { return ax * by - ay * bx; };
  // Corners: (X, Y, D), the point (X / D, Y / D), D > 0, reduced.
  std::vector<std::tuple<i128, i128, i128>> corners;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j) {
      const line &p = v[i], &q = v[j];
      i128 den = cr(p.dx, p.dy, q.dx, q.dy);
      if (den == 0) continue;
      i128 num = cr(q.ax - p.ax, q.ay - p.ay, q.dx, q.dy);
      i128 X = p.ax * den + p.dx * num, Y = p.ay * den + p.dy * num;
      if (den < 0) X = -X, Y = -Y, den = -den;
      bool in = true;
      for (int c = 0; c < n && in; ++c) {
        const line& h = v[c];
        in = cr(h.dx, h.dy, X - h.ax * den, Y - h.ay * den) >= 0;
      }
      if (!in) continue;
      const i128 g = gcd(gcd(X, Y), den);
      corners.emplace_back(X / g, Y / g, den / g);
    }
  std::sort(corners.begin(), corners.end());
  corners.erase(std::unique(corners.begin(), corners.end()), corners.end());
  if (corners.empty()) {
    // Non-empty without a corner means the region contains a whole line, parallel to every
    // boundary line: so all lines are parallel. Then t = cross(d0, X) must lie in [lo, hi].
    bool parallel = true;
    for (const line& l : v) parallel = parallel && cr(v[0].dx, v[0].dy, l.dx, l.dy) == 0;
    if (!parallel) {
      std::printf("empty\n");
      return 0;
    }
    bool has_lo = false, has_hi = false;
    i128 lo = 0, hi = 0;
    for (const line& l : v) {
      const i128 t = cr(v[0].dx, v[0].dy, l.ax, l.ay);
      const bool same = i128(v[0].dx) * l.dx + i128(v[0].dy) * l.dy > 0;
      if (same)
        lo = has_lo ? std::max(lo, t) : t, has_lo = true;
      else
        hi = has_hi ? std::min(hi, t) : t, has_hi = true;
    }
    std::printf(has_lo && has_hi && lo > hi ? "empty\n" : "unbounded\n");
    return 0;
  }
  for (const line& l : v)
    for (int s : {1, -1}) {
      const i128 vx = s * l.dx, vy = s * l.dy;
      bool rec = true;
      for (const line& h : v) rec = rec && cr(h.dx, h.dy, vx, vy) >= 0;
      if (rec) {
        std::printf("unbounded\n");
        return 0;
      }
    }
  if (corners.size() == 1) {
    std::printf("point 0\n");
    return 0;
  }
  if (corners.size() == 2) {
    std::printf("segment 0\n");
    return 0;
  }
  std::vector<std::pair<ld, ld>> p;
  ld cx = 0, cy = 0;
  for (const auto& c : corners) {
    p.push_back({ld(std::get<0>(c)) / ld(std::get<2>(c)), ld(std::get<1>(c)) / ld(std::get<2>(c))});
    cx += p.back().first, cy += p.back().second;
  }
  cx /= p.size(), cy /= p.size();
  std::sort(p.begin(), p.end(), [&](const auto& a, const auto& b) {
    return std::atan2(a.second - cy, a.first - cx) < std::atan2(b.second - cy, b.first - cx);
  });
  ld a = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const auto s = p[i], t = p[(i + 1) % p.size()];
    a += (s.first - cx) * (t.second - cy) - (s.second - cy) * (t.first - cx);
  }
  print_area(a / 2);
}
