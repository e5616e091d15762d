// Tests for Geometry II (issue 15), second part: triangle_circles.hpp (incircle, circumcircle),
// circle_circle_area.hpp and min_enclosing_circle.hpp. Edge cases first, then the limits, then
// rapidcheck properties on integer triangles and small grids (duplicates, collinear and cocircular
// points forced) against oracles written here without the library's formulas:
//   - circumcircle: the centre solved exactly (Cramer on the two perpendicular bisectors, in
//     __int128) and checked exactly equidistant from the vertices;
//   - incircle: Heronian triangles (integer sides, from two Pythagorean triples), whose incentre
//     (la a + lb b + lc c) / perimeter is rational; checked exactly at distance r from each side;
//   - circle-circle area: the integral of the chord overlap length, which is concave, so the
//     trapezoid rule is a lower and the midpoint rule an upper bound (Hermite-Hadamard); plus the
//     exact cases (0, the smaller disc);
//   - smallest enclosing circle: every circle through 2 (as diameter) or 3 input points, exact
//     rational centre, exact containment of all points in __int128, the smallest that contains
//     them all (the answer is unique);
// and the floating path (point<double>) against the exact one on the same integer input.
#include "cpkit/geometry/circle_circle_area.hpp"
#include "cpkit/geometry/min_enclosing_circle.hpp"
#include "cpkit/geometry/triangle_circles.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "support/geometry_oracles.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

