// Tests for circle_crossing.hpp, circle_tangents.hpp and circle_polygon_area.hpp (issue 15).
// Oracles, none of which calls the headers under test:
//   - counts: exact integer arithmetic written differently from the headers (the discriminant
//     of the quadratic |a + t u - c|^2 = r^2 in __int128 for circle-line; d^2 against
//     (ra +- rb)^2 for the circle relations), on circles built from Pythagorean triples (exact
//     tangency, crossings at integer points) and one unit away;
//   - points: every constructed point lies on both objects (|p - c| = r, on the line) and every
//     tangent is perpendicular to the radius at its point, within TOL relative to the scale;
//     integer crossing points are found within TOL;
//   - the floating path (point<double>) against the exact path on the same integer input;
//   - circle-polygon area: a rigorous bracket, the polygon clipped (Sutherland-Hodgman, exact
//     for area with a convex window, even on a non-convex subject) by the inscribed and by the
//     circumscribed regular 2^10-gon, which enclose and contain the disk; plus the whole-disk
//     and whole-polygon cases, which have closed forms.
#include "cpkit/geometry/circle_crossing.hpp"
#include "cpkit/geometry/circle_polygon_area.hpp"
#include "cpkit/geometry/circle_tangents.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "support/geometry_oracles.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using geo_oracle::i128;
using geo_oracle::ll;
using geo_oracle::P;
using D = cpkit::point<double>;
using C = cpkit::circle<ll>;
using CD = cpkit::circle<double>;
using LD = long double;

constexpr double TOL = 1e-9;  // relative to the scale of the input (max |coord|, r, 1)

const int triples[][3] = {{3, 4, 5},   {5, 12, 13},  {8, 15, 17},
                          {7, 24, 25}, {20, 21, 29}, {1, 0, 1}};

double scale_of(std::initializer_list<double> v) {
  double s = 1;
  for (double x : v) s = std::max(s, std::fabs(x));
  return s;
}
// |p - c| = r within TOL * scale.
template <class T>
void expect_on_circle(const D& p, const cpkit::circle<T>& c, double scale) {
  const double d = std::hypot(p.x - double(c.center.x), p.y - double(c.center.y));
  EXPECT_NEAR(d, double(c.r), TOL * scale) << "(" << p.x << ", " << p.y << ")";
}
// p on the line a b: distance cross(b - a, p - a) / |b - a| within TOL * scale.
template <class T>
void expect_on_line(const D& p, const cpkit::point<T>& a, const cpkit::point<T>& b, double scale) {
  const LD ux = LD(b.x) - LD(a.x), uy = LD(b.y) - LD(a.y);
  const LD dist = (ux * (p.y - LD(a.y)) - uy * (p.x - LD(a.x))) / std::hypot(ux, uy);
  EXPECT_NEAR(double(dist), 0.0, TOL * scale);
}
void expect_near(const D& p, const D& q, double tol) {
  EXPECT_NEAR(p.x, q.x, tol);
  EXPECT_NEAR(p.y, q.y, tol);
}
bool xy_before(const D& p, const D& q) { return p.x < q.x || (p.x == q.x && p.y <= q.y); }

// Oracle: real roots of |a + t u - c|^2 = r^2, A t^2 + 2 B t + C = 0, by the sign of B^2 - A C.
int line_count_oracle(P c, ll r, P a, P b) {
  const i128 ux = b.x - a.x, uy = b.y - a.y, wx = a.x - c.x, wy = a.y - c.y;
  const i128 A = ux * ux + uy * uy, B = ux * wx + uy * wy, Cc = wx * wx + wy * wy - i128(r) * r;
  const i128 disc = B * B - A * Cc;
  return disc < 0 ? 0 : (disc == 0 ? 1 : 2);
}
// Oracle: common points of two circles from d^2 and (ra +- rb)^2 (equal centres apart).
int circle_count_oracle(P c1, ll r1, P c2, ll r2) {
  const i128 dx = c2.x - c1.x, dy = c2.y - c1.y, d2 = dx * dx + dy * dy;
  const i128 s = i128(r1) + r2, t = i128(r1) - r2;
  if (d2 == 0) return t != 0 ? 0 : (r1 == 0 ? 1 : -1);
  if (d2 > s * s || d2 < t * t) return 0;
  return (d2 == s * s || d2 == t * t) ? 1 : 2;
}

// ------------------------------------------------------------------------- circle and line

TEST(CircleLineCross, PythagoreanTangentCrossingAndOneUnitAway) {
  const C c(P(2, -1), 5);
  // Crossing at the integer points (2+3, -1+4) and (2-3, -1+4): the horizontal line y = 3.
  auto v = cpkit::circle_line_cross_points(c, P(-10, 3), P(10, 3));
  ASSERT_EQ(v.size(), 2u);
  expect_near(v[0], D(-1, 3), 1e-12);
  expect_near(v[1], D(5, 3), 1e-12);
  // Given the other way round: still smaller x first.
  v = cpkit::circle_line_cross_points(c, P(10, 3), P(-10, 3));
  ASSERT_EQ(v.size(), 2u);
  expect_near(v[0], D(-1, 3), 1e-12);
  // Tangent at (5, 3) = c + (3, 4): direction (-4, 3) perpendicular to the radius.
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(5, 3), P(1, 6)), 1);
  v = cpkit::circle_line_cross_points(c, P(5, 3), P(1, 6));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].x, 5.0);  // an offset of exactly 0: the foot, exact here
  EXPECT_EQ(v[0].y, 3.0);
  EXPECT_EQ(cpkit::cross_point_pair(v).first, cpkit::cross_point_pair(v).second);
  // One unit away on either side (the line moved by (1, 0)): 0 and 2.
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(6, 3), P(2, 6)), 0);
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(4, 3), P(0, 6)), 2);
  EXPECT_TRUE(cpkit::circle_line_cross_points(c, P(6, 3), P(2, 6)).empty());
  // Vertical tangent x = 7 and the vertical secant x = 2 through the centre: equal x, y order.
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(7, 100), P(7, -100)), 1);
  v = cpkit::circle_line_cross_points(c, P(2, 100), P(2, -100));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].x, v[1].x);
  expect_near(v[0], D(2, -6), 1e-12);
  expect_near(v[1], D(2, 4), 1e-12);
}

