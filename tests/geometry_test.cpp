// Tests for include/cpkit/geometry/*.hpp: documented examples and edge cases first, then large
// cases, then rapidcheck properties on small integer grids (degeneracy on purpose) against the
// brute-force oracles of tests/support/geometry_oracles.hpp and the floating path.
#include "cpkit/geometry.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "support/geometry_oracles.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

using cpkit::ccw_result;
using cpkit::containment;
using geo_oracle::ll;
using geo_oracle::P;
using D = cpkit::point<double>;

D to_d(P p) { return D(p); }
std::vector<D> to_d(const std::vector<P>& v) {
  std::vector<D> r;
  for (P p : v) r.push_back(D(p));
  return r;
}

// ---------------------------------------------------------------- edge cases and examples

TEST(GeometrySign, ExactForIntegersToleranceForFloats) {
  EXPECT_EQ(cpkit::sign(0LL), 0);
  EXPECT_EQ(cpkit::sign(-3), -1);
  EXPECT_EQ(cpkit::sign(1e-10), 0);  // below the default 1e-9
  EXPECT_EQ(cpkit::sign(-2e-9), -1);
  const double saved = cpkit::geometry_eps;
  cpkit::geometry_eps = 1e-6;  // the one-line knob
  EXPECT_EQ(cpkit::sign(-2e-9), 0);
  cpkit::geometry_eps = saved;
  EXPECT_EQ(cpkit::compare(1.0, 1.0 + 1e-12), 0);
  // The knob reaches the predicates: 1e-12 off the line is on it for doubles, not for integers.
  EXPECT_EQ(cpkit::ccw(D(0, 0), D(1, 0), D(0.5, 1e-12)), ccw_result::on_segment);
  EXPECT_EQ(cpkit::ccw(D(0, 0), D(1, 0), D(0.5, 1e-6)), ccw_result::counter_clockwise);
  EXPECT_EQ(cpkit::ccw(P(0, 0), P(1000000, 0), P(500000, 1)), ccw_result::counter_clockwise);
}

TEST(GeometryCcw, ClassicExample) {
  const P a(0, 0), b(2, 0);
  EXPECT_EQ(cpkit::ccw(a, b, P(-1, 1)), ccw_result::counter_clockwise);
  EXPECT_EQ(cpkit::ccw(a, b, P(-1, -1)), ccw_result::clockwise);
  EXPECT_EQ(cpkit::ccw(a, b, P(-1, 0)), ccw_result::online_back);
  EXPECT_EQ(cpkit::ccw(a, b, P(0, 0)), ccw_result::on_segment);
  EXPECT_EQ(cpkit::ccw(a, b, P(2, 0)), ccw_result::on_segment);
  EXPECT_EQ(cpkit::ccw(a, b, P(3, 0)), ccw_result::online_front);
}

TEST(GeometryCcw, ExactAtOneBillion) {
  // cross((1e9, 1e9-1), (1e9-1, 1e9-2)) = 1e9(1e9-2) - (1e9-1)^2 = -1: clockwise. The products
  // are ~1e18, beyond double's 2^53, so a double cross product returns 0 here.
  const ll g = 1000000000;
  EXPECT_EQ(cpkit::ccw(P(0, 0), P(g, g - 1), P(g - 1, g - 2)), ccw_result::clockwise);
  // Differences (2g, 2g-1) and (2g-1, 2g-2): 2g(2g-2) - (2g-1)^2 = -1, from products ~1.6e19
  // that overflow int64: the __int128 wide type keeps it exact.
  EXPECT_EQ(cpkit::cross(P(-g, -g), P(g, g - 1), P(g - 1, g - 2)), -1);
  EXPECT_EQ(cpkit::ccw(P(-g, -g), P(g, g - 1), P(g - 1, g - 2)), ccw_result::clockwise);
}

