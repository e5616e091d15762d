// brute: area of (polygon ∩ disk at the origin) by Green's theorem on the boundary of the
// intersection, written independently of the library: the pieces of the polygon's edges inside
// the disk (split at every crossing with the circle, a piece kept when its midpoint is strictly
// inside) add their cross products, and the arcs of the circle between consecutive crossing
// angles add r^2 dtheta when the arc's midpoint is inside the polygon (ray casting). No crossing
// at all: the whole disk or nothing. O(n^2) with the ray casting, long double.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

typedef long double LD;
struct Pt {
  LD x, y;
};

static bool inside_polygon(const std::vector<Pt>& poly, LD x, LD y) {
  bool in = false;
  const std::size_t n = poly.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Pt a = poly[i], b = poly[j];
    if ((a.y > y) != (b.y > y)) {
      const LD xc = a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y);
      if (x < xc) in = !in;
    }
  }
  return in;
}

int main() {
  int n;
  long long rr;
  if (std::scanf("%d %lld", &n, &rr) != 2) return 1;
  std::vector<Pt> poly(n);
  for (auto& p : poly) {
    long long x, y;
    if (std::scanf("%lld %lld", &x, &y) != 2) return 1;
    p = {LD(x), LD(y)};
  }
  const LD r = LD(rr), pi = std::acos(LD(-1));
  LD twice = 0;
  std::vector<LD> angles;
  for (int i = 0; i < n; ++i) {
    const Pt p = poly[i], q = poly[(i + 1) % n];
    const LD dx = q.x - p.x, dy = q.y - p.y;
    const LD A = dx * dx + dy * dy, B = p.x * dx + p.y * dy, C = p.x * p.x + p.y * p.y - r * r;
    if (A == 0) continue;
    std::vector<LD> ts{0, 1};
    const LD disc = B * B - A * C;
    if (disc >= 0) {
      const LD s = std::sqrt(disc);
      for (LD t : {(-B - s) / A, (-B + s) / A})
        if (t >= 0 && t <= 1) ts.push_back(t);
    }
    std::sort(ts.begin(), ts.end());
    for (std::size_t k = 0; k < ts.size(); ++k) {
      const LD t = ts[k];
      const LD x = p.x + dx * t, y = p.y + dy * t;
      if (std::fabs(std::hypot(x, y) - r) <= 1e-9L * (1 + r)) angles.push_back(std::atan2(y, x));
      if (k + 1 < ts.size()) {
        const LD t2 = ts[k + 1], tm = (t + t2) / 2;
        const LD mx = p.x + dx * tm, my = p.y + dy * tm;
        if (mx * mx + my * my < r * r) {
          const LD x2 = p.x + dx * t2, y2 = p.y + dy * t2;
          twice += x * y2 - y * x2;
        }
      }
    }
  }
  if (r > 0) {
    if (angles.empty()) {
      if (inside_polygon(poly, r, 0)) twice += 2 * pi * r * r;
    } else {
      std::sort(angles.begin(), angles.end());
      for (std::size_t k = 0; k < angles.size(); ++k) {
        const LD a = angles[k], b = k + 1 < angles.size() ? angles[k + 1] : angles[0] + 2 * pi;
        if (b - a <= 1e-15L) continue;
        const LD m = (a + b) / 2;
        if (inside_polygon(poly, r * std::cos(m), r * std::sin(m))) twice += r * r * (b - a);
      }
    }
  }
  std::printf("%.10Lf\n", std::fabs(twice) / 2);
}