TEST(CircleLineCross, RadiusZero) {
  const C c(P(1, 1), 0);
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(0, 0), P(2, 2)), 1);  // through the point
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(0, 0), P(2, 3)), 0);
  auto v = cpkit::circle_line_cross_points(c, P(0, 0), P(2, 2));
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(1, 1), 1e-15);
}

TEST(CircleLineCross, ExactAtTheLimit) {
  // long long at 2^61: the circle (3, 4, 5) * 2^58 around (-2^61, 2^61); the tangent line at
  // c + (3, 4) 2^58 has direction (-4, 3); moved by one unit it crosses or misses. cross^2 and
  // r^2 |u|^2 reach 2^240: only the 256-bit comparison sees the unit.
  const ll L = ll(1) << 61, k = ll(1) << 58;
  const P cc(-L, L - 5 * k);
  const C c(cc, 5 * k);
  const P t(cc.x + 3 * k, cc.y + 4 * k);
  const P dir(-4 * (ll(1) << 56), 3 * (ll(1) << 56));
  EXPECT_EQ(cpkit::circle_line_cross_count(c, t, P(t.x + dir.x, t.y + dir.y)), 1);
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(t.x + 1, t.y), P(t.x + 1 + dir.x, t.y + dir.y)), 0);
  EXPECT_EQ(cpkit::circle_line_cross_count(c, P(t.x - 1, t.y), P(t.x - 1 + dir.x, t.y + dir.y)), 2);
  EXPECT_EQ(cpkit::circle_line_cross_count(C(cc, 5 * k - 1), t, P(t.x + dir.x, t.y + dir.y)), 0);
  EXPECT_EQ(cpkit::circle_line_cross_count(C(cc, 5 * k + 1), t, P(t.x + dir.x, t.y + dir.y)), 2);
  // The line from (-2^61, -2^61) to (2^61, 2^61) and a circle at (2^60, -2^60): distance^2
  // 2^121, not a square; r = isqrt(2^121) = 1630477228166597776 (python) is just short of it,
  // r + 1 just beyond. cross^2 and r^2 |u|^2 are about 2^248: the 256-bit comparison.
  const P lo(-L, -L), hi(L, L), cen(L / 2, -L / 2);
  const ll r_out = 1630477228166597776LL;
  EXPECT_EQ(cpkit::circle_line_cross_count(C(cen, r_out), lo, hi), 0);
  EXPECT_EQ(cpkit::circle_line_cross_count(C(cen, r_out + 1), lo, hi), 2);
  EXPECT_EQ(cpkit::circle_line_cross_count(C(cen, r_out), hi, lo), 0);
  EXPECT_EQ(cpkit::circle_line_cross_count(C(cen, r_out + 1), hi, lo), 2);
  // int at 2^30: the same with (3, 4, 5) * 2^27.
  using PI = cpkit::point<int>;
  using CI = cpkit::circle<int>;
  const int ki = 1 << 27, Li = 1 << 30;
  const PI ci(-Li, Li - 5 * ki), ti(ci.x + 3 * ki, ci.y + 4 * ki), di(-4 * ki / 8, 3 * ki / 8);
  EXPECT_EQ(cpkit::circle_line_cross_count(CI(ci, 5 * ki), ti, PI(ti.x + di.x, ti.y + di.y)), 1);
  EXPECT_EQ(cpkit::circle_line_cross_count(CI(ci, 5 * ki - 1), ti, PI(ti.x + di.x, ti.y + di.y)),
            0);
  const auto v = cpkit::circle_line_cross_points(CI(ci, 5 * ki), ti, PI(ti.x + di.x, ti.y + di.y));
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(ti.x, ti.y), 1e-6);
}

