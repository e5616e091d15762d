// Reference for sort-by-argument, independent of the library: octant-free classification into
// eight exact sectors (4 axis rays, 4 open quadrants, origin on the positive x ray), then within a
// quadrant by the sign of an __int128 cross product. std::stable_sort.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

using pt = std::pair<long long, long long>;
__extension__ typedef __int128 i128;
// Order of sectors by angle in (-pi, pi]: Q3 (x<0,y<0), -y axis, Q4, +x axis (and origin), Q1,
// +y axis, Q2, -x axis.
static int sector(pt p) {
  const long long x = p.first, y = p.second;
  if (x < 0 && y < 0) return 0;
  if (x == 0 && y < 0) return 1;
  if (x > 0 && y < 0) return 2;
  if (y == 0 && x >= 0) return 3;
  if (x > 0 && y > 0) return 4;
  if (x == 0 && y > 0) return 5;
  if (x < 0 && y > 0) return 6;
  return 7;
}

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<pt> v(n);
  for (auto& p : v) std::scanf("%lld %lld", &p.first, &p.second);
  std::stable_sort(v.begin(), v.end(), [](pt a, pt b) {
    const int sa = sector(a), sb = sector(b);
    if (sa != sb) return sa < sb;
    return i128(a.first) * b.second - i128(a.second) * b.first > 0;
  });
  for (auto& p : v) std::printf("%lld %lld\n", p.first, p.second);
}