TEST(GeometrySegments, TouchingOverlapDegenerate) {
  EXPECT_TRUE(cpkit::segments_intersect(P(0, 0), P(2, 0), P(2, 0), P(3, 5)));   // touch at an end
  EXPECT_TRUE(cpkit::segments_intersect(P(0, 0), P(4, 0), P(2, 0), P(2, 3)));   // T junction
  EXPECT_TRUE(cpkit::segments_intersect(P(0, 0), P(4, 0), P(3, 0), P(6, 0)));   // overlap
  EXPECT_FALSE(cpkit::segments_intersect(P(0, 0), P(2, 0), P(3, 0), P(6, 0)));  // collinear apart
  EXPECT_TRUE(cpkit::segments_intersect(P(1, 1), P(1, 1), P(0, 0), P(2, 2)));   // point on segment
  EXPECT_FALSE(cpkit::segments_intersect(P(1, 1), P(1, 1), P(2, 2), P(2, 2)));
  const auto two = cpkit::segment_cross_points(P(0, 0), P(4, 0), P(6, 0), P(3, 0));
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0], cpkit::point<double>(3, 0));
  EXPECT_EQ(two[1], cpkit::point<double>(4, 0));
  const auto one = cpkit::segment_cross_points(P(0, 0), P(2, 2), P(0, 2), P(2, 0));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_NEAR(one[0].x, 1.0, 1e-12);
  EXPECT_NEAR(one[0].y, 1.0, 1e-12);
  EXPECT_TRUE(cpkit::segment_cross_points(P(0, 0), P(1, 0), P(0, 1), P(1, 1)).empty());
}

TEST(GeometrySegments, ProjectionReflectionDistances) {
  const auto q = cpkit::projection(P(0, 0), P(3, 0), P(-1, 1));
  EXPECT_DOUBLE_EQ(q.x, -1);
  EXPECT_DOUBLE_EQ(q.y, 0);
  const auto r = cpkit::reflection(P(0, 0), P(2, 2), P(0, 1));
  EXPECT_NEAR(r.x, 1, 1e-12);
  EXPECT_NEAR(r.y, 0, 1e-12);
  EXPECT_DOUBLE_EQ(cpkit::distance_point_line(P(0, 0), P(4, 0), P(7, 3)), 3.0);
  EXPECT_DOUBLE_EQ(cpkit::distance_point_segment(P(0, 0), P(4, 0), P(7, 4)), 5.0);
  EXPECT_DOUBLE_EQ(cpkit::distance_segment_segment(P(0, 0), P(1, 0), P(0, 1), P(1, 1)), 1.0);
  EXPECT_DOUBLE_EQ(cpkit::distance_segment_segment(P(0, 0), P(2, 2), P(0, 2), P(2, 0)), 0.0);
  EXPECT_TRUE(cpkit::is_parallel(P(0, 0), P(1, 1), P(5, 3), P(3, 1)));
  EXPECT_TRUE(cpkit::is_orthogonal(P(0, 0), P(1, 1), P(0, 0), P(1, -1)));
}