// Oracle: line_count_oracle; points on both; one crossing at the integer point q when the line
// was built through it; the floating path agrees with the exact one.
RC_GTEST_PROP(CircleCrossProp, CircleLinePythagorean, ()) {
  const auto& tr = triples[*rc::gen::inRange(0, 6)];
  const ll s = *rc::gen::inRange<ll>(1, 300);
  const int sx = *rc::gen::element(-1, 1), sy = *rc::gen::element(-1, 1);
  const P cc(*rc::gen::inRange(-1000, 1001), *rc::gen::inRange(-1000, 1001));
  const ll r = tr[2] * s;
  const P q(cc.x + sx * tr[0] * s, cc.y + sy * tr[1] * s);  // on the circle
  // A tangent direction at q, or any direction, then shift the line by -1, 0 or +1 in x.
  P dir = *rc::gen::arbitrary<bool>() ? P(-sy * tr[1], sx * tr[0])
                                      : P(*rc::gen::inRange(-9, 10), *rc::gen::inRange(-9, 10));
  RC_PRE(dir != P(0, 0));
  const ll shift = *rc::gen::inRange(-1, 2);
  const P a(q.x + shift, q.y), b(a.x + dir.x, a.y + dir.y);
  const C c(cc, r);
  const int want = line_count_oracle(cc, r, a, b);
  RC_ASSERT(cpkit::circle_line_cross_count(c, a, b) == want);
  const auto v = cpkit::circle_line_cross_points(c, a, b);
  RC_ASSERT(int(v.size()) == (want == 2 ? 2 : want));
  const double sc = scale_of({double(cc.x), double(cc.y), double(r), double(a.x), double(a.y)});
  for (const D& p : v) {
    expect_on_circle(p, c, sc);
    expect_on_line(p, a, b, sc);
  }
  if (v.size() == 2) RC_ASSERT(xy_before(v[0], v[1]));
  if (shift == 0) {
    bool found = false;
    for (const D& p : v) found |= std::hypot(p.x - q.x, p.y - q.y) <= 1e-7 * sc;
    RC_ASSERT(found);
  }
  // The floating path on the same values: same count, same points.
  const auto vd = cpkit::circle_line_cross_points(CD(D(cc), double(r)), D(a), D(b));
  RC_ASSERT(vd.size() == v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    RC_ASSERT(std::hypot(vd[i].x - v[i].x, vd[i].y - v[i].y) <= 1e-6 * sc);
}

// Oracle: line_count_oracle on a small grid (lines through the centre, radius 0, tangents).
RC_GTEST_PROP(CircleCrossProp, CircleLineGrid, ()) {
  const P cc = *geo_oracle::grid_point(4), a = *geo_oracle::grid_point(4),
          b = *geo_oracle::grid_point(4);
  RC_PRE(a != b);
  const ll r = *rc::gen::inRange(0, 6);
  const C c(cc, r);
  const int want = line_count_oracle(cc, r, a, b);
  RC_ASSERT(cpkit::circle_line_cross_count(c, a, b) == want);
  const auto v = cpkit::circle_line_cross_points(c, a, b);
  RC_ASSERT(int(v.size()) == want);
  for (const D& p : v) {
    expect_on_circle(p, c, 10);
    expect_on_line(p, a, b, 10);
  }
}

// ------------------------------------------------------------------------- two circles

TEST(CircleCircleCross, IntegerCrossingsTangencyAndOneUnitAway) {
  // Radius 5 around (0, 0) and (6, 0): crossing at (3, -4) and (3, 4).
  auto v = cpkit::circle_circle_cross_points(C(P(0, 0), 5), C(P(6, 0), 5));
  ASSERT_EQ(v.size(), 2u);
  expect_near(v[0], D(3, -4), 1e-12);
  expect_near(v[1], D(3, 4), 1e-12);
  // Outer tangent at (1, 4/3 * ...): centres (0,0) and (3,4), radii 2 and 3: touching point
  // (0,0) + (3,4) * 2/5 = (1.2, 1.6).
  v = cpkit::circle_circle_cross_points(C(P(0, 0), 2), C(P(3, 4), 3));
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(1.2, 1.6), 1e-12);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(0, 0), 2), C(P(3, 4), 2)), 0);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(0, 0), 2), C(P(3, 4), 4)), 2);
  // Inner tangent: radius 8 around (0,0), radius 3 around (3,4): touching at (4.8, 6.4).
  v = cpkit::circle_circle_cross_points(C(P(0, 0), 8), C(P(3, 4), 3));
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(4.8, 6.4), 1e-12);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(0, 0), 9), C(P(3, 4), 3)), 0);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(0, 0), 7), C(P(3, 4), 3)), 2);
  // Symmetric.
  v = cpkit::circle_circle_cross_points(C(P(3, 4), 3), C(P(0, 0), 8));
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(4.8, 6.4), 1e-12);
}

TEST(CircleCircleCross, EqualCentresAndPoints) {
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(1, 1), 2), C(P(1, 1), 3)), 0);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(1, 1), 3), C(P(1, 1), 3)),
            cpkit::circle_cross_all);
  EXPECT_TRUE(cpkit::circle_circle_cross_points(C(P(1, 1), 3), C(P(1, 1), 3)).empty());
  EXPECT_TRUE(cpkit::circle_circle_cross_points(C(P(1, 1), 2), C(P(1, 1), 3)).empty());
  auto v = cpkit::circle_circle_cross_points(C(P(1, 1), 0), C(P(1, 1), 0));
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(1, 1), 0);
  v = cpkit::circle_circle_cross_points(C(P(0, 0), 0), C(P(3, 4), 5));  // a point on a circle
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(0, 0), 1e-15);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(0, 0), 0), C(P(3, 4), 6)), 0);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(0, 0), 0), C(P(3, 4), 0)), 0);
  // Floating: equal centres are not divided by either.
  EXPECT_EQ(cpkit::circle_circle_cross_count(CD(D(0.5, 0.5), 2), CD(D(0.5, 0.5), 2)),
            cpkit::circle_cross_all);
  EXPECT_TRUE(cpkit::circle_circle_cross_points(CD(D(0.5, 0.5), 1), CD(D(0.5, 0.5), 2)).empty());
  // Decimal tangency: centres 0.5 apart, radii 0.2 and 0.3.
  v = cpkit::circle_circle_cross_points(CD(D(0.1, 0.2), 0.2), CD(D(0.4, 0.6), 0.3));
  ASSERT_EQ(v.size(), 1u);
  expect_near(v[0], D(0.22, 0.36), 1e-12);
}

