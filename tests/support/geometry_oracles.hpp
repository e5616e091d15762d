// Brute-force oracles for tests/geometry_test.cpp. Written independently of the library's
// formulas where possible. Two families:
//   - on small integer grids (|coord| <= ~1000), in long long (the first half of the file);
//   - at the documented coordinate limits (|coord| up to 2^61), in __int128 on integer values
//     whatever the coordinate type (namespace geo_oracle, "128" suffix), and an exact sign of
//     x1*y1 - x2*y2 for floating values (exact_product_compare).
#pragma once

#include "cpkit/geometry/point.hpp"

#include <rapidcheck.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <ostream>
#include <type_traits>
#include <utility>
#include <vector>

namespace cpkit {
// Lets rapidcheck print counterexamples (found by argument-dependent lookup).
template <class T>
void showValue(const point<T>& p, std::ostream& os) {
  os << "(" << p.x << ", " << p.y << ")";
}
// And GoogleTest (EXPECT_EQ on points and vectors of points).
template <class T>
void PrintTo(const point<T>& p, std::ostream* os) {
  *os << "(" << +p.x << ", " << +p.y << ")";
}
}  // namespace cpkit

namespace geo_oracle {

using ll = long long;
using P = cpkit::point<ll>;

inline ll orient(P a, P b, P c) { return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x); }

// Five-way ccw by the parameter t of c's projection on a + t (b - a): t < 0 back, t > 1 front.
inline int ccw_def(P a, P b, P c) {
  const ll o = orient(a, b, c);
  if (o > 0) return 1;
  if (o < 0) return -1;
  const ll t = (c.x - a.x) * (b.x - a.x) + (c.y - a.y) * (b.y - a.y);  // t * |b - a|^2
  const ll len2 = (b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y);
  if (t < 0) return 2;
  if (t > len2) return -2;
  return 0;
}

// Closed segments meet iff no separating axis. Candidate axes: both segment normals and the
// vectors between endpoints (the closest points of disjoint grid segments are an endpoint and a
// point of the other segment, joined along one of these).
inline bool segments_meet_sat(P a, P b, P c, P d) {
  std::vector<P> axes = {
      {-(b.y - a.y), b.x - a.x}, {-(d.y - c.y), d.x - c.x}, a - c, a - d, b - c, b - d};
  for (P ax : axes) {
    if (ax.x == 0 && ax.y == 0) continue;
    auto pr = [&](P p) { return ax.x * p.x + ax.y * p.y; };
    const ll lo1 = std::min(pr(a), pr(b)), hi1 = std::max(pr(a), pr(b));
    const ll lo2 = std::min(pr(c), pr(d)), hi2 = std::max(pr(c), pr(d));
    if (hi1 < lo2 || hi2 < lo1) return false;
  }
  return true;
}

// p on closed segment [a, b] by bounding box + collinearity.
inline bool on_seg(P a, P b, P p) {
  return orient(a, b, p) == 0 && std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) &&
         std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
}

// Winding number of poly around p (p not on the boundary), by quadrant counting.
inline int winding(const std::vector<P>& poly, P p) {
  auto quad = [&](P v) {
    const ll x = v.x - p.x, y = v.y - p.y;
    if (x > 0 && y >= 0) return 0;
    if (x <= 0 && y > 0) return 1;
    if (x < 0 && y <= 0) return 2;
    return 3;
  };
  int total = 0;
  const std::size_t n = poly.size();
  for (std::size_t i = 0; i < n; ++i) {
    const P a = poly[i], b = poly[(i + 1) % n];
    int d = (quad(b) - quad(a) + 4) % 4;
    if (d == 3) d = -1;
    if (d == 2) d = orient(p, a, b) > 0 ? 2 : -2;
    total += d;
  }
  return total / 4;
}

// 0 outside, 1 boundary, 2 inside.
inline int contains_def(const std::vector<P>& poly, P p) {
  for (std::size_t i = 0; i < poly.size(); ++i)
    if (on_seg(poly[i], poly[(i + 1) % poly.size()], p)) return 1;
  return winding(poly, p) != 0 ? 2 : 0;
}

