// brute: circle-line-cross by the quadratic in the line parameter, written independently of the
// library: |a + t u - c|^2 = r^2, A t^2 + 2 B t + C = 0; the discriminant B^2 - A C is decided in
// exact integers (0: one point, printed twice), the roots in long double.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

typedef long long ll;
typedef long double LD;

int main() {
  ll cx, cy, r;
  int q;
  if (std::scanf("%lld %lld %lld %d", &cx, &cy, &r, &q) != 4) return 1;
  while (q--) {
    ll x1, y1, x2, y2;
    if (std::scanf("%lld %lld %lld %lld", &x1, &y1, &x2, &y2) != 4) return 1;
    const ll ux = x2 - x1, uy = y2 - y1, wx = x1 - cx, wy = y1 - cy;
    const ll A = ux * ux + uy * uy, B = ux * wx + uy * wy, C = wx * wx + wy * wy - r * r;
    const ll disc = B * B - A * C;  // |values| <= 8e6 * 8e6: fits
    const LD s = disc > 0 ? std::sqrt(LD(disc)) : 0;
    std::pair<LD, LD> p[2];
    for (int i = 0; i < 2; ++i) {
      const LD t = (LD(-B) + (i ? s : -s)) / LD(A);
      p[i] = {LD(x1) + LD(ux) * t, LD(y1) + LD(uy) * t};
    }
    if (p[1] < p[0]) std::swap(p[0], p[1]);
    std::printf("%.10Lf %.10Lf %.10Lf %.10Lf\n", p[0].first, p[0].second, p[1].first, p[1].second);
  }
}