TEST(CircleCircleCross, ExactAtTheLimit) {
  const ll M = ll(1) << 60;
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(-M, 0), M), C(P(M, 0), M)), 1);
  EXPECT_EQ(cpkit::circle_circle_cross_count(C(P(-M, 0), M), C(P(M, 1), M)), 0);
  const auto v = cpkit::circle_circle_cross_points(C(P(-M, 0), M), C(P(M, 0), M + 1));
  ASSERT_EQ(v.size(), 2u);
  for (const D& p : v) EXPECT_NEAR(p.x, 0.0, 1.0);
  EXPECT_LT(v[0].y, v[1].y);
  const auto t = cpkit::circle_circle_cross_points(C(P(-M, 0), M), C(P(M, 0), M));
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].x, 0.0);
  EXPECT_EQ(t[0].y, 0.0);
}

// Oracle: circle_count_oracle on Pythagorean circles (tangent, +-1); points on both circles;
// integer crossings found; the floating path agrees.
RC_GTEST_PROP(CircleCrossProp, CircleCirclePythagorean, ()) {
  const auto& tr = triples[*rc::gen::inRange(0, 6)];
  const ll s = *rc::gen::inRange<ll>(1, 300);
  const int sx = *rc::gen::element(-1, 1), sy = *rc::gen::element(-1, 1);
  const P c1(*rc::gen::inRange(-1000, 1001), *rc::gen::inRange(-1000, 1001));
  const bool sym = *rc::gen::arbitrary<bool>();
  P c2;
  ll r1, r2;
  P q(0, 0);  // a known integer crossing when sym and no unit moved
  const int move = *rc::gen::inRange(-1, 2);
  if (sym) {  // mirror images across the chord through c1 + (a, b) s and c1 + (a, -b) s
    c2 = P(c1.x + 2 * sx * tr[0] * s, c1.y);
    r1 = tr[2] * s, r2 = r1 + move;
    q = P(c1.x + sx * tr[0] * s, c1.y + sy * tr[1] * s);
  } else {
    c2 = P(c1.x + sx * tr[0] * s, c1.y + sy * tr[1] * s);
    const ll d = tr[2] * s;
    r1 = *rc::gen::inRange<ll>(0, 3 * d);
    r2 = *rc::gen::element(d - r1, r1 - d, r1 + d) + move;
  }
  RC_PRE(r2 >= 0);
  const C a(c1, r1), b(c2, r2);
  const int want = circle_count_oracle(c1, r1, c2, r2);
  RC_ASSERT(cpkit::circle_circle_cross_count(a, b) == want);
  RC_ASSERT(cpkit::circle_circle_cross_count(b, a) == want);
  const auto v = cpkit::circle_circle_cross_points(a, b);
  RC_ASSERT(int(v.size()) == std::max(want, 0));
  const double sc =
      scale_of({double(c1.x), double(c1.y), double(r1), double(c2.x), double(c2.y), double(r2)});
  for (const D& p : v) {
    expect_on_circle(p, a, sc);
    expect_on_circle(p, b, sc);
  }
  if (v.size() == 2) RC_ASSERT(xy_before(v[0], v[1]));
  if (sym && move == 0 && tr[1] != 0) {
    bool found = false;
    for (const D& p : v) found |= std::hypot(p.x - q.x, p.y - q.y) <= 1e-7 * sc;
    RC_ASSERT(found);
  }
  const auto vd = cpkit::circle_circle_cross_points(CD(D(c1), double(r1)), CD(D(c2), double(r2)));
  RC_ASSERT(vd.size() == v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    RC_ASSERT(std::hypot(vd[i].x - v[i].x, vd[i].y - v[i].y) <= 1e-6 * sc);
}

// Oracle: circle_count_oracle on small grids (equal centres, radius 0).
RC_GTEST_PROP(CircleCrossProp, CircleCircleGrid, ()) {
  const P c1 = *geo_oracle::grid_point(4), c2 = *geo_oracle::grid_point(4);
  const ll r1 = *rc::gen::inRange(0, 7), r2 = *rc::gen::inRange(0, 7);
  const C a(c1, r1), b(c2, r2);
  const int want = circle_count_oracle(c1, r1, c2, r2);
  RC_ASSERT(cpkit::circle_circle_cross_count(a, b) == want);
  const auto v = cpkit::circle_circle_cross_points(a, b);
  RC_ASSERT(int(v.size()) == std::max(want, 0));
  for (const D& p : v) {
    expect_on_circle(p, a, 10);
    expect_on_circle(p, b, 10);
  }
  RC_ASSERT(cpkit::circle_circle_cross_count(CD(D(c1), double(r1)), CD(D(c2), double(r2))) == want);
}

// ------------------------------------------------------------------------- tangents

// t is a tangent point from p: on the circle, and (t - c) . (p - t) = 0 (perpendicular).
void expect_tangent_from(const D& t, const C& c, P p, double sc) {
  expect_on_circle(t, c, sc);
  const double rx = t.x - double(c.center.x), ry = t.y - double(c.center.y);
  const double lx = double(p.x) - t.x, ly = double(p.y) - t.y;
  EXPECT_NEAR(rx * lx + ry * ly, 0.0, TOL * sc * sc);
}

TEST(TangentPoints, OutsideOnAndInside) {
  // Circle r = 5 at (1, 1); p = (1,1) + (3,4) + 2 * (-4, 3) = (-4, 11): one tangent point is
  // (4, 5) exactly, the other its mirror image across the line c p.
  const C c(P(1, 1), 5);
  auto v = cpkit::tangent_points(c, P(-4, 11));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_TRUE(xy_before(v[0], v[1]));
  for (const D& t : v) expect_tangent_from(t, c, P(-4, 11), 20);
  expect_near(v[1], D(4, 5), 1e-12);
  // p on the circle: p itself; inside: none; at the centre: none.
  v = cpkit::tangent_points(c, P(4, 5));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].x, 4.0);
  EXPECT_EQ(v[0].y, 5.0);
  EXPECT_TRUE(cpkit::tangent_points(c, P(4, 4)).empty());
  EXPECT_TRUE(cpkit::tangent_points(c, P(1, 1)).empty());
  // Horizontal and vertical w: equal x, then y order.
  v = cpkit::tangent_points(c, P(11, 1));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].x, v[1].x);
  EXPECT_LT(v[0].y, v[1].y);
  v = cpkit::tangent_points(c, P(-9, 1));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_LT(v[0].y, v[1].y);
  // Radius 0: p at the centre is on it; elsewhere the tangent point is the centre, twice.
  v = cpkit::tangent_points(C(P(2, 2), 0), P(2, 2));
  ASSERT_EQ(v.size(), 1u);
  v = cpkit::tangent_points(C(P(2, 2), 0), P(5, 6));
  ASSERT_EQ(v.size(), 2u);
  expect_near(v[0], D(2, 2), 1e-15);
  // Floating: a decimal point on the circle counts as on.
  EXPECT_EQ(cpkit::tangent_points(CD(D(0.1, 0.2), 0.5), D(0.4, 0.6)).size(), 1u);
}