TEST(GeometryPolygon, SquareAreaContainment) {
  const std::vector<P> sq = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
  EXPECT_EQ(cpkit::area2(sq), 8);
  EXPECT_DOUBLE_EQ(cpkit::area(sq), 4.0);
  EXPECT_TRUE(cpkit::is_convex(sq));
  EXPECT_FALSE(cpkit::is_convex(std::vector<P>{{0, 0}, {4, 0}, {1, 1}, {0, 4}}));
  EXPECT_TRUE(cpkit::is_convex(std::vector<P>{{0, 0}, {1, 0}, {2, 0}, {2, 2}}));  // 180 degrees ok
  for (auto f : {+[](const std::vector<P>& g, P p) { return cpkit::contains(g, p); },
                 +[](const std::vector<P>& g, P p) { return cpkit::convex_contains(g, p); }}) {
    EXPECT_EQ(f(sq, P(1, 1)), containment::inside);
    EXPECT_EQ(f(sq, P(0, 0)), containment::on_boundary);
    EXPECT_EQ(f(sq, P(1, 0)), containment::on_boundary);
    EXPECT_EQ(f(sq, P(0, 1)), containment::on_boundary);
    EXPECT_EQ(f(sq, P(3, 1)), containment::outside);
    EXPECT_EQ(f(sq, P(-1, 0)), containment::outside);
    EXPECT_EQ(f(sq, P(3, 0)), containment::outside);
  }
  // Cut the square by x = 1 upwards: left part is x <= 1, area 2.
  EXPECT_DOUBLE_EQ(cpkit::area(cpkit::convex_cut(sq, P(1, 0), P(1, 1))), 2.0);
  EXPECT_DOUBLE_EQ(cpkit::area(cpkit::convex_cut(sq, P(1, 1), P(1, 0))), 2.0);
  EXPECT_DOUBLE_EQ(cpkit::area(cpkit::convex_cut(sq, P(5, 0), P(5, 1))), 4.0);
  EXPECT_DOUBLE_EQ(cpkit::area(cpkit::convex_cut(sq, P(5, 1), P(5, 0))), 0.0);
}

TEST(GeometryHull, Degenerate) {
  EXPECT_TRUE(cpkit::convex_hull(std::vector<P>{}).empty());
  EXPECT_EQ(cpkit::convex_hull(std::vector<P>{{3, 3}, {3, 3}}), (std::vector<P>{{3, 3}}));
  EXPECT_EQ(cpkit::convex_hull(std::vector<P>{{5, 1}, {3, 3}}), (std::vector<P>{{5, 1}, {3, 3}}));
  const std::vector<P> line = {{2, 2}, {0, 0}, {3, 3}, {1, 1}, {1, 1}};
  EXPECT_EQ(cpkit::convex_hull(line), (std::vector<P>{{0, 0}, {3, 3}}));
  EXPECT_EQ(cpkit::convex_hull(line, true), (std::vector<P>{{0, 0}, {1, 1}, {2, 2}, {3, 3}}));
  const std::vector<P> sq = {{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}, {1, 1}, {0, 1}};
  EXPECT_EQ(cpkit::convex_hull(sq), (std::vector<P>{{0, 0}, {2, 0}, {2, 2}, {0, 2}}));
  EXPECT_EQ(cpkit::convex_hull(sq, true), (std::vector<P>{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 1}}));
  EXPECT_EQ(cpkit::furthest_pair(std::vector<P>{{7, 7}, {7, 7}, {7, 7}}), std::make_pair(std::size_t(0), std::size_t(1)));
}

// Regressions rapidcheck found: calipers started at j = 1 stalled on the collinear run that
// contains edge (0, 1); and a keep_collinear hull of collinear points is a path, not a cycle.
TEST(GeometryHull, DiameterRegressions) {
  const auto h = cpkit::convex_hull(std::vector<P>{{-5, -4}, {-3, -4}, {-3, -3}, {-4, -4}}, true);
  const auto d = cpkit::convex_diameter(h);
  EXPECT_EQ(geo_oracle::dist2(h[d.first], h[d.second]), 5);  // (-5,-4)-(-3,-3), by inspection of 4 points
  const auto line = cpkit::convex_hull(std::vector<P>{{0, 0}, {1, 1}, {2, 2}, {3, 3}}, true);
  const auto e = cpkit::convex_diameter(line);
  EXPECT_EQ(geo_oracle::dist2(line[e.first], line[e.second]), 18);
}

TEST(GeometryArgSort, Convention) {
  std::vector<P> v = {{1, 0}, {0, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, -1}};
  cpkit::sort_by_argument(v);  // stable: (1,0) stays before (0,0), both angle 0
  EXPECT_EQ(v, (std::vector<P>{{-1, -1}, {0, -1}, {1, 0}, {0, 0}, {1, 1}, {0, 1}, {-1, 0}}));
}

