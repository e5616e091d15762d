// Brute force for min-enclosing-circle: the circle of all points is that of the convex hull's
// vertices (strict monotone chain, exact __int128 orientation); every circle through 1 point, 2
// points as a diameter, or 3 hull vertices (circumcircle, Cramer's rule in long double) is a
// candidate; the smallest that contains every hull vertex (relative tolerance 1e-12 on r^2) is
// the answer. O(h^3 log h + h^4) worst case, h the hull size (small on the generated inputs).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

typedef long double ld;
__extension__ typedef __int128 i128;
struct Pt {
  long long x, y;
  bool operator<(const Pt& o) const { return x < o.x || (x == o.x && y < o.y); }
  bool operator==(const Pt& o) const { return x == o.x && y == o.y; }
};
struct Cand {
  ld x, y, r2;
};

static i128 cr(const Pt& o, const Pt& a, const Pt& b) {
  return i128(a.x - o.x) * (b.y - o.y) - i128(a.y - o.y) * (b.x - o.x);
}

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<Pt> p(n);
  for (Pt& q : p) std::scanf("%lld %lld", &q.x, &q.y);
  std::sort(p.begin(), p.end());
  p.erase(std::unique(p.begin(), p.end()), p.end());
  std::vector<Pt> h;
  if (p.size() < 3) {
    h = p;
  } else {
    std::vector<Pt> s(2 * p.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      while (k >= 2 && cr(s[k - 2], s[k - 1], p[i]) <= 0) --k;
      s[k++] = p[i];
    }
    for (std::size_t i = p.size() - 1, t = k + 1; i-- > 0;) {
      while (k >= t && cr(s[k - 2], s[k - 1], p[i]) <= 0) --k;
      s[k++] = p[i];
    }
    s.resize(k - 1);
    h = s;
  }
  const std::size_t m = h.size();
  std::vector<Cand> c;
  for (std::size_t i = 0; i < m; ++i) {
    c.push_back({ld(h[i].x), ld(h[i].y), 0});
    for (std::size_t j = i + 1; j < m; ++j) {
      const ld x = (ld(h[i].x) + h[j].x) / 2, y = (ld(h[i].y) + h[j].y) / 2;
      c.push_back({x, y, (x - h[i].x) * (x - h[i].x) + (y - h[i].y) * (y - h[i].y)});
      for (std::size_t k = j + 1; k < m; ++k) {
        const ld a11 = 2 * ld(h[j].x - h[i].x), a12 = 2 * ld(h[j].y - h[i].y);
        const ld a21 = 2 * ld(h[k].x - h[i].x), a22 = 2 * ld(h[k].y - h[i].y);
        const ld det = a11 * a22 - a12 * a21;
        if (det == 0) continue;
        const ld b1 = (ld(h[j].x - h[i].x)) * (ld(h[j].x) + h[i].x) + (ld(h[j].y - h[i].y)) * (ld(h[j].y) + h[i].y);
        const ld b2 = (ld(h[k].x - h[i].x)) * (ld(h[k].x) + h[i].x) + (ld(h[k].y - h[i].y)) * (ld(h[k].y) + h[i].y);
        const ld x2 = (b1 * a22 - a12 * b2) / det, y2 = (a11 * b2 - b1 * a21) / det;
        c.push_back({x2, y2, (x2 - h[i].x) * (x2 - h[i].x) + (y2 - h[i].y) * (y2 - h[i].y)});
      }
    }
  }
  std::sort(c.begin(), c.end(), [](const Cand& a, const Cand& b) { return a.r2 < b.r2; });
  for (const Cand& q : c) {
    bool ok = true;
    for (const Pt& v : h) {
      const ld dx = v.x - q.x, dy = v.y - q.y;
      if (dx * dx + dy * dy > q.r2 * (1 + 1e-12L) + 1e-12L) {
        ok = false;
        break;
      }
    }
    if (ok) {
      std::printf("%.10Lf %.10Lf %.10Lf\n", q.x, q.y, std::sqrt(q.r2));
      return 0;
    }
  }
  return 1;
}