// The hull as the problems define it, from the definition: boundary points are those with a
// supporting line through them and another point; ordered by angle around an interior point,
// starting at the lowest-then-leftmost. strict: drop points inside a segment of two others.
inline std::vector<P> hull_def(std::vector<P> pts, bool keep) {
  std::sort(pts.begin(), pts.end());
  pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
  const std::size_t n = pts.size();
  auto yx = [](P a, P b) { return std::make_pair(a.y, a.x) < std::make_pair(b.y, b.x); };
  if (n <= 1) return pts;
  bool collinear = true;
  for (P r : pts) collinear = collinear && orient(pts[0], pts[1], r) == 0;
  if (collinear) {
    std::sort(pts.begin(), pts.end(), yx);
    if (keep) return pts;
    return {pts.front(), pts.back()};
  }
  std::vector<P> bd;
  for (P p : pts) {
    bool boundary = false;
    for (P q : pts) {
      if (q == p) continue;
      bool left = true;
      for (P r : pts) left = left && orient(p, q, r) >= 0;
      boundary = boundary || left;
    }
    if (!boundary) continue;
    bool interior_of_segment = false;
    for (P a : pts)
      for (P b : pts)
        if (a != p && b != p && orient(a, b, p) == 0 &&
            (a.x - p.x) * (b.x - p.x) + (a.y - p.y) * (b.y - p.y) < 0)
          interior_of_segment = true;
    if (keep || !interior_of_segment) bd.push_back(p);
  }
  long double cx = 0, cy = 0;
  for (P p : bd) cx += p.x, cy += p.y;
  cx /= bd.size(), cy /= bd.size();
  const P start = *std::min_element(bd.begin(), bd.end(), yx);
  auto ang = [&](P p) {
    long double a = std::atan2((long double)p.y - cy, (long double)p.x - cx) -
                    std::atan2((long double)start.y - cy, (long double)start.x - cx);
    while (a < 0) a += 2 * 3.14159265358979323846264338L;
    if (p == start) a = 0;
    return a;
  };
  std::sort(bd.begin(), bd.end(), [&](P a, P b) { return ang(a) < ang(b); });
  return bd;
}

inline ll dist2(P a, P b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); }

inline ll furthest_d2(const std::vector<P>& pts) {
  ll best = 0;
  for (P a : pts)
    for (P b : pts) best = std::max(best, dist2(a, b));
  return best;
}

// Angle in (-pi, pi], origin 0: atan2 is exact enough to order distinct directions on a small
// grid (they differ by more than 1e-6 rad).
inline long double angle_def(P p) { return std::atan2((long double)p.y, (long double)p.x); }

// A simple (star-shaped) polygon: distinct angles around the centre c = (cx2/2, cy2/2), which
// lies strictly inside (every angular gap < pi). Returns empty when the points do not qualify.
inline std::vector<P> star_polygon(std::vector<P> pts, ll cx2, ll cy2) {
  std::vector<std::pair<long double, P>> v;
  for (P p : pts) {
    const ll dx = 2 * p.x - cx2, dy = 2 * p.y - cy2;
    if (dx == 0 && dy == 0) continue;
    v.push_back({std::atan2((long double)dy, (long double)dx), p});
  }
  std::sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<P> poly;
  std::vector<std::pair<long double, P>> kept;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!kept.empty() && std::fabs(v[i].first - kept.back().first) < 1e-12L)
      continue;  // one per ray
    kept.push_back(v[i]);
    poly.push_back(v[i].second);
  }
  v = kept;
  if (poly.size() < 3) return {};
  const long double pi = 3.14159265358979323846264338L;
  for (std::size_t i = 0; i < v.size(); ++i) {
    long double gap = (i + 1 < v.size() ? v[i + 1].first : v[0].first + 2 * pi) - v[i].first;
    if (gap >= pi - 1e-12L) return {};
  }
  return poly;
}

// Generators: points on a small grid, where collinear, duplicate and touching cases abound.
// rc::gen::inRange narrows toward its lower bound at small sizes; resize(100) keeps the whole
// grid in play from the first case (shrinking still works).
inline rc::Gen<P> grid_point(int r) {
  return rc::gen::resize(
      100, rc::gen::map(rc::gen::pair(rc::gen::inRange(-r, r + 1), rc::gen::inRange(-r, r + 1)),
                        [](std::pair<int, int> q) { return P(q.first, q.second); }));
}
inline rc::Gen<std::vector<P>> grid_points(int r, int max_n, int min_n = 0) {
  return rc::gen::mapcat(rc::gen::resize(100, rc::gen::inRange(min_n, max_n + 1)), [r](int n) {
    return rc::gen::container<std::vector<P>>(n, grid_point(r));
  });
}

// ==================================================================== exact oracles at the limits
// Every quantity below is computed in __int128 from integer coordinates |c| <= 2^61: differences
// <= 2^62, products <= 2^124, sums of two products <= 2^125: no overflow. None of them calls the
// library.
__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

