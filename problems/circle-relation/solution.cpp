// circle-relation: the relation of two circles as 4, 3, 2, 1 or 0 (exact on integers).
// Uses cpkit/geometry/circle.hpp (squared quantities compared in __int128).
#include "cpkit/geometry/circle.hpp"

#include <cstdio>

int main() {
  cpkit::circle<long long> a, b;
  if (std::scanf("%lld %lld %lld %lld %lld %lld", &a.center.x, &a.center.y, &a.r, &b.center.x,
                 &b.center.y, &b.r) != 6)
    return 1;
  std::printf("%d\n", cpkit::circle_relation(a, b));
}