namespace {

using geo_oracle::ll;
using geo_oracle::P;
using D = cpkit::point<double>;
using PI = cpkit::point<int>;
using C = cpkit::circle<ll>;
using CD = cpkit::circle<double>;
__extension__ typedef __int128 i128;

const long double kPi = 3.141592653589793238462643383279502884L;

// |got - want| <= tol * (1 + |want|).
bool near(long double got, long double want, long double tol = 1e-9L) {
  return std::fabs(got - want) <= tol * (1 + std::fabs(want));
}
bool near_circle(const CD& c, long double x, long double y, long double r, long double tol = 1e-9L) {
  const long double scale = 1 + std::max({std::fabs(x), std::fabs(y), r});
  return std::fabs(c.center.x - x) <= tol * scale && std::fabs(c.center.y - y) <= tol * scale &&
         std::fabs(c.r - r) <= tol * scale;
}

// ------------------------------------------------------------------------------- oracles
// The point (nx / den, ny / den), den > 0.
struct QPoint {
  i128 nx, ny, den;
};
i128 sq(i128 v) { return v * v; }
i128 cross128(P o, P a, P b) {
  return i128(a.x - o.x) * (b.y - o.y) - i128(a.y - o.y) * (b.x - o.x);
}
// Circumcentre by Cramer's rule on 2 (b - a) . o = |b|^2 - |a|^2, 2 (c - a) . o = |c|^2 - |a|^2.
QPoint circumcentre_exact(P a, P b, P c) {
  const i128 a11 = 2 * i128(b.x - a.x), a12 = 2 * i128(b.y - a.y);
  const i128 a21 = 2 * i128(c.x - a.x), a22 = 2 * i128(c.y - a.y);
  const i128 b1 = sq(b.x) + sq(b.y) - sq(a.x) - sq(a.y), b2 = sq(c.x) + sq(c.y) - sq(a.x) - sq(a.y);
  QPoint o{b1 * a22 - a12 * b2, a11 * b2 - b1 * a21, a11 * a22 - a12 * a21};
  if (o.den < 0) o.nx = -o.nx, o.ny = -o.ny, o.den = -o.den;
  return o;
}
// |den p - N|^2: den^2 times the squared distance of p from the point.
i128 scaled_d2(const QPoint& o, P p) { return sq(o.den * p.x - o.nx) + sq(o.den * p.y - o.ny); }
long double qx(const QPoint& o) { return static_cast<long double>(o.nx) / o.den; }
long double qy(const QPoint& o) { return static_cast<long double>(o.ny) / o.den; }

// Heronian triangles: two right triangles (p1, q1, r1), (p2, q2, r2) glued on the common height
// q1 q2: A = (-p1 q2, 0), B = (+-p2 q1, 0), C = (0, q1 q2), sides q2 r1, q1 r2, |p1 q2 -+ p2 q1|;
// then turned by 90 degrees k times, optionally by the Pythagorean rotation (3, 4) / 5 (times 5,
// sides stay integers), translated, vertices permuted. Sides are returned with the triangle.
struct Heronian {
  P v[3];
  ll side[3];  // side[i]: the side opposite v[i]
};
rc::Gen<Heronian> heronian() {
  return rc::gen::exec([] {
    static const int tr[][3] = {{3, 4, 5},   {4, 3, 5},   {5, 12, 13}, {12, 5, 13}, {8, 15, 17},
                                {15, 8, 17}, {7, 24, 25}, {20, 21, 29}};
    const auto& t1 = tr[*rc::gen::inRange(0, 8)];  // q1 > 0
    const auto& t2 = tr[*rc::gen::inRange(0, 8)];
    const ll p1 = t1[0], q1 = t1[1], p2 = t2[0], q2 = t2[1];
    const bool obtuse = *rc::gen::arbitrary<bool>() && p1 * q2 != p2 * q1;  // else degenerate
    P v[3] = {P(-p1 * q2, 0), P(obtuse ? -p2 * q1 : p2 * q1, 0), P(0, q1 * q2)};
    const int turns = *rc::gen::inRange(0, 4);
    const bool pyth = *rc::gen::arbitrary<bool>();
    const P shift(*rc::gen::inRange(-1000, 1001), *rc::gen::inRange(-1000, 1001));
    for (P& p : v) {
      for (int k = 0; k < turns; ++k) p = P(-p.y, p.x);
      if (pyth) p = P(3 * p.x - 4 * p.y, 4 * p.x + 3 * p.y);
      p = p + shift;
    }
    Heronian h{};
    const int perm = *rc::gen::inRange(0, 6);
    static const int order[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    for (int i = 0; i < 3; ++i) h.v[i] = v[order[perm][i]];
    for (int i = 0; i < 3; ++i) {
      const i128 d2 = geo_oracle::dist2(h.v[(i + 1) % 3], h.v[(i + 2) % 3]);
      ll s = static_cast<ll>(std::llround(std::sqrt(static_cast<double>(d2))));
      RC_ASSERT(sq(s) == d2);  // the construction really gives integer sides
      h.side[i] = s;
    }
    return h;
  });
}

// Bounds on the lens area by integrating the overlap length of vertical chords, centres moved to
// (0, 0) and (d, 0): f(x) = 2 min(sqrt(r1^2 - x^2), sqrt(r2^2 - (x - d)^2)) on the common
// x-range. f is the minimum of two concave functions, hence concave, so on each piece the
// trapezoid is below and the midpoint rectangle above the integral (Hermite-Hadamard).
std::pair<long double, long double> lens_bracket(long double d, long double r1, long double r2,
                                                 int n = 1 << 17) {
  const long double lo = std::max(-r1, d - r2), hi = std::min(r1, d + r2);
  if (!(hi > lo)) return {0, 0};
  auto f = [&](long double x) {
    const long double u = std::max(0.0L, r1 * r1 - x * x);
    const long double v = std::max(0.0L, r2 * r2 - (x - d) * (x - d));
    return 2 * std::sqrt(std::min(u, v));
  };
  const long double h = (hi - lo) / n;
  long double trap = (f(lo) + f(hi)) / 2, mid = 0;
  for (int i = 1; i < n; ++i) trap += f(lo + i * h);
  for (int i = 0; i < n; ++i) mid += f(lo + (i + 0.5L) * h);
  return {trap * h, mid * h};
}

// The lens area of integer circles lies in the bracket (up to rounding of the library's result).
void check_area_bracket(P c1, ll r1, P c2, ll r2) {
  const long double d = std::sqrt(static_cast<long double>(geo_oracle::dist2(c1, c2)));
  const auto br = lens_bracket(d, r1, r2);
  const long double tol = 1e-12L * (1 + r1 * r1 + r2 * r2);
  const double got = cpkit::circle_circle_area(C(c1, r1), C(c2, r2));
  RC_ASSERT(br.second - br.first <= 1e-6L * (1 + r1 * r1 + r2 * r2));  // the oracle is sharp
  RC_ASSERT(got >= br.first - tol);
  RC_ASSERT(got <= br.second + tol);
  // Symmetric, and the floating path agrees with the exact one on the same values.
  RC_ASSERT(near(cpkit::circle_circle_area(C(c2, r2), C(c1, r1)), got, 1e-12L));
  RC_ASSERT(near(cpkit::circle_circle_area(CD(D(c1), double(r1)), CD(D(c2), double(r2))), got,
                 1e-9L));
}

// The smallest enclosing circle by brute force: every candidate through 1 point, 2 points as a
// diameter, or 3 non-collinear points; exact containment; the smallest containing one.
struct Exact {
  QPoint o;
  i128 r2;  // den^2 r^2
  long double r() const { return std::sqrt(static_cast<long double>(r2)) / o.den; }
};
Exact mec_brute(const std::vector<P>& p) {
  std::vector<Exact> cand;
  const std::size_t n = p.size();
  for (std::size_t i = 0; i < n; ++i) {
    cand.push_back({{p[i].x, p[i].y, 1}, 0});
    for (std::size_t j = i + 1; j < n; ++j) {
      const QPoint m{i128(p[i].x) + p[j].x, i128(p[i].y) + p[j].y, 2};
      cand.push_back({m, scaled_d2(m, p[i])});
      for (std::size_t k = j + 1; k < n; ++k) {
        if (cross128(p[i], p[j], p[k]) == 0) continue;
        const QPoint o = circumcentre_exact(p[i], p[j], p[k]);
        cand.push_back({o, scaled_d2(o, p[i])});
      }
    }
  }
  bool found = false;
  Exact best{};
  for (const Exact& c : cand) {
    if (found && c.r() >= best.r()) continue;
    bool all = true;
    for (P q : p) all = all && scaled_d2(c.o, q) <= c.r2;
    if (all) best = c, found = true;
  }
  EXPECT_TRUE(found);
  return best;
}

// The strict convex hull (monotone chain): the smallest enclosing circle of the hull vertices is
// that of all points. For the large cases.
std::vector<P> hull_vertices(std::vector<P> p) {
  std::sort(p.begin(), p.end());
  p.erase(std::unique(p.begin(), p.end()), p.end());
  if (p.size() < 3) return p;
  std::vector<P> h(2 * p.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    while (k >= 2 && cross128(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = p.size() - 1, t = k + 1; i-- > 0;) {
    while (k >= t && cross128(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  h.resize(k - 1);
  return h;
}

// min_enclosing_circle on long long, int (when in range), double and another seed all match the
// exact oracle.
void check_mec(const std::vector<P>& pts, const Exact& want) {
  const long double x = qx(want.o), y = qy(want.o), r = want.r();
  const CD got = cpkit::min_enclosing_circle(pts);
  RC_ASSERT(near_circle(got, x, y, r));
  RC_ASSERT(near_circle(cpkit::min_enclosing_circle(pts, 12345), x, y, r));
  std::vector<D> dp;
  std::vector<PI> ip;
  for (P p : pts) dp.push_back(D(p)), ip.push_back(PI(p));
  RC_ASSERT(near_circle(cpkit::min_enclosing_circle(dp), x, y, r));
  RC_ASSERT(near_circle(cpkit::min_enclosing_circle(ip), x, y, r));
}

// ------------------------------------------------------------------ incircle / circumcircle

TEST(TriangleCircles, HandComputed) {
  // (0,0) (4,0) (0,3): the 3-4-5 right triangle; incircle (1,1) r 1; circumcircle on the
  // hypotenuse's midpoint (2, 1.5), r 2.5.
  EXPECT_TRUE(near_circle(cpkit::incircle(P(0, 0), P(4, 0), P(0, 3)), 1, 1, 1, 1e-12L));
  EXPECT_TRUE(near_circle(cpkit::incircle(P(0, 3), P(4, 0), P(0, 0)), 1, 1, 1, 1e-12L));
  EXPECT_TRUE(near_circle(cpkit::circumcircle(P(0, 0), P(4, 0), P(0, 3)), 2, 1.5, 2.5, 1e-12L));
  EXPECT_TRUE(near_circle(cpkit::circumcircle(P(0, 3), P(4, 0), P(0, 0)), 2, 1.5, 2.5, 1e-12L));
  // (-9,0) (5,0) (0,12): sides 14, 13, 15, area 84; incircle (-1, 4) r 4 (tangent to y = 0);
  // circumcircle (-2, 33/8) r 65/8.
  EXPECT_TRUE(near_circle(cpkit::incircle(PI(-9, 0), PI(5, 0), PI(0, 12)), -1, 4, 4, 1e-12L));
  EXPECT_TRUE(near_circle(cpkit::incircle(D(-9, 0), D(0, 12), D(5, 0)), -1, 4, 4, 1e-12L));
  EXPECT_TRUE(
      near_circle(cpkit::circumcircle(PI(-9, 0), PI(5, 0), PI(0, 12)), -2, 4.125, 8.125, 1e-12L));
  EXPECT_TRUE(
      near_circle(cpkit::circumcircle(D(-9, 0), D(0, 12), D(5, 0)), -2, 4.125, 8.125, 1e-12L));
  // Obtuse: the circumcentre lies outside the triangle.
  EXPECT_TRUE(near_circle(cpkit::circumcircle(P(0, 0), P(10, 0), P(5, 1)), 5, -12, 13, 1e-12L));
}

TEST(TriangleCirclesDeathTest, CollinearAsserted) {
  EXPECT_DEATH(cpkit::incircle(P(0, 0), P(1, 1), P(3, 3)), "");
  EXPECT_DEATH(cpkit::circumcircle(P(0, 0), P(1, 1), P(3, 3)), "");
  EXPECT_DEATH(cpkit::circumcircle(P(2, 5), P(2, 5), P(7, 1)), "");  // two equal vertices
  EXPECT_DEATH(cpkit::incircle(P(2, 5), P(2, 5), P(2, 5)), "");
  EXPECT_DEATH(cpkit::circumcircle(D(0, 0), D(1, 1), D(3, 3)), "");
}

TEST(TriangleCircles, ExactAtTheLimit) {
  // point<int> at +-2^30: the right isosceles triangle with legs 2L; circumcircle (0, 0),
  // r = L sqrt 2; incircle r = L (2 - sqrt 2), centre (-L + r, -L + r).
  const int L = 1 << 30;
  const long double s2 = std::sqrt(2.0L), ri = L * (2 - s2);
  EXPECT_TRUE(near_circle(cpkit::circumcircle(PI(-L, -L), PI(L, -L), PI(-L, L)), 0, 0, L * s2, 1e-15L));
  EXPECT_TRUE(near_circle(cpkit::incircle(PI(-L, -L), PI(L, -L), PI(-L, L)), -L + ri, -L + ri, ri, 1e-15L));
  // A thin triangle at the limit (circumcentre_exact would overflow here): by hand, and checked
  // with python fractions, the centre is (-L + 1/2, L - 1/2), r^2 = 1/4 + (2L - 1/2)^2.
  const long double r = std::sqrt(0.25L + (2.0L * L - 0.5L) * (2.0L * L - 0.5L));
  EXPECT_TRUE(near_circle(cpkit::circumcircle(PI(-L, -L), PI(L, L), PI(L, L - 1)), -L + 0.5L,
                          L - 0.5L, r, 1e-15L));
  // long long beyond 2^30: numerators in double, still within rounding.
  const ll M = ll(1) << 40;
  EXPECT_TRUE(near_circle(cpkit::circumcircle(P(-M, -M), P(M, -M), P(-M, M)), 0, 0,
                          static_cast<long double>(M) * s2, 1e-14L));
}

// Oracle: the rational incentre of a Heronian triangle, checked exactly at distance r from each
// side (|cross(side, N - per v)| = (r per) |side|) and inside; the library within 1e-9.
RC_GTEST_PROP(CircleAreaProp, IncircleHeronianExact, ()) {
  const Heronian h = *heronian();
  const ll per = h.side[0] + h.side[1] + h.side[2];
  P n(0, 0);
  for (int i = 0; i < 3; ++i) n = n + h.v[i] * h.side[i];
  const i128 cr = cross128(h.v[0], h.v[1], h.v[2]);
  const i128 rper = cr < 0 ? -cr : cr;  // r * per = 2 area
  for (int i = 0; i < 3; ++i) {
    const P s = h.v[(i + 1) % 3], t = h.v[(i + 2) % 3];
    const i128 c = i128(t.x - s.x) * (n.y - per * s.y) - i128(t.y - s.y) * (n.x - per * s.x);
    RC_ASSERT((c < 0 ? -c : c) == rper * h.side[i]);
    RC_ASSERT((c > 0) == (cross128(s, t, h.v[i]) > 0));  // same side as the third vertex
  }
  const long double x = static_cast<long double>(n.x) / per, y = static_cast<long double>(n.y) / per;
  const long double r = static_cast<long double>(rper) / per;
  RC_ASSERT(near_circle(cpkit::incircle(h.v[0], h.v[1], h.v[2]), x, y, r));
  RC_ASSERT(near_circle(cpkit::incircle(D(h.v[0]), D(h.v[1]), D(h.v[2])), x, y, r));
  RC_ASSERT(near_circle(cpkit::incircle(PI(h.v[0]), PI(h.v[1]), PI(h.v[2])), x, y, r));
}

// Oracle: circumcentre_exact, checked exactly equidistant from the vertices; the library (long
// long, int, double paths) within 1e-9; small grids and |coord| <= 10^4.
RC_GTEST_PROP(CircleAreaProp, CircumcircleExact, ()) {
  const int lim = *rc::gen::element(4, 30, 10000);
  const P a = *geo_oracle::grid_point(lim), b = *geo_oracle::grid_point(lim),
          c = *geo_oracle::grid_point(lim);
  RC_PRE(cross128(a, b, c) != 0);
  const QPoint o = circumcentre_exact(a, b, c);
  RC_ASSERT(scaled_d2(o, a) == scaled_d2(o, b));
  RC_ASSERT(scaled_d2(o, a) == scaled_d2(o, c));
  const long double x = qx(o), y = qy(o);
  const long double r = std::sqrt(static_cast<long double>(scaled_d2(o, a))) / o.den;
  RC_ASSERT(near_circle(cpkit::circumcircle(a, b, c), x, y, r));
  RC_ASSERT(near_circle(cpkit::circumcircle(PI(a), PI(b), PI(c)), x, y, r));
  RC_ASSERT(near_circle(cpkit::circumcircle(D(a), D(b), D(c)), x, y, r, 1e-8L));
}

// ---------------------------------------------------------------------- circle-circle area

TEST(CircleCircleArea, ExactCases) {
  const double pi = static_cast<double>(kPi);
  // Centres (0,0) and (3,4), 5 apart exactly.
  EXPECT_EQ(cpkit::circle_circle_area(C(P(0, 0), 1), C(P(3, 4), 3)), 0.0);  // separate
  EXPECT_EQ(cpkit::circle_circle_area(C(P(0, 0), 2), C(P(3, 4), 3)), 0.0);  // outer tangent
  EXPECT_DOUBLE_EQ(cpkit::circle_circle_area(C(P(0, 0), 8), C(P(3, 4), 3)), 9 * pi);  // inner t.
  EXPECT_DOUBLE_EQ(cpkit::circle_circle_area(C(P(3, 4), 3), C(P(0, 0), 8)), 9 * pi);
  EXPECT_DOUBLE_EQ(cpkit::circle_circle_area(C(P(0, 0), 9), C(P(3, 4), 3)), 9 * pi);  // inside
  EXPECT_DOUBLE_EQ(cpkit::circle_circle_area(C(P(1, 1), 5), C(P(1, 1), 5)), 25 * pi);  // equal
  EXPECT_DOUBLE_EQ(cpkit::circle_circle_area(C(P(1, 1), 2), C(P(1, 1), 5)), 4 * pi);  // concentric
  EXPECT_EQ(cpkit::circle_circle_area(C(P(0, 0), 0), C(P(3, 4), 5)), 0.0);  // point on circle
  EXPECT_EQ(cpkit::circle_circle_area(C(P(0, 0), 0), C(P(3, 4), 6)), 0.0);  // point inside
  EXPECT_EQ(cpkit::circle_circle_area(C(P(2, 2), 0), C(P(2, 2), 0)), 0.0);  // one point twice
  // Floating: decimals exactly tangent (centres 0.5 apart).
  EXPECT_EQ(cpkit::circle_circle_area(CD(D(0.1, 0.2), 0.2), CD(D(0.4, 0.6), 0.3)), 0.0);
  EXPECT_DOUBLE_EQ(cpkit::circle_circle_area(CD(D(0.1, 0.2), 0.7), CD(D(0.4, 0.6), 0.2)),
                   0.04 * pi);
}

TEST(CircleCircleArea, HandComputed) {
  // Unit circles 1 apart: 2 pi / 3 - sqrt(3) / 2. At distance sqrt 2: pi / 2 - 1.
  const double pi = static_cast<double>(kPi);
  EXPECT_NEAR(cpkit::circle_circle_area(C(P(0, 0), 1), C(P(1, 0), 1)), 2 * pi / 3 - std::sqrt(3.0) / 2,
              1e-14);
  EXPECT_NEAR(cpkit::circle_circle_area(C(P(0, 0), 1), C(P(1, 1), 1)), pi / 2 - 1, 1e-14);
  EXPECT_NEAR(cpkit::circle_circle_area(CD(D(0, 0), 1), CD(D(0.5, 0), 1)),
              2 * std::acos(0.25) - 0.25 * std::sqrt(4 - 0.25), 1e-14);
  // Small circle whose centre is inside the big one (x_a < 0 for it): r 3 at distance 4 from r 5.
  // Oracle: the bracket.
  const auto br = lens_bracket(4, 3, 5);
  const double got = cpkit::circle_circle_area(C(P(0, 0), 3), C(P(4, 0), 5));
  EXPECT_GE(got, br.first - 1e-12);
  EXPECT_LE(got, br.second + 1e-12);
}

TEST(CircleCircleArea, AtTheLimit) {
  // point<int> centres 2^30 apart on (3, 4, 5) * 2^27... radii near 2^30: no overflow, and the
  // one-unit lens of tangent-plus-one is tiny but positive.
  const int k = 1 << 27, L = 1 << 30;
  using CI = cpkit::circle<int>;
  const PI c1{-L, -L}, c2{-L + 3 * k, -L + 4 * k};
  EXPECT_EQ(cpkit::circle_circle_area(CI(c1, 2 * k), CI(c2, 3 * k)), 0.0);
  const double lens = cpkit::circle_circle_area(CI(c1, 2 * k), CI(c2, 3 * k + 1));
  const auto br = lens_bracket(5.0L * k, 2.0L * k, 3.0L * k + 1);
  EXPECT_GT(lens, 0.0);
  EXPECT_NEAR(lens, 23930.363691418389, 1e-9 * 23930);  // python mpmath, 60 digits
  EXPECT_GE(lens, br.first * (1 - 1e-9L));
  EXPECT_LE(lens, br.second * (1 + 1e-9L));
  const double big = cpkit::circle_circle_area(CI(c1, L), CI(c2, L));
  const auto br2 = lens_bracket(5.0L * k, L, L);
  EXPECT_GE(big, br2.first * (1 - 1e-12L));
  EXPECT_LE(big, br2.second * (1 + 1e-12L));
}

// Oracle: lens_bracket on small grids (equal centres, zero radii, tangency and containment arise).
RC_GTEST_PROP(CircleAreaProp, AreaOnGrids, ()) {
  const P c1 = *geo_oracle::grid_point(6), c2 = *geo_oracle::grid_point(6);
  const ll r1 = *rc::gen::inRange(0, 10), r2 = *rc::gen::inRange(0, 10);
  check_area_bracket(c1, r1, c2, r2);
  // The exact cases exactly: no overlap is 0, containment the smaller disc.
  const int rel = geo_oracle::circle_relation128({c1.x, c1.y}, r1, {c2.x, c2.y}, r2);
  const double got = cpkit::circle_circle_area(C(c1, r1), C(c2, r2));
  if (rel >= 3) RC_ASSERT(got == 0.0);
  const double m = static_cast<double>(std::min(r1, r2));
  if (rel <= 1) RC_ASSERT(got == static_cast<double>(kPi) * m * m);
}

// Oracle: lens_bracket and the exact cases on Pythagorean-triple circles: centres c apart
// exactly, radii summing or differing to c (tangent), then one unit away (a tiny lens or none).
RC_GTEST_PROP(CircleAreaProp, AreaPythagorean, ()) {
  static const int triples[][3] = {{3, 4, 5}, {5, 12, 13}, {8, 15, 17}, {7, 24, 25}, {20, 21, 29}};
  const auto& t = triples[*rc::gen::inRange(0, 5)];
  const ll s = *rc::gen::inRange(1, 300);
  const ll d = t[2] * s;
  const P c1(*rc::gen::inRange(-1000, 1000), *rc::gen::inRange(-1000, 1000));
  const P c2(c1.x + t[0] * s * *rc::gen::element(-1, 1), c1.y + t[1] * s * *rc::gen::element(-1, 1));
  const ll r1 = *rc::gen::inRange<ll>(1, 3 * d);
  const ll r2 = *rc::gen::element(d - r1, r1 - d, r1 + d) + *rc::gen::inRange(-1, 2);
  RC_PRE(r2 >= 0);
  check_area_bracket(c1, r1, c2, r2);
}

// ----------------------------------------------------------------- smallest enclosing circle

TEST(MinEnclosingCircle, EdgeCases) {
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<P>{P(3, -7)}), 3, -7, 0, 0));
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<D>{D(0.5, 2)}), 0.5, 2, 0, 0));
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<P>(7, P(2, 2))), 2, 2, 0, 0));
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<P>{P(0, 0), P(6, 8)}), 3, 4, 5, 1e-15L));
  // Collinear with duplicates: the extreme two as a diameter.
  const std::vector<P> line{P(2, 1), P(-4, -2), P(6, 3), P(0, 0), P(6, 3), P(-4, -2), P(4, 2)};
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(line), 1, 0.5, std::sqrt(125.0L) / 2, 1e-15L));
  // Right triangle: the hypotenuse is a diameter (3 points on the circle, 2 define it).
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<P>{P(0, 0), P(4, 0), P(0, 3)}), 2,
                          1.5, 2.5, 1e-15L));
  // Obtuse: the longest side. Acute: the circumcircle.
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<P>{P(0, 0), P(10, 0), P(5, 1)}), 5,
                          0, 5, 1e-15L));
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<P>{P(-9, 0), P(5, 0), P(0, 12)}),
                          -2, 4.125, 8.125, 1e-15L));
  // The 12 lattice points on x^2 + y^2 = 25 plus the interior grid: many cocircular points.
  std::vector<P> co;
  for (int x = -5; x <= 5; ++x)
    for (int y = -5; y <= 5; ++y)
      if (x * x + y * y <= 25) co.push_back(P(x, y));
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(co), 0, 0, 5, 1e-15L));
}