struct Q {
  i128 x, y;
  bool operator==(const Q& o) const { return x == o.x && y == o.y; }
  bool operator!=(const Q& o) const { return !(*this == o); }
};

inline int sgn(i128 v) { return (v > 0) - (v < 0); }

// The exact integer value of a coordinate. Floating coordinates must hold integers (the limit
// properties draw integers for every type).
template <class T>
i128 exact_int(T v) {
  if constexpr (std::is_floating_point<T>::value) {
    RC_ASSERT(std::floor(v) == v);
    return static_cast<i128>(static_cast<long long>(v));
  } else {
    return static_cast<i128>(v);
  }
}
template <class T>
Q exact(const cpkit::point<T>& p) {
  return {exact_int(p.x), exact_int(p.y)};
}
template <class T>
std::vector<Q> exact(const std::vector<cpkit::point<T>>& v) {
  std::vector<Q> r;
  for (const auto& p : v) r.push_back(exact(p));
  return r;
}

inline i128 orient128(Q a, Q b, Q c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}
inline i128 dist2_128(Q a, Q b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); }

// Five-way ccw from the parameter t of c's projection on a + t (b - a), as ccw_def above.
inline int ccw128(Q a, Q b, Q c) {
  const int o = sgn(orient128(a, b, c));
  if (o != 0) return o;
  const i128 t = (c.x - a.x) * (b.x - a.x) + (c.y - a.y) * (b.y - a.y);  // t * |b - a|^2
  if (t < 0) return 2;
  if (t > dist2_128(a, b)) return -2;
  return 0;
}

// p on the closed segment [a, b] by collinearity + bounding box (a == b allowed).
inline bool on_seg128(Q a, Q b, Q p) {
  return orient128(a, b, p) == 0 && std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) &&
         std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
}

// Separating-axis test as segments_meet_sat, exact: axes are differences (<= 2^62), projections
// of points (<= 2^61) are <= 2^124 each, their sums <= 2^125.
inline bool segments_meet128(Q a, Q b, Q c, Q d) {
  const Q axes[] = {{-(b.y - a.y), b.x - a.x}, {-(d.y - c.y), d.x - c.x}, {a.x - c.x, a.y - c.y},
                    {a.x - d.x, a.y - d.y},    {b.x - c.x, b.y - c.y},    {b.x - d.x, b.y - d.y}};
  for (const Q& ax : axes) {
    if (ax.x == 0 && ax.y == 0) continue;
    auto pr = [&](Q p) { return ax.x * p.x + ax.y * p.y; };
    const i128 lo1 = std::min(pr(a), pr(b)), hi1 = std::max(pr(a), pr(b));
    const i128 lo2 = std::min(pr(c), pr(d)), hi2 = std::max(pr(c), pr(d));
    if (hi1 < lo2 || hi2 < lo1) return false;
  }
  return true;
}

// Shoelace from the origin: sum x_i y_{i+1} - x_{i+1} y_i (raw coordinates <= 2^61, products
// <= 2^122, at most 16 terms here).
inline i128 shoelace128(const std::vector<Q>& poly) {
  if (poly.size() < 3) return 0;
  i128 s = 0;
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const Q a = poly[i], b = poly[(i + 1) % poly.size()];
    s += a.x * b.y - b.x * a.y;
  }
  return s;
}

inline bool yx_less128(Q a, Q b) { return a.y < b.y || (a.y == b.y && a.x < b.x); }

// The hull by definition, exactly: the boundary points are the points p with a supporting line
// through p and another point q (every point weakly left of p -> q); strict mode drops those
// strictly inside a segment of two other points. Returned as a set sorted by (y, x); the order
// is checked separately (hull_order_ok128), which needs no angles.
inline std::vector<Q> hull_set128(std::vector<Q> pts, bool keep) {
  std::sort(pts.begin(), pts.end(), yx_less128);
  pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
  if (pts.size() <= 1) return pts;
  bool collinear = true;
  for (Q r : pts) collinear = collinear && orient128(pts[0], pts[1], r) == 0;
  if (collinear) {
    if (keep) return pts;
    return {pts.front(), pts.back()};
  }
  std::vector<Q> bd;
  for (Q p : pts) {
    bool boundary = false;
    for (Q q : pts) {
      if (q == p) continue;
      bool left = true;
      for (Q r : pts) left = left && orient128(p, q, r) >= 0;
      boundary = boundary || left;
    }
    if (!boundary) continue;
    bool interior_of_segment = false;
    for (Q a : pts)
      for (Q b : pts)
        if (a != p && b != p && orient128(a, b, p) == 0 &&
            (a.x - p.x) * (b.x - p.x) + (a.y - p.y) * (b.y - p.y) < 0)
          interior_of_segment = true;
    if (keep || !interior_of_segment) bd.push_back(p);
  }
  return bd;
}