// Oracle: d^2 against r^2 in __int128 (p built from Pythagorean triples: on the circle, one unit
// in or out, or beyond along a tangent with an integer tangent point); the invariants; the
// floating path agrees.
RC_GTEST_PROP(CircleCrossProp, TangentPointsPythagorean, ()) {
  const auto& tr = triples[*rc::gen::inRange(0, 6)];
  const ll s = *rc::gen::inRange<ll>(1, 300), m = *rc::gen::inRange<ll>(0, 5);
  const int sx = *rc::gen::element(-1, 1), sy = *rc::gen::element(-1, 1);
  const P cc(*rc::gen::inRange(-1000, 1001), *rc::gen::inRange(-1000, 1001));
  const ll r = tr[2] * s;
  const P t(cc.x + sx * tr[0] * s, cc.y + sy * tr[1] * s);
  const int dx = *rc::gen::inRange(-1, 2);
  const P p(t.x - m * sy * tr[1] + dx, t.y + m * sx * tr[0]);
  const C c(cc, r);
  const i128 d2 = i128(p.x - cc.x) * (p.x - cc.x) + i128(p.y - cc.y) * (p.y - cc.y);
  const int want = d2 > i128(r) * r ? 2 : (d2 == i128(r) * r ? 1 : 0);
  const auto v = cpkit::tangent_points(c, p);
  RC_ASSERT(int(v.size()) == want);
  const double sc = scale_of({double(p.x), double(p.y), double(r), double(cc.x), double(cc.y)});
  for (const D& q : v) expect_tangent_from(q, c, p, sc);
  if (want == 2) RC_ASSERT(xy_before(v[0], v[1]));
  if (dx == 0 && want > 0) {
    bool found = false;
    for (const D& q : v) found |= std::hypot(q.x - t.x, q.y - t.y) <= 1e-7 * sc;
    RC_ASSERT(found);
  }
  const auto vd = cpkit::tangent_points(CD(D(cc), double(r)), D(p));
  RC_ASSERT(vd.size() == v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    RC_ASSERT(std::hypot(vd[i].x - v[i].x, vd[i].y - v[i].y) <= 1e-6 * sc);
}

// A common tangent: on_a on a, on_b on b, the line perpendicular to both radii (when the points
// coincide, the radii are along the centre line and the line is perpendicular to it).
void expect_common_tangent(const cpkit::tangent_line<double>& l, const C& a, const C& b,
                           double sc) {
  expect_on_circle(l.on_a, a, sc);
  expect_on_circle(l.on_b, b, sc);
  double ux = l.on_b.x - l.on_a.x, uy = l.on_b.y - l.on_a.y;
  if (std::hypot(ux, uy) <= 1e-9 * sc) {  // touching: the line is rot90(centre line)
    ux = -(double(b.center.y) - double(a.center.y));
    uy = double(b.center.x) - double(a.center.x);
  }
  const double len = std::hypot(ux, uy);
  ASSERT_GT(len, 0);
  ux /= len, uy /= len;
  // The distance of each centre from the line equals its radius.
  const auto dist = [&](const C& c) {
    return std::fabs(ux * (double(c.center.y) - l.on_a.y) - uy * (double(c.center.x) - l.on_a.x));
  };
  EXPECT_NEAR(dist(a), double(a.r), TOL * sc);
  EXPECT_NEAR(dist(b), double(b.r), TOL * sc);
  EXPECT_NEAR(ux * (l.on_a.x - double(a.center.x)) + uy * (l.on_a.y - double(a.center.y)), 0.0,
              TOL * sc);
}
// Distinct lines: as point sets (normal direction and offset, up to sign).
bool same_line(const cpkit::tangent_line<double>& l, const cpkit::tangent_line<double>& m,
               const C& a, const C& b, double sc) {
  double ux = l.on_b.x - l.on_a.x, uy = l.on_b.y - l.on_a.y;
  if (std::hypot(ux, uy) <= 1e-9 * sc) {
    ux = -(double(b.center.y) - double(a.center.y));
    uy = double(b.center.x) - double(a.center.x);
  }
  const double len = std::hypot(ux, uy);
  ux /= len, uy /= len;
  const auto off = [&](const D& p) { return ux * (p.y - l.on_a.y) - uy * (p.x - l.on_a.x); };
  return std::fabs(off(m.on_a)) <= 1e-7 * sc && std::fabs(off(m.on_b)) <= 1e-7 * sc &&
         (std::hypot(m.on_a.x - m.on_b.x, m.on_a.y - m.on_b.y) > 1e-9 * sc ||
          std::hypot(l.on_a.x - m.on_a.x, l.on_a.y - m.on_a.y) <= 1e-7 * sc);
}

TEST(CommonTangents, EveryRelation) {
  const P o(0, 0), f(3, 4);  // 5 apart
  const struct {
    ll r1, r2;
    int want;
  } cases[] = {{1, 3, 4}, {2, 3, 3}, {3, 3, 2}, {8, 3, 1}, {9, 3, 0}, {3, 8, 1}, {3, 9, 0}};
  for (const auto& k : cases) {
    const C a(o, k.r1), b(f, k.r2);
    EXPECT_EQ(cpkit::common_tangent_count(a, b), k.want) << k.r1 << " " << k.r2;
    const auto v = cpkit::common_tangents(a, b);
    ASSERT_EQ(int(v.size()), k.want);
    for (const auto& l : v) expect_common_tangent(l, a, b, 20);
    for (std::size_t i = 0; i < v.size(); ++i)
      for (std::size_t j = i + 1; j < v.size(); ++j) EXPECT_FALSE(same_line(v[i], v[j], a, b, 20));
    for (std::size_t i = 0; i + 1 < v.size(); ++i) EXPECT_TRUE(xy_before(v[i].on_a, v[i + 1].on_a));
  }
  // The touching point of the outer tangency: (1.2, 1.6), on both.
  const auto t = cpkit::common_tangents(C(o, 2), C(f, 3));
  bool found = false;
  for (const auto& l : t) found |= std::hypot(l.on_a.x - 1.2, l.on_a.y - 1.6) < 1e-12;
  EXPECT_TRUE(found);
  // Equal circles: every tangent; concentric: none; equal radii apart: 4 (two parallel).
  EXPECT_EQ(cpkit::common_tangent_count(C(f, 3), C(f, 3)), cpkit::circle_tangent_all);
  EXPECT_TRUE(cpkit::common_tangents(C(f, 3), C(f, 3)).empty());
  EXPECT_EQ(cpkit::common_tangent_count(C(f, 3), C(f, 4)), 0);
  EXPECT_EQ(cpkit::common_tangents(C(P(0, 0), 1), C(P(4, 0), 1)).size(), 4u);
}

TEST(CommonTangents, RadiusZero) {
  // A point outside, on, inside a circle: 2, 1, 0 lines (its tangents through the point).
  const C b(P(3, 4), 5);
  EXPECT_EQ(cpkit::common_tangent_count(C(P(-5, 10), 0), b), 2);
  EXPECT_EQ(cpkit::common_tangent_count(C(P(0, 0), 0), b), 1);
  EXPECT_EQ(cpkit::common_tangent_count(C(P(1, 1), 0), b), 0);
  EXPECT_EQ(cpkit::common_tangent_count(b, C(P(-5, 10), 0)), 2);
  for (const C& a : {C(P(-5, 10), 0), C(P(0, 0), 0)}) {
    for (const auto& l : cpkit::common_tangents(a, b)) expect_common_tangent(l, a, b, 20);
    for (const auto& l : cpkit::common_tangents(b, a)) expect_common_tangent(l, b, a, 20);
  }
  const auto v = cpkit::common_tangents(C(P(-5, 10), 0), b);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_FALSE(same_line(v[0], v[1], C(P(-5, 10), 0), b, 20));
  // Two points: the line through them; one point twice: every line.
  EXPECT_EQ(cpkit::common_tangent_count(C(P(1, 2), 0), C(P(3, 4), 0)), 1);
  EXPECT_EQ(cpkit::common_tangents(C(P(1, 2), 0), C(P(3, 4), 0)).size(), 1u);
  EXPECT_EQ(cpkit::common_tangent_count(C(P(1, 2), 0), C(P(1, 2), 0)), cpkit::circle_tangent_all);
}

TEST(CommonTangents, ExactAtTheLimit) {
  const ll M = ll(1) << 60;
  EXPECT_EQ(cpkit::common_tangent_count(C(P(-M, 0), M), C(P(M, 0), M)), 3);
  EXPECT_EQ(cpkit::common_tangent_count(C(P(-M, 0), M), C(P(M, 1), M)), 4);
  EXPECT_EQ(cpkit::common_tangent_count(C(P(-M, 0), M), C(P(M, 0), M + 1)), 2);
  const auto v = cpkit::common_tangents(C(P(-M, 0), M), C(P(M, 0), M));
  ASSERT_EQ(v.size(), 3u);
  // Sorted by x: the outer tangents touch a at (-2^60, -+2^60), then the touching point (0, 0),
  // exactly.
  EXPECT_EQ(v[2].on_a.x, 0.0);
  EXPECT_EQ(v[2].on_a.y, 0.0);
  EXPECT_NEAR(v[0].on_a.x, -double(M), 1e3);
  EXPECT_NEAR(v[0].on_a.y, -double(M), 1e3);
}

// Oracle: the exact relation (d^2 against (ra +- rb)^2 in __int128) gives the count for
// positive radii; every line is a common tangent; no line twice; the floating path agrees.
RC_GTEST_PROP(CircleCrossProp, CommonTangentsPythagorean, ()) {
  const auto& tr = triples[*rc::gen::inRange(0, 6)];
  const ll s = *rc::gen::inRange<ll>(1, 300);
  const int sx = *rc::gen::element(-1, 1), sy = *rc::gen::element(-1, 1);
  const P c1(*rc::gen::inRange(-1000, 1001), *rc::gen::inRange(-1000, 1001));
  const P c2(c1.x + sx * tr[0] * s, c1.y + sy * tr[1] * s);
  const ll d = tr[2] * s;
  const ll r1 = *rc::gen::inRange<ll>(1, 3 * d);
  const ll r2 = *rc::gen::element(d - r1, r1 - d, r1 + d) + *rc::gen::inRange(-1, 2);
  RC_PRE(r2 >= 1);
  const C a(c1, r1), b(c2, r2);
  const int rel = geo_oracle::circle_relation128({c1.x, c1.y}, r1, {c2.x, c2.y}, r2);
  RC_ASSERT(cpkit::common_tangent_count(a, b) == rel);
  const auto v = cpkit::common_tangents(a, b);
  RC_ASSERT(int(v.size()) == rel);
  const double sc =
      scale_of({double(c1.x), double(c1.y), double(r1), double(c2.x), double(c2.y), double(r2)});
  for (const auto& l : v) expect_common_tangent(l, a, b, sc);
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = i + 1; j < v.size(); ++j) RC_ASSERT(!same_line(v[i], v[j], a, b, sc));
  const auto vd = cpkit::common_tangents(CD(D(c1), double(r1)), CD(D(c2), double(r2)));
  RC_ASSERT(vd.size() == v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    RC_ASSERT(std::hypot(vd[i].on_a.x - v[i].on_a.x, vd[i].on_a.y - v[i].on_a.y) <= 1e-6 * sc);
}

// Oracle: the case table of the header on small grids, radius 0 and equal centres included;
// the lines satisfy the tangent invariants and are distinct.
RC_GTEST_PROP(CircleCrossProp, CommonTangentsGrid, ()) {
  const P c1 = *geo_oracle::grid_point(3), c2 = *geo_oracle::grid_point(3);
  const ll r1 = *rc::gen::inRange(0, 5), r2 = *rc::gen::inRange(0, 5);
  const C a(c1, r1), b(c2, r2);
  const int rel = geo_oracle::circle_relation128({c1.x, c1.y}, r1, {c2.x, c2.y}, r2);
  int want = rel;
  if (c1 == c2)
    want = r1 == r2 ? -1 : 0;
  else if (r1 == 0 && r2 == 0)
    want = 1;
  else if (r1 == 0 || r2 == 0)
    want = rel == 4 ? 2 : (rel == 3 ? 1 : 0);
  RC_ASSERT(cpkit::common_tangent_count(a, b) == want);
  const auto v = cpkit::common_tangents(a, b);
  RC_ASSERT(int(v.size()) == std::max(want, 0));
  for (const auto& l : v) expect_common_tangent(l, a, b, 10);
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = i + 1; j < v.size(); ++j) RC_ASSERT(!same_line(v[i], v[j], a, b, 10));
}

