// Brute-force oracles for tests/geometry_test.cpp. Written independently of the library's
// formulas where possible; all exact on small integer grids (|coord| <= ~1000).
#pragma once

#include "cpkit/geometry/point.hpp"

#include <rapidcheck.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <utility>
#include <vector>

namespace cpkit {
// Lets rapidcheck print counterexamples (found by argument-dependent lookup).
template <class T>
void showValue(const point<T>& p, std::ostream& os) {
  os << "(" << p.x << ", " << p.y << ")";
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
  std::vector<P> axes = {{-(b.y - a.y), b.x - a.x}, {-(d.y - c.y), d.x - c.x}, a - c, a - d, b - c, b - d};
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
        if (a != p && b != p && orient(a, b, p) == 0 && (a.x - p.x) * (b.x - p.x) + (a.y - p.y) * (b.y - p.y) < 0)
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
    if (!kept.empty() && std::fabs(v[i].first - kept.back().first) < 1e-12L) continue;  // one per ray
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
  return rc::gen::resize(100, rc::gen::map(rc::gen::pair(rc::gen::inRange(-r, r + 1), rc::gen::inRange(-r, r + 1)),
                      [](std::pair<int, int> q) { return P(q.first, q.second); }));
}
inline rc::Gen<std::vector<P>> grid_points(int r, int max_n, int min_n = 0) {
  return rc::gen::mapcat(rc::gen::resize(100, rc::gen::inRange(min_n, max_n + 1)),
                         [r](int n) { return rc::gen::container<std::vector<P>>(n, grid_point(r)); });
}

}  // namespace geo_oracle