// The documented hull sequence, checked against the definition without any angle: same point set
// as hull_set128; starts at the lowest (then leftmost) point; all points collinear -> the set in
// (y, x) order; otherwise every step h[i] -> h[i+1] (cyclically) has every input point weakly
// left, strict mode: every other hull vertex strictly left, keep mode: no hull point strictly
// inside the step. Those steps are then exactly the boundary pieces walked counter-clockwise, and
// the sequence is unique.
inline bool hull_ok128(const std::vector<Q>& pts, const std::vector<Q>& h, bool keep) {
  std::vector<Q> want = hull_set128(pts, keep), got = h;
  std::sort(got.begin(), got.end(), yx_less128);
  if (got.size() != h.size() || std::unique(got.begin(), got.end()) != got.end())
    return false;  // each once
  if (got != want) return false;
  if (h.empty()) return true;
  if (h[0] != want[0]) return false;  // want is (y, x)-sorted: want[0] is the start
  bool collinear = true;
  for (Q r : want) collinear = collinear && orient128(want[0], want.back(), r) == 0;
  if (collinear) {
    std::vector<Q> seq = want;
    return h == seq;
  }
  const std::size_t m = h.size();
  for (std::size_t i = 0; i < m; ++i) {
    const Q a = h[i], b = h[(i + 1) % m];
    for (Q r : pts)
      if (orient128(a, b, r) < 0) return false;
    for (Q r : h) {
      if (r == a || r == b) continue;
      if (!keep && orient128(a, b, r) <= 0) return false;
      if (keep && on_seg128(a, b, r)) return false;
    }
  }
  return true;
}

inline i128 furthest128(const std::vector<Q>& pts) {
  i128 best = 0;
  for (Q a : pts)
    for (Q b : pts) best = std::max(best, dist2_128(a, b));
  return best;
}

// 0 outside, 1 boundary, 2 inside, for a convex polygon given counter-clockwise (collinear
// vertices allowed): boundary iff on an edge; inside iff strictly left of every edge.
inline int convex_contains128(const std::vector<Q>& poly, Q p) {
  const std::size_t n = poly.size();
  for (std::size_t i = 0; i < n; ++i)
    if (on_seg128(poly[i], poly[(i + 1) % n], p)) return 1;
  for (std::size_t i = 0; i < n; ++i)
    if (orient128(poly[i], poly[(i + 1) % n], p) <= 0) return 0;
  return 2;
}

// Argument order, exactly on raw vectors (coordinates up to the full range of long long:
// products <= 2^126): half-plane class then the cross product sign as a comparison of products.
inline int arg_half128(Q p) { return p.y < 0 ? 0 : (p.y > 0 ? 2 : (p.x >= 0 ? 1 : 3)); }
inline bool arg_less128(Q a, Q b) {
  const int ha = arg_half128(a), hb = arg_half128(b);
  if (ha != hb) return ha < hb;
  return a.x * b.y > a.y * b.x;
}

// Exact comparison of two products of floating values (double or x87 long double: mantissas of
// at most 64 bits, so each product's mantissa fits 128 bits): returns sign(x1 * y1 - x2 * y2)
// computed on the exact real values. Independent of the library's fma-based path: mantissas and
// exponents by frexp, magnitudes compared after aligning the leading bits.
template <class F>
int exact_product_compare(F x1, F y1, F x2, F y2) {
  struct prod {
    int sign;
    u128 mag;  // |x * y| = mag * 2^exp, mag != 0 unless sign == 0
    int exp;
  };
  auto make = [](F x, F y) {
    prod r{0, 0, 0};
    if (x == 0 || y == 0) return r;
    constexpr int digits = std::numeric_limits<F>::digits;
    int ex = 0, ey = 0;
    const F mx = std::frexp(std::fabs(x), &ex), my = std::frexp(std::fabs(y), &ey);  // in [0.5, 1)
    const std::uint64_t ix = static_cast<std::uint64_t>(std::ldexp(mx, digits));
    const std::uint64_t iy = static_cast<std::uint64_t>(std::ldexp(my, digits));
    r.sign = ((x < 0) != (y < 0)) ? -1 : 1;
    r.mag = u128(ix) * iy;
    r.exp = ex + ey - 2 * digits;
    return r;
  };
  const prod p = make(x1, y1), q = make(x2, y2);
  if (p.sign != q.sign) return p.sign > q.sign ? 1 : -1;
  if (p.sign == 0) return 0;
  auto top = [](u128 v) {
    int b = 0;
    while (v != 0) v >>= 1, ++b;
    return b;
  };
  // Compare magnitudes: first by the position of the leading bit, then aligned.
  const int tp = top(p.mag) + p.exp, tq = top(q.mag) + q.exp;
  int mag_cmp;
  if (tp != tq) {
    mag_cmp = tp > tq ? 1 : -1;
  } else {
    const u128 a = p.mag << (128 - top(p.mag)), b = q.mag << (128 - top(q.mag));
    mag_cmp = (a > b) - (a < b);
  }
  return p.sign * mag_cmp;
}