// ------------------------------------------------------------------------- circle and polygon

using LP = std::pair<LD, LD>;
// Sutherland-Hodgman: clip subject by the convex ccw window (exact for area on any subject).
std::vector<LP> clip(const std::vector<LP>& subject, const std::vector<LP>& window) {
  std::vector<LP> out = subject;
  for (std::size_t i = 0; i < window.size() && !out.empty(); ++i) {
    const LP a = window[i], b = window[(i + 1) % window.size()];
    const auto side = [&](const LP& p) {
      return (b.first - a.first) * (p.second - a.second) -
             (b.second - a.second) * (p.first - a.first);
    };
    std::vector<LP> in = out;
    out.clear();
    for (std::size_t j = 0; j < in.size(); ++j) {
      const LP p = in[j], q = in[(j + 1) % in.size()];
      const LD sp = side(p), sq = side(q);
      if (sp >= 0) out.push_back(p);
      if ((sp >= 0) != (sq >= 0)) {
        const LD t = sp / (sp - sq);
        out.push_back({p.first + (q.first - p.first) * t, p.second + (q.second - p.second) * t});
      }
    }
  }
  return out;
}
LD shoelace(const std::vector<LP>& v) {
  LD s = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const LP p = v[i], q = v[(i + 1) % v.size()];
    s += p.first * q.second - p.second * q.first;
  }
  return std::fabs(s) / 2;
}
// Regular N-gon around (cx, cy) with circumradius R (ccw).
std::vector<LP> regular(LD cx, LD cy, LD R, int N) {
  const LD pi = 3.14159265358979323846264338327950288L;
  std::vector<LP> v;
  for (int i = 0; i < N; ++i)
    v.push_back({cx + R * std::cos(2 * pi * i / N), cy + R * std::sin(2 * pi * i / N)});
  return v;
}
// The bracket: [area(poly ∩ inscribed), area(poly ∩ circumscribed)] for N = 2^10 (the two
// N-gons differ by about pi^3 r^2 / N^2: 3e-3 at r = 10). r = 0: both are 0.
std::pair<LD, LD> bracket(const C& c, const std::vector<P>& poly) {
  const int N = 1 << 10;
  if (c.r == 0) return {0, 0};
  const LD pi = 3.14159265358979323846264338327950288L;
  std::vector<LP> subject;
  for (P p : poly) subject.push_back({LD(p.x), LD(p.y)});
  // Clipping needs a ccw window; the subject may be either way.
  const LD cx = LD(c.center.x), cy = LD(c.center.y), r = LD(c.r);
  return {shoelace(clip(subject, regular(cx, cy, r, N))),
          shoelace(clip(subject, regular(cx, cy, r / std::cos(pi / N), N)))};
}
void expect_in_bracket(const C& c, const std::vector<P>& poly) {
  const auto br = bracket(c, poly);
  const double got = cpkit::circle_polygon_area(c, poly);
  const double slack = 1e-9 * std::max<double>(1, double(c.r) * double(c.r));
  EXPECT_GE(got, double(br.first) - slack);
  EXPECT_LE(got, double(br.second) + slack);
}