TEST(GeometryArgSort, NearlyCollinearAtOneBillion) {
  // cross(a, b) = -1 (see ExactAtOneBillion): b has the smaller angle, by about 1e-18 rad.
  const ll g = 1000000000;
  const P a(g, g - 1), b(g - 1, g - 2);
  EXPECT_TRUE(cpkit::arg_less(b, a));
  EXPECT_FALSE(cpkit::arg_less(a, b));
  EXPECT_FALSE(cpkit::arg_less(a, a * 1));
  EXPECT_FALSE(cpkit::arg_less(P(2, 4), P(1, 2)));  // same direction: equivalent
}

// ---------------------------------------------------------------- large cases

std::vector<P> random_square(std::size_t n, ll r, std::uint64_t seed) {
  std::mt19937_64 g(seed);
  std::uniform_int_distribution<ll> d(-r, r);
  std::vector<P> v(n);
  for (P& p : v) p = P(d(g), d(g));
  return v;
}

TEST(GeometryHull, LargeFastPathMatchesGeneric) {
  // Oracle: the sort-based generic path (std::sort, __int128 cross products).
  for (bool keep : {false, true}) {
    const auto v = random_square(100000, 1000000000, 7);
    EXPECT_EQ(cpkit::convex_hull(v, keep), cpkit::detail::convex_hull_generic(v, keep));
    std::vector<P> c;
    std::mt19937_64 g(8);
    for (int i = 0; i < 100000; ++i) {
      const double t = std::uniform_real_distribution<double>(0, 6.283185307179586)(g);
      c.push_back(P(std::llround(1e9 * std::cos(t)), std::llround(1e9 * std::sin(t))));
    }
    const auto h = cpkit::convex_hull(c, keep);
    EXPECT_EQ(h, cpkit::detail::convex_hull_generic(c, keep));
    EXPECT_GT(h.size(), 1000u);
  }
}

TEST(GeometryHull, LargeCoordinatesUseExactGenericPath) {
  // |coord| up to 1e18: the box is too wide for 64-bit products. Oracle: the definition of a
  // strictly convex ccw hull (every turn > 0 by __int128 cross) containing every input point.
  const auto v = random_square(2000, 1000000000000000000LL, 9);
  const auto h = cpkit::convex_hull(v);
  ASSERT_GE(h.size(), 3u);
  for (std::size_t i = 0; i < h.size(); ++i)
    EXPECT_GT(cpkit::cross(h[i], h[(i + 1) % h.size()], h[(i + 2) % h.size()]), 0);
  for (const P& p : v) EXPECT_NE(cpkit::convex_contains(h, p), containment::outside);
}

// ---------------------------------------------------------------- properties

// Oracle: ccw_def (projection parameter on a + t(b - a)); the double path must agree.
RC_GTEST_PROP(GeometryProp, CcwMatchesDefinitionAndFloat, ()) {
  const P a = *geo_oracle::grid_point(4), b = *geo_oracle::grid_point(4), c = *geo_oracle::grid_point(4);
  RC_PRE(a != b);
  const int want = geo_oracle::ccw_def(a, b, c);
  RC_ASSERT(static_cast<int>(cpkit::ccw(a, b, c)) == want);
  RC_ASSERT(static_cast<int>(cpkit::ccw(to_d(a), to_d(b), to_d(c))) == want);
  // Invariant: translation and 90-degree rotation keep the answer.
  const P t(3, -7);
  RC_ASSERT(static_cast<int>(cpkit::ccw(a + t, b + t, c + t)) == want);
  RC_ASSERT(static_cast<int>(cpkit::ccw(cpkit::rot90(a), cpkit::rot90(b), cpkit::rot90(c))) == want);
}