// arg_less on floating values, exactly: the half-plane class by exact comparisons, then
// exact_product_compare(a.x, b.y, a.y, b.x) > 0.
template <class F>
bool arg_less_exact(const cpkit::point<F>& a, const cpkit::point<F>& b) {
  auto half = [](const cpkit::point<F>& p) {
    return p.y < 0 ? 0 : (p.y > 0 ? 2 : (p.x >= 0 ? 1 : 3));
  };
  const int ha = half(a), hb = half(b);
  if (ha != hb) return ha < hb;
  return exact_product_compare(a.x, b.y, a.y, b.x) > 0;
}

// Values at and near the ends of [lo, hi] and near 0: extremes and degeneracy (equal and
// collinear points) on purpose.
inline rc::Gen<long long> limit_value(long long lo, long long hi, int k = 2) {
  auto offset = rc::gen::resize(100, rc::gen::inRange(0, k + 1));
  return rc::gen::oneOf(rc::gen::map(offset, [lo](int i) { return lo + i; }),
                        rc::gen::map(offset, [hi](int i) { return hi - i; }),
                        rc::gen::map(rc::gen::resize(100, rc::gen::inRange(-k, k + 1)),
                                     [](int i) { return static_cast<long long>(i); }),
                        rc::gen::element(lo, hi, 0LL));
}
template <class T>
rc::Gen<cpkit::point<T>> limit_point(long long lo, long long hi, int k = 2) {
  return rc::gen::map(rc::gen::pair(limit_value(lo, hi, k), limit_value(lo, hi, k)),
                      [](std::pair<long long, long long> q) {
                        return cpkit::point<T>(static_cast<T>(q.first), static_cast<T>(q.second));
                      });
}
template <class T>
rc::Gen<std::vector<cpkit::point<T>>> limit_points(long long lo, long long hi, int min_n, int max_n,
                                                   int k = 2) {
  return rc::gen::mapcat(
      rc::gen::resize(100, rc::gen::inRange(min_n, max_n + 1)), [lo, hi, k](int n) {
        return rc::gen::container<std::vector<cpkit::point<T>>>(n, limit_point<T>(lo, hi, k));
      });
}


// ================================================================ Geometry II (issue 15) oracles
// Smallest squared distance over all pairs i != j (grid coordinates: long long is exact).
inline ll closest_d2(const std::vector<P>& pts) {
  ll best = std::numeric_limits<ll>::max();
  for (std::size_t i = 0; i < pts.size(); ++i)
    for (std::size_t j = i + 1; j < pts.size(); ++j) best = std::min(best, dist2(pts[i], pts[j]));
  return best;
}

// The Minkowski sum by definition: the strict hull (hull_def) of every pairwise sum.
inline std::vector<P> minkowski_def(const std::vector<P>& a, const std::vector<P>& b) {
  std::vector<P> s;
  for (P p : a)
    for (P q : b) s.push_back(p + q);
  return hull_def(s, false);
}

// The relation of two circles by counting what they share, exactly in __int128 (centres and
// radii <= 2^61: d^2 <= 2^125, (r1 + r2)^2 <= 2^124). Separate or one inside the other: no
// common point; tangent: the difference of the two comparisons is 0.
inline int circle_relation128(Q c1, i128 r1, Q c2, i128 r2) {
  const i128 d2 = dist2_128(c1, c2);
  const i128 sum2 = (r1 + r2) * (r1 + r2), dif2 = (r1 - r2) * (r1 - r2);
  if (d2 > sum2) return 4;
  if (d2 < dif2) return 0;
  if (d2 == sum2) return 3;  // also r1 = r2 = 0 at the same point: d2 = 0 = sum2
  if (d2 == dif2) return 1;
  return 2;
}

}  // namespace geo_oracle