TEST(CirclePolygonArea, WholeDiskWholePolygonAndDegenerateCases) {
  const double pi = std::acos(-1.0);
  // The disk inside a square (edges tangent to it): pi r^2.
  const std::vector<P> sq{{-5, -5}, {5, -5}, {5, 5}, {-5, 5}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 5), sq), 25 * pi, 1e-9);
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 4), sq), 16 * pi, 1e-9);
  // The polygon inside the disk: its area; vertices on the circle ((+-3, +-4) on r = 5).
  const std::vector<P> rect{{-3, -4}, {3, -4}, {3, 4}, {-3, 4}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 5), rect), 48, 1e-9);
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 6), rect), 48, 1e-9);
  // Clockwise: the same area.
  const std::vector<P> rect_cw{{-3, 4}, {3, 4}, {3, -4}, {-3, -4}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 5), rect_cw), 48, 1e-9);
  // The centre on an edge and on a vertex: half and quarter disks.
  const std::vector<P> upper{{-10, 0}, {10, 0}, {10, 10}, {-10, 10}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 3), upper), 4.5 * pi, 1e-9);
  const std::vector<P> quadrant{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 3), quadrant), 2.25 * pi, 1e-9);
  // Disjoint, touching at a vertex, touching along an edge: 0.
  const std::vector<P> far{{10, 10}, {11, 10}, {11, 11}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 3), far), 0, 1e-12);
  const std::vector<P> at_vertex{{3, 4}, {10, 4}, {10, 10}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 5), at_vertex), 0, 1e-12);
  const std::vector<P> along{{-5, 5}, {5, 5}, {5, 9}, {-5, 9}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 5), along), 0, 1e-12);
  // Radius 0, fewer than 3 vertices, repeated vertices.
  EXPECT_EQ(cpkit::circle_polygon_area(C(P(0, 0), 0), sq), 0.0);
  EXPECT_EQ(cpkit::circle_polygon_area(C(P(0, 0), 5), std::vector<P>{{0, 0}, {1, 1}}), 0.0);
  const std::vector<P> rep{{-3, -4}, {3, -4}, {3, -4}, {3, 4}, {-3, 4}, {-3, 4}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(0, 0), 5), rep), 48, 1e-9);
  // A circle away from the origin: the half disk cut by the line y = 7.
  const std::vector<P> half{{-100, 7}, {100, 7}, {100, 100}, {-100, 100}};
  EXPECT_NEAR(cpkit::circle_polygon_area(C(P(20, 7), 10), half), 50 * pi, 1e-9);
  // Floating input.
  const std::vector<D> sqd{{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}};
  EXPECT_NEAR(cpkit::circle_polygon_area(CD(D(0, 0), 0.5), sqd), 0.25 * pi, 1e-12);
}