TEST(MinEnclosingCircleDeathTest, EmptyAsserted) {
  EXPECT_DEATH(cpkit::min_enclosing_circle(std::vector<P>{}), "");
}

TEST(MinEnclosingCircle, ExactAtTheLimit) {
  // 12 points on the circle of radius 5k (k = 2^27, so 5k < 2^30) and one point moved out by one
  // unit: the circle must contain it (dist <= r up to rounding), and is slightly larger.
  const int k = 1 << 27;
  std::vector<PI> pts;
  const int tri[][2] = {{3, 4}, {4, 3}, {5, 0}, {0, 5}};
  for (auto t : tri)
    for (int sx : {-1, 1})
      for (int sy : {-1, 1}) pts.push_back(PI(sx * t[0] * k, sy * t[1] * k));
  const CD c0 = cpkit::min_enclosing_circle(pts);
  EXPECT_TRUE(near_circle(c0, 0, 0, 5.0L * k, 1e-15L));
  pts.push_back(PI(3 * k, 4 * k + 1));
  const CD c1 = cpkit::min_enclosing_circle(pts);
  EXPECT_GT(c1.r, 5.0 * k);
  for (PI p : pts) EXPECT_LE(std::hypot(p.x - c1.center.x, p.y - c1.center.y), c1.r * (1 + 1e-15));
  // The corners of the 2^30 box (int) and of a 2^40 box (long long: the floating path).
  const int L = 1 << 30;
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<PI>{PI(-L, -L), PI(L, L), PI(L, -L),
                                                                    PI(-L, L), PI(0, 0)}),
                          0, 0, L * std::sqrt(2.0L), 1e-15L));
  const ll M = ll(1) << 40;
  EXPECT_TRUE(near_circle(cpkit::min_enclosing_circle(std::vector<P>{P(-M, -M), P(M, M), P(M, -M),
                                                                   P(-M, M), P(5, 7)}),
                          0, 0, static_cast<long double>(M) * std::sqrt(2.0L), 1e-14L));
}

