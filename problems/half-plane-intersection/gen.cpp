// gen SEED N MODE: N directed lines x1 y1 x2 y2 (keep the closed left side), |coord| <= 10^4.
// MODE circle: tangents of the circle of radius 9000 at random angles, the circle on their left
//   (a polygon with about N corners when N is large); random: endpoints uniform (mostly empty or
//   unbounded); grid: coordinates in [-3, 3] with copies, reversed copies (zero-area strips),
//   shifted parallels and lines through a shared point forced; pencil: every line through one
//   of two points (points, wedges, empty); cut: a frame [-9000, 9000]^2 plus random lines, each
//   oriented to keep a fixed point near the origin (a polygon, most lines redundant); strip: a
//   line given both ways (a zero-area strip) plus random planes (segments, points, empty).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using ll = long long;
std::mt19937_64 g;
ll uni(ll lo, ll hi) { return std::uniform_int_distribution<ll>(lo, hi)(g); }

struct line {
  ll x1, y1, x2, y2;
};

// Orient l so that (px, py) is on its left or on it.
line keep(line l, ll px, ll py) {
  const ll c = (l.x2 - l.x1) * (py - l.y1) - (l.y2 - l.y1) * (px - l.x1);
  if (c < 0) return {l.x2, l.y2, l.x1, l.y1};
  return l;
}

line random_through(ll px, ll py, ll r) {
  ll dx = 0, dy = 0;
  while (dx == 0 && dy == 0) dx = uni(-r, r), dy = uni(-r, r);
  return {px, py, px + dx, py + dy};
}

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  g.seed(std::strtoull(argv[1], nullptr, 10));
  const int n = std::atoi(argv[2]);
  const std::string mode = argv[3];
  std::vector<line> v;
  if (mode == "circle") {
    std::uniform_real_distribution<double> ang(0, 2 * 3.14159265358979323846);
    for (int i = 0; i < n; ++i) {
      const double t = ang(g);
      const ll x = std::llround(9000 * std::cos(t)), y = std::llround(9000 * std::sin(t));
      const ll dx = std::llround(-1000 * std::sin(t)), dy = std::llround(1000 * std::cos(t));
      v.push_back({x, y, x + dx, y + dy});
    }
  } else if (mode == "random") {
    for (int i = 0; i < n; ++i) {
      line l{0, 0, 0, 0};
      while (l.x1 == l.x2 && l.y1 == l.y2)
        l = {uni(-10000, 10000), uni(-10000, 10000), uni(-10000, 10000), uni(-10000, 10000)};
      v.push_back(l);
    }
  } else if (mode == "grid") {
    const ll cx = uni(-3, 3), cy = uni(-3, 3);
    for (int i = 0; i < n; ++i) {
      const int m = v.empty() ? 0 : static_cast<int>(uni(0, 5));
      line l{0, 0, 0, 0};
      if (m == 1) {
        l = v[uni(0, static_cast<ll>(v.size()) - 1)];
      } else if (m == 2) {
        const line o = v[uni(0, static_cast<ll>(v.size()) - 1)];
        l = {o.x2, o.y2, o.x1, o.y1};
      } else if (m == 3) {
        const line o = v[uni(0, static_cast<ll>(v.size()) - 1)];
        const ll sx = uni(-1, 1), sy = uni(-1, 1);
        l = {o.x1 + sx, o.y1 + sy, o.x2 + sx, o.y2 + sy};
        if (l.x1 < -3 || l.x1 > 3 || l.y1 < -3 || l.y1 > 3 || l.x2 < -3 || l.x2 > 3 || l.y2 < -3 ||
            l.y2 > 3)
          l = o;
      } else if (m == 4) {
        l = {cx, cy, cx, cy};
        while (l.x1 == l.x2 && l.y1 == l.y2) l.x2 = uni(-3, 3), l.y2 = uni(-3, 3);
        if (uni(0, 1)) l = {l.x2, l.y2, l.x1, l.y1};
      } else {
        while (l.x1 == l.x2 && l.y1 == l.y2) l = {uni(-3, 3), uni(-3, 3), uni(-3, 3), uni(-3, 3)};
      }
      v.push_back(l);
    }
  } else if (mode == "pencil") {
    const ll p[2][2] = {{uni(-50, 50), uni(-50, 50)}, {uni(-50, 50), uni(-50, 50)}};
    for (int i = 0; i < n; ++i) {
      const int k = static_cast<int>(uni(0, 9) == 0);
      v.push_back(random_through(p[k][0], p[k][1], 20));
    }
  } else if (mode == "cut") {
    v.push_back({-9000, -9000, 9000, -9000});
    v.push_back({9000, -9000, 9000, 9000});
    v.push_back({9000, 9000, -9000, 9000});
    v.push_back({-9000, 9000, -9000, -9000});
    const ll px = uni(-100, 100), py = uni(-100, 100);
    while (static_cast<int>(v.size()) < n)
      v.push_back(keep(random_through(uni(-9000, 9000), uni(-9000, 9000), 10000), px, py));
  } else if (mode == "strip") {
    const line base = random_through(uni(-100, 100), uni(-100, 100), 100);
    v.push_back(base);
    v.push_back({base.x2, base.y2, base.x1, base.y1});
    // A point on the line, kept by most of the others (on their boundary now and then).
    const ll t = uni(-3, 3);
    const ll qx = base.x1 + t * (base.x2 - base.x1), qy = base.y1 + t * (base.y2 - base.y1);
    while (static_cast<int>(v.size()) < n) {
      line l = random_through(uni(-200, 200), uni(-200, 200), 100);
      if (uni(0, 3) == 0) l = random_through(qx, qy, 50);
      v.push_back(uni(0, 5) == 0 ? l : keep(l, qx, qy));
    }
  }
  std::printf("%zu\n", v.size());
  for (const line& l : v) std::printf("%lld %lld %lld %lld\n", l.x1, l.y1, l.x2, l.y2);
}