TEST(CirclePolygonArea, NonConvexAgainstTheBracket) {
  // A comb: teeth crossing the circle several times; the centre on a tooth edge.
  const std::vector<P> comb{{-6, -6}, {6, -6}, {6, 6},  {4, 6},   {4, -2}, {2, -2},
                            {2, 6},   {0, 6},  {0, -2}, {-2, -2}, {-2, 6}, {-6, 6}};
  for (ll r : {1, 2, 3, 5, 7, 9}) expect_in_bracket(C(P(0, 0), r), comb);
  expect_in_bracket(C(P(1, 1), 4), comb);
  expect_in_bracket(C(P(4, -2), 3), comb);  // centre at a reflex vertex
}

// Oracle: the inscribed / circumscribed 2^10-gon bracket, on star-shaped (generally non-convex)
// polygons of a small grid, both orientations, with the circle anywhere on the grid (vertices
// on the circle, tangent edges and the centre on edges or vertices all occur).
RC_GTEST_PROP(CircleCrossProp, CirclePolygonAreaBracket, ()) {
  auto poly = geo_oracle::star_polygon(*geo_oracle::grid_points(6, 12, 3), 1, -1);
  RC_PRE(poly.size() >= 3u);
  if (*rc::gen::arbitrary<bool>()) std::reverse(poly.begin(), poly.end());
  const P cc = *geo_oracle::grid_point(5);
  const ll r = *rc::gen::inRange(0, 11);
  const C c(cc, r);
  const auto br = bracket(c, poly);
  const double got = cpkit::circle_polygon_area(c, poly);
  const double slack = 1e-9 * std::max<double>(1, double(r) * double(r));
  RC_ASSERT(got >= double(br.first) - slack);
  RC_ASSERT(got <= double(br.second) + slack);
  // The floating path on the same values.
  std::vector<D> pd;
  for (P p : poly) pd.push_back(D(p));
  RC_ASSERT(std::fabs(cpkit::circle_polygon_area(CD(D(cc), double(r)), pd) - got) <=
            1e-9 * (1 + r * r));
}

}  // namespace