// Oracle: antisymmetry, ccw(a, b, c) counter-clockwise iff ccw(a, c, b) clockwise.
RC_GTEST_PROP(GeometryProp, CcwAntisymmetric, ()) {
  const P a = *geo_oracle::grid_point(4), b = *geo_oracle::grid_point(4), c = *geo_oracle::grid_point(4);
  RC_PRE(a != b && a != c);
  RC_ASSERT((cpkit::ccw(a, b, c) == ccw_result::counter_clockwise) == (cpkit::ccw(a, c, b) == ccw_result::clockwise));
  RC_ASSERT((cpkit::ccw(a, b, c) == ccw_result::clockwise) == (cpkit::ccw(a, c, b) == ccw_result::counter_clockwise));
}

// Oracle: separating-axis test with exact projections; symmetric in segment order and endpoint
// order; unchanged by translation and rot90; the double path agrees.
RC_GTEST_PROP(GeometryProp, SegmentIntersectionMatchesSat, ()) {
  const P a = *geo_oracle::grid_point(3), b = *geo_oracle::grid_point(3);
  const P c = *geo_oracle::grid_point(3), d = *geo_oracle::grid_point(3);
  const bool want = geo_oracle::segments_meet_sat(a, b, c, d);
  RC_ASSERT(cpkit::segments_intersect(a, b, c, d) == want);
  RC_ASSERT(cpkit::segments_intersect(c, d, a, b) == want);
  RC_ASSERT(cpkit::segments_intersect(b, a, d, c) == want);
  RC_ASSERT(cpkit::segments_intersect(to_d(a), to_d(b), to_d(c), to_d(d)) == want);
  const P t(-5, 11);
  RC_ASSERT(cpkit::segments_intersect(a + t, b + t, c + t, d + t) == want);
  RC_ASSERT(cpkit::segments_intersect(cpkit::rot90(a), cpkit::rot90(b), cpkit::rot90(c), cpkit::rot90(d)) == want);
  // Cross points: empty iff disjoint, and every returned point lies on both segments.
  const auto pts = cpkit::segment_cross_points(a, b, c, d);
  RC_ASSERT(pts.empty() == !want);
  for (const auto& q : pts) {
    RC_ASSERT(cpkit::distance_point_segment(to_d(a), to_d(b), q) < 1e-9);
    RC_ASSERT(cpkit::distance_point_segment(to_d(c), to_d(d), q) < 1e-9);
  }
}

// Oracle: 0 when SAT says the segments meet, else the minimum over endpoint-to-segment distances
// (closest points of disjoint segments include an endpoint), each by a clamped projection in
// long double. Symmetric.
RC_GTEST_PROP(GeometryProp, SegmentDistanceMatchesBrute, ()) {
  const P a = *geo_oracle::grid_point(4), b = *geo_oracle::grid_point(4);
  const P c = *geo_oracle::grid_point(4), d = *geo_oracle::grid_point(4);
  auto ps = [](P s, P e, P p) {
    const long double dx = e.x - s.x, dy = e.y - s.y, l2 = dx * dx + dy * dy;
    long double t = l2 == 0 ? 0 : ((p.x - s.x) * dx + (p.y - s.y) * dy) / l2;
    t = std::max<long double>(0, std::min<long double>(1, t));
    return std::hypot(s.x + t * dx - p.x, s.y + t * dy - p.y);
  };
  long double want = 0;
  if (!geo_oracle::segments_meet_sat(a, b, c, d))
    want = std::min(std::min(ps(a, b, c), ps(a, b, d)), std::min(ps(c, d, a), ps(c, d, b)));
  RC_ASSERT(std::fabs(cpkit::distance_segment_segment(a, b, c, d) - want) < 1e-9);
  RC_ASSERT(std::fabs(cpkit::distance_segment_segment(c, d, b, a) - want) < 1e-9);
}

