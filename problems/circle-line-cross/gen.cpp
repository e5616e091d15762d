// gen SEED Q: one circle-line-cross input, |coord| <= 1000, q lines, each meeting the circle.
// The radius is 5k: about a third of the lines are tangents at the lattice points c + (+-3k, +-4k)
// (exactly one common point), the others random secants (kept when they meet the circle, decided
// in integers), some through the centre, some vertical.
#include <cstdio>
#include <cstdlib>
#include <random>

typedef long long ll;

int main(int argc, char** argv) {
  if (argc < 3) return 1;
  std::mt19937_64 g(std::strtoull(argv[1], nullptr, 10));
  const int q = std::atoi(argv[2]);
  auto rnd = [&](ll lo, ll hi) { return std::uniform_int_distribution<ll>(lo, hi)(g); };
  const ll k = rnd(1, 100), r = 5 * k;
  const ll cx = rnd(-1000 + r, 1000 - r), cy = rnd(-1000 + r, 1000 - r);
  std::printf("%lld %lld %lld\n%d\n", cx, cy, r, q);
  for (int i = 0; i < q;) {
    ll x1, y1, x2, y2;
    const int kind = int(rnd(0, 3));
    if (kind == 0) {  // tangent at c + (sx 3k, sy 4k), direction (-sy 4, sx 3) * m
      const ll sx = rnd(0, 1) ? 1 : -1, sy = rnd(0, 1) ? 1 : -1, m = rnd(1, 5);
      x1 = cx + sx * 3 * k, y1 = cy + sy * 4 * k;
      x2 = x1 - sy * 4 * m, y2 = y1 + sx * 3 * m;
    } else if (kind == 1) {  // through the centre, or vertical
      x1 = cx, y1 = cy;
      x2 = rnd(0, 1) ? cx : rnd(-1000, 1000), y2 = rnd(-1000, 1000);
    } else {
      x1 = rnd(-1000, 1000), y1 = rnd(-1000, 1000), x2 = rnd(-1000, 1000), y2 = rnd(-1000, 1000);
    }
    if (x1 < -1000 || x1 > 1000 || y1 < -1000 || y1 > 1000 || x2 < -1000 || x2 > 1000 ||
        y2 < -1000 || y2 > 1000 || (x1 == x2 && y1 == y2))
      continue;
    const ll ux = x2 - x1, uy = y2 - y1, wx = cx - x1, wy = cy - y1;
    const ll cr = ux * wy - uy * wx;
    if (cr * cr > r * r * (ux * ux + uy * uy)) continue;  // misses: not allowed
    std::printf("%lld %lld %lld %lld\n", x1, y1, x2, y2);
    ++i;
  }
}