TEST(MinEnclosingCircle, ExactPredicateOnANearlyFlatCircle) {
  // The circle through a = (-L, -L), b = (L, L - 1), c = a + (1, 1) (cross = 1: radius about
  // 2^62) is the kind Welzl's inner loop builds. Points a + (k, k), k >= 2, lie on the line ac
  // beyond the chord ac, so they are outside (a line meets a circle twice); evaluated in double
  // the in-circle polynomial rounds to exactly 0 for them (seen), so only the exact fallback
  // behind the filter gets them right. Checked with python fractions too, with b - (1, 1) inside.
  const ll L = ll(1) << 30;
  cpkit::detail::mec_exact_state st;
  st.set3(P(-L, -L), P(L, L - 1), P(-L + 1, -L + 1));
  EXPECT_TRUE(st.contains(P(-L, -L)));
  EXPECT_TRUE(st.contains(P(L, L - 1)));
  EXPECT_TRUE(st.contains(P(-L + 1, -L + 1)));
  for (ll k : {2, 3, 20, 1000, 1000000}) EXPECT_FALSE(st.contains(P(-L + k, -L + k))) << k;
  EXPECT_FALSE(st.contains(P(-L - 1, -L - 1)));  // beyond a (outside the box, differences < 2^31)
  EXPECT_TRUE(st.contains(P(L - 1, L - 2)));
}