// Oracle: the defining equations. The foot q is on line ab with (p - q) orthogonal to ab; the
// mirror image r has midpoint q. Line cross points satisfy both line equations.
RC_GTEST_PROP(GeometryProp, ProjectionReflectionCrossPoint, ()) {
  const P a = *geo_oracle::grid_point(6), b = *geo_oracle::grid_point(6), p = *geo_oracle::grid_point(6);
  RC_PRE(a != b);
  const auto q = cpkit::projection(a, b, p);
  const D ab = to_d(b) - to_d(a);
  RC_ASSERT(std::fabs(cpkit::cross(ab, q - to_d(a))) < 1e-9);
  RC_ASSERT(std::fabs(cpkit::dot(ab, to_d(p) - q)) < 1e-9);
  const auto r = cpkit::reflection(a, b, p);
  RC_ASSERT(std::fabs((r.x + p.x) / 2 - q.x) < 1e-9 && std::fabs((r.y + p.y) / 2 - q.y) < 1e-9);
  const P c = *geo_oracle::grid_point(6), d = *geo_oracle::grid_point(6);
  RC_PRE(c != d && cpkit::cross(b - a, d - c) != 0);
  const auto x = cpkit::line_cross_point(a, b, c, d);
  RC_ASSERT(std::fabs(cpkit::cross(ab, x - to_d(a))) < 1e-9);
  RC_ASSERT(std::fabs(cpkit::cross(to_d(d) - to_d(c), x - to_d(c))) < 1e-9);
}

// Oracle: shoelace from the origin (sum x_i y_{i+1} - x_{i+1} y_i); translation keeps it,
// reversal negates it.
RC_GTEST_PROP(GeometryProp, AreaShoelace, ()) {
  auto poly = *geo_oracle::grid_points(5, 8);
  ll want = 0;
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const P s = poly[i], t = poly[(i + 1) % poly.size()];
    want += s.x * t.y - t.x * s.y;
  }
  if (poly.size() < 3) want = 0;
  RC_ASSERT(static_cast<ll>(cpkit::area2(poly)) == want);
  for (P& p : poly) p = p + P(100, -37);
  RC_ASSERT(static_cast<ll>(cpkit::area2(poly)) == want);
  std::reverse(poly.begin(), poly.end());
  RC_ASSERT(static_cast<ll>(cpkit::area2(poly)) == -want);
}

// Oracle (star-shaped simple polygons): containment by exact winding number (quadrant count) and
// exact on-segment test, for every grid point; the double path and a rot90 copy agree;
// is_convex against "every vertex weakly left of every edge".
RC_GTEST_PROP(GeometryProp, ContainmentAndConvexity, ()) {
  const auto pts = *geo_oracle::grid_points(4, 10, 4);
  const ll cx2 = *rc::gen::inRange(-2, 2), cy2 = *rc::gen::inRange(-1, 3);
  const auto poly = geo_oracle::star_polygon(pts, 2 * cx2 + 1, 2 * cy2 - 1);
  RC_PRE(!poly.empty());
  std::vector<P> rpoly;
  for (P p : poly) rpoly.push_back(cpkit::rot90(p));
  const auto dpoly = to_d(poly);
  for (ll x = -5; x <= 5; ++x)
    for (ll y = -5; y <= 5; ++y) {
      const int want = geo_oracle::contains_def(poly, P(x, y));
      RC_ASSERT(static_cast<int>(cpkit::contains(poly, P(x, y))) == want);
      RC_ASSERT(static_cast<int>(cpkit::contains(dpoly, D(x, y))) == want);
      RC_ASSERT(static_cast<int>(cpkit::contains(rpoly, cpkit::rot90(P(x, y)))) == want);
    }
  bool convex = true;
  for (std::size_t i = 0; i < poly.size(); ++i)
    for (P r : poly) convex = convex && geo_oracle::orient(poly[i], poly[(i + 1) % poly.size()], r) >= 0;
  RC_ASSERT(cpkit::is_convex(poly) == convex);
}