TEST(MinEnclosingCircle, LargeRandomAgainstHullBrute) {
  // Oracle: mec_brute on the hull vertices (the circle of all points is that of the hull).
  std::mt19937_64 g(77);
  for (int lim : {100000, 30}) {  // spread out, and a small grid (many duplicates)
    std::uniform_int_distribution<ll> d(-lim, lim);
    std::vector<P> pts(100000);
    for (P& p : pts) p = P(d(g), d(g));
    const Exact want = mec_brute(hull_vertices(pts));
    const CD got = cpkit::min_enclosing_circle(pts);
    EXPECT_TRUE(near_circle(got, qx(want.o), qy(want.o), want.r()));
  }
}

// Oracle: mec_brute on small grids (duplicates, collinear and cocircular points abound).
RC_GTEST_PROP(CircleAreaProp, MecOnGrids, ()) {
  const int r = *rc::gen::element(2, 4, 8);
  const std::vector<P> pts = *geo_oracle::grid_points(r, 12, 1);
  check_mec(pts, mec_brute(pts));
}

// Oracle: mec_brute on collinear sets with duplicates: a + t dir for small t.
RC_GTEST_PROP(CircleAreaProp, MecCollinear, ()) {
  const P a = *geo_oracle::grid_point(20), dir = *geo_oracle::grid_point(5);
  const std::vector<int> ts = *rc::gen::container<std::vector<int>>(
      *rc::gen::inRange(1, 12), rc::gen::inRange(-6, 7));
  std::vector<P> pts;
  for (int t : ts) pts.push_back(a + dir * t);
  check_mec(pts, mec_brute(pts));
}

}  // namespace