// Oracle: hull_def (supporting lines + angular order around an interior point), for both modes;
// the fast path, the generic path and the double path give the same sequence.
RC_GTEST_PROP(GeometryProp, HullMatchesDefinition, (bool keep)) {
  const auto pts = *geo_oracle::grid_points(4, 14);
  const auto want = geo_oracle::hull_def(pts, keep);
  RC_ASSERT(cpkit::convex_hull(pts, keep) == want);
  RC_ASSERT(cpkit::detail::convex_hull_generic(pts, keep) == want);
  RC_ASSERT(cpkit::convex_hull(to_d(pts), keep) == to_d(want));
  // Invariants: translation moves the hull with the points; rot90 maps it to the hull of the
  // rotated points up to the start vertex.
  std::vector<P> moved, rot;
  for (P p : pts) moved.push_back(p + P(-1000000000, 999999999)), rot.push_back(cpkit::rot90(p));
  auto hm = cpkit::convex_hull(moved, keep);
  for (P& p : hm) p = p - P(-1000000000, 999999999);
  RC_ASSERT(hm == want);
  auto hr = cpkit::convex_hull(rot, keep);
  std::vector<P> wr;
  for (P p : want) wr.push_back(cpkit::rot90(p));
  if (wr.size() > 2 && cpkit::area2(want) != 0) {  // a collinear answer is a path, not a cycle
    std::rotate(wr.begin(), std::min_element(wr.begin(), wr.end(), cpkit::detail::hull_yx_less<ll>), wr.end());
    RC_ASSERT(hr == wr);
  }
}

// Oracle: the largest squared distance over all pairs; the indices are distinct. The diameter of
// a hull kept with collinear points is the same.
RC_GTEST_PROP(GeometryProp, FurthestPairMatchesAllPairs, ()) {
  auto pts = *geo_oracle::grid_points(5, 16, 2);
  const auto ij = cpkit::furthest_pair(pts);
  RC_ASSERT(ij.first != ij.second);
  RC_ASSERT(ij.first < pts.size() && ij.second < pts.size());
  const ll want = geo_oracle::furthest_d2(pts);
  RC_ASSERT(geo_oracle::dist2(pts[ij.first], pts[ij.second]) == want);
  const auto h = cpkit::convex_hull(pts, true);
  const auto d = cpkit::convex_diameter(h);
  RC_ASSERT(geo_oracle::dist2(h[d.first], h[d.second]) == want);
  const auto hd = cpkit::convex_hull(to_d(pts));
  const auto dd = cpkit::convex_diameter(hd);
  RC_ASSERT(cpkit::norm(hd[dd.first] - hd[dd.second]) == static_cast<double>(want));
}

// Oracle: convex_contains against the general contains on strict hulls of grid points.
RC_GTEST_PROP(GeometryProp, ConvexContainsMatchesGeneral, ()) {
  const auto h = cpkit::convex_hull(*geo_oracle::grid_points(4, 14, 3));
  RC_PRE(h.size() >= 3);
  for (ll x = -5; x <= 5; ++x)
    for (ll y = -5; y <= 5; ++y) RC_ASSERT(cpkit::convex_contains(h, P(x, y)) == cpkit::contains(h, P(x, y)));
}

// Oracle: the two sides of a cut add up to the polygon's area (cut by a->b and by b->a), every
// vertex of the left part is weakly left of the line and inside the polygon.
RC_GTEST_PROP(GeometryProp, ConvexCutPartitionsArea, ()) {
  const auto h = cpkit::convex_hull(*geo_oracle::grid_points(4, 12, 3));
  RC_PRE(h.size() >= 3);
  const P a = *geo_oracle::grid_point(5), b = *geo_oracle::grid_point(5);
  RC_PRE(a != b);
  const auto left = cpkit::convex_cut(h, a, b), right = cpkit::convex_cut(h, b, a);
  RC_ASSERT(std::fabs(cpkit::area(left) + cpkit::area(right) - cpkit::area(h)) < 1e-9);
  RC_ASSERT(cpkit::area(left) > -1e-9);
  const auto hd = to_d(h);
  for (const auto& q : left) {
    RC_ASSERT(cpkit::cross(to_d(a), to_d(b), q) > -1e-9);
    RC_ASSERT(cpkit::contains(hd, q) != containment::outside);
  }
}

// Oracle: atan2 in long double orders distinct grid directions correctly (they differ by more
// than 1e-3 rad); (0, 0) has angle 0. The double coordinate path agrees.
RC_GTEST_PROP(GeometryProp, ArgLessMatchesAtan2OnGrid, ()) {
  const P a = *geo_oracle::grid_point(6), b = *geo_oracle::grid_point(6);
  const long double ta = geo_oracle::angle_def(a), tb = geo_oracle::angle_def(b);
  const bool want = ta < tb - 1e-9L;
  RC_ASSERT(cpkit::arg_less(a, b) == want);
  RC_ASSERT(cpkit::arg_less(to_d(a), to_d(b)) == want);
  auto v = *geo_oracle::grid_points(3, 20);
  cpkit::sort_by_argument(v);
  for (std::size_t i = 1; i < v.size(); ++i) RC_ASSERT(geo_oracle::angle_def(v[i - 1]) <= geo_oracle::angle_def(v[i]) + 1e-12L);
}

// Oracle: exact __int128 cross product of huge near-collinear vectors: scaling a small grid
// direction by ~1e9 and nudging by one unit must keep the order the cross product says.
RC_GTEST_PROP(GeometryProp, ArgLessExactNearCollinearHuge, ()) {
  const P d = *geo_oracle::grid_point(5);
  RC_PRE(d != P(0, 0));
  const ll k = *rc::gen::inRange<ll>(100000000, 200000000);
  const P e = *geo_oracle::grid_point(1);
  const P a = d * k, b = d * k + e;
  __extension__ typedef __int128 i128;
  const i128 c = i128(a.x) * b.y - i128(a.y) * b.x;
  const int ha = (a.y < 0) ? 0 : (a.y == 0 ? (a.x >= 0 ? 1 : 3) : 2);
  const int hb = (b.y < 0) ? 0 : (b.y == 0 ? (b.x >= 0 ? 1 : 3) : 2);
  const bool want = ha != hb ? ha < hb : c > 0;
  RC_ASSERT(cpkit::arg_less(a, b) == want);
}

}  // namespace

namespace {

// Oracle: point<int> (fast hull path with 32-bit input, products in long long) gives the same
// hull as point<long long>, and the same argument order.
RC_GTEST_PROP(GeometryProp, IntCoordinatesMatchLongLong, (bool keep)) {
  const auto pts = *geo_oracle::grid_points(5, 14);
  std::vector<cpkit::point<int>> small;
  for (P p : pts) small.push_back(cpkit::point<int>(p));
  const auto h = cpkit::convex_hull(small, keep);
  const auto want = cpkit::convex_hull(pts, keep);
  RC_ASSERT(h.size() == want.size());
  for (std::size_t i = 0; i < h.size(); ++i) RC_ASSERT(P(h[i]) == want[i]);
  auto v = pts;
  cpkit::sort_by_argument(v);
  cpkit::sort_by_argument(small);
  for (std::size_t i = 0; i < v.size(); ++i) RC_ASSERT(P(small[i]) == v[i]);
}

// Oracle: scaling by k > 0 keeps every angle. Scaling a grid by 2^40 pushes coordinates past
// 2^31, onto the __int128 path of sort_by_argument; the (stable) order must be the same.
RC_GTEST_PROP(GeometryProp, ArgSortScaleInvariantAcrossPaths, ()) {
  const auto pts = *geo_oracle::grid_points(4, 25);
  auto v = pts, w = pts;
  for (P& p : w) p = p * (1LL << 40);
  cpkit::sort_by_argument(v);
  cpkit::sort_by_argument(w);
  for (std::size_t i = 0; i < v.size(); ++i) RC_ASSERT(w[i] == v[i] * (1LL << 40));
}

}  // namespace
