// Tests for Geometry II (issue 15): closest_pair.hpp, minkowski_sum.hpp, circle.hpp.
// Edge cases and documented examples first, then large cases, then rapidcheck properties on
// small integer grids (duplicates and collinear points forced) against the brute-force oracles
// of tests/support/geometry_oracles.hpp (all pairs; the hull of all pairwise sums; an exact
// __int128 circle relation), and the floating path against the exact one.
#include "cpkit/geometry/circle.hpp"
#include "cpkit/geometry/closest_pair.hpp"
#include "cpkit/geometry/minkowski_sum.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "support/geometry_oracles.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <utility>
#include <vector>

namespace {

using geo_oracle::ll;
using geo_oracle::P;
using D = cpkit::point<double>;
using C = cpkit::circle<ll>;
using CD = cpkit::circle<double>;

std::vector<D> to_d(const std::vector<P>& v) {
  std::vector<D> r;
  for (P p : v) r.push_back(D(p));
  return r;
}

// The index pair is valid and at the smallest distance (exactly).
void expect_closest(const std::vector<P>& pts) {
  const auto ij = cpkit::closest_pair(pts);
  ASSERT_LT(ij.first, ij.second);
  ASSERT_LT(ij.second, pts.size());
  EXPECT_EQ(geo_oracle::dist2(pts[ij.first], pts[ij.second]), geo_oracle::closest_d2(pts));
}

// The sweep a contestant writes (sort by x, std::set by y), as an independent oracle for large n.
ll sweep_d2(std::vector<P> p) {
  std::sort(p.begin(), p.end());
  ll best = std::numeric_limits<ll>::max();
  std::set<std::pair<ll, ll>> s;
  std::size_t l = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const ll d = static_cast<ll>(std::ceil(std::sqrt(static_cast<double>(best))));
    while (l < i && p[i].x - p[l].x > d) s.erase({p[l].y, p[l].x}), ++l;
    for (auto it = s.lower_bound({p[i].y - d, std::numeric_limits<ll>::min()});
         it != s.end() && it->first <= p[i].y + d; ++it)
      best = std::min(best, geo_oracle::dist2(p[i], P(it->second, it->first)));
    if (!s.insert({p[i].y, p[i].x}).second) best = 0;
  }
  return best;
}

// ------------------------------------------------------------------ closest pair: edge cases

TEST(ClosestPair, TwoPointsAndDuplicates) {
  EXPECT_EQ(cpkit::closest_pair(std::vector<P>{P(0, 0), P(3, 4)}),
            std::make_pair(std::size_t(0), std::size_t(1)));
  EXPECT_EQ(cpkit::closest_pair_distance(std::vector<P>{P(0, 0), P(3, 4)}), 5.0);
  // Duplicates: distance 0, the two copies (never i == j).
  const std::vector<P> dup{P(5, 5), P(1, 1), P(9, 9), P(1, 1)};
  EXPECT_EQ(cpkit::closest_pair(dup), std::make_pair(std::size_t(1), std::size_t(3)));
  EXPECT_EQ(cpkit::closest_pair_distance(dup), 0.0);
  const std::vector<P> all_same(7, P(-2, 3));
  const auto ij = cpkit::closest_pair(all_same);
  EXPECT_NE(ij.first, ij.second);
  EXPECT_EQ(cpkit::closest_pair_distance(all_same), 0.0);
}

TEST(ClosestPair, CollinearAndVerticalLines) {
  std::vector<P> v;  // one vertical line: the x split is useless, the strip holds everything
  for (int i = 0; i < 1000; ++i) v.push_back(P(7, 3 * i - (i == 500 ? 1 : 0)));
  expect_closest(v);
  EXPECT_EQ(cpkit::closest_pair_distance(v), 2.0);
  std::vector<P> h;
  for (int i = 0; i < 1000; ++i) h.push_back(P(1000 - 2 * i, -4));
  expect_closest(h);
}

TEST(ClosestPair, LimitsExactInBothPaths) {
  // Fast path at |coord| = 1e9 (box 2e9 <= 2^31): squared distances up to 8e18 in u64.
  const ll b = 1000000000;
  expect_closest({P(-b, -b), P(b, b), P(b, -b), P(-b, b)});
  expect_closest({P(-b, -b), P(b, b), P(b - 1, b), P(-b, b)});
  // Generic path (box > 2^31): long long up to 2^61, squared distances in __int128. Two pairs
  // differ by one unit in 2^122: only an exact comparison orders them.
  const ll m = ll(1) << 60;
  // d2(C, A) = 1 + 2^122 and d2(B, A) = 2^122: equal as doubles, ordered exactly.
  const std::vector<P> big{P(-m + 1, 2 * m), P(m, 0), P(-m, 0)};
  EXPECT_EQ(cpkit::closest_pair(big), std::make_pair(std::size_t(1), std::size_t(2)));
  // point<int> at 2^30 (fast path, the whole exact range of int).
  const int k = 1 << 30;
  const std::vector<cpkit::point<int>> vi{{-k, -k}, {k, k}, {k, -k + 1}, {-k, k}};
  EXPECT_EQ(cpkit::closest_pair(vi), std::make_pair(std::size_t(1), std::size_t(2)));
}

TEST(ClosestPair, LargeRandomAgainstSweep) {
  std::mt19937_64 g(15);
  for (ll range : {1000LL, 1000000000LL}) {
    std::uniform_int_distribution<ll> d(-range, range);
    std::vector<P> v(30000);
    for (P& p : v) p = P(d(g), d(g));
    const auto ij = cpkit::closest_pair(v);
    EXPECT_EQ(geo_oracle::dist2(v[ij.first], v[ij.second]), sweep_d2(v));
    // The real path on the same (integer-valued) input picks a pair at the same distance.
    const auto vd = to_d(v);
    const auto ijd = cpkit::closest_pair(vd);
    EXPECT_EQ(geo_oracle::dist2(v[ijd.first], v[ijd.second]), sweep_d2(v));
  }
}

TEST(ClosestPair, LargeClustersLinesAndGridFallback) {
  // The grid pass gives up on clusters (too many comparisons) and on a best distance longer than
  // a cell; the divide and conquer decides. Each case against the set sweep.
  std::mt19937_64 g(16);
  std::uniform_int_distribution<ll> wide(-1000000000, 1000000000), small(-5, 5);
  std::vector<P> cl(20000);
  for (std::size_t i = 0; i < cl.size(); ++i)
    cl[i] = i % 2 ? P(wide(g), wide(g)) : P(small(g) * 1000, small(g) * 1000);
  std::vector<P> sparse{P(-1000000000, -1000000000), P(1000000000, 1000000000)};
  for (int i = 0; i < 50; ++i) sparse.push_back(P(wide(g), wide(g)));
  std::vector<P> diag;
  for (ll i = 0; i < 20000; ++i) diag.push_back(P(i * 99991 - 1000000000, i * 99989 - 1000000000));
  for (const auto* v : {&cl, &sparse, &diag}) {
    const auto ij = cpkit::closest_pair(*v);
    EXPECT_LT(ij.first, ij.second);
    EXPECT_EQ(geo_oracle::dist2((*v)[ij.first], (*v)[ij.second]), sweep_d2(*v));
  }
}

TEST(ClosestPair, GridPassBestLongerThanACell) {
  // 200 points 10 apart on a line, one moved: ..., 20, 31, 40, ... The grid pass uses cells of
  // side 8: 31 and 40 fall in cells 3 and 5 (not neighbours), so the pass sees 10 at best, which
  // is longer than a cell: only the fallback finds the 9.
  std::vector<P> v;
  for (ll i = 0; i < 200; ++i) v.push_back(P(i == 3 ? 31 : 10 * i, 0));
  EXPECT_EQ(cpkit::closest_pair(v), std::make_pair(std::size_t(3), std::size_t(4)));
  expect_closest(v);
}

TEST(ClosestPair, RealPointsTinyDistances) {
  // No tolerance in the minimum: 1e-7 apart is not 0, and 0 beats it.
  std::vector<D> v{D(0.5, 0.5), D(10, 10), D(0.5, 0.5 + 1e-7), D(-3, 2)};
  EXPECT_NEAR(cpkit::closest_pair_distance(v), 1e-7, 1e-15);
  v.push_back(D(-3, 2));
  EXPECT_EQ(cpkit::closest_pair_distance(v), 0.0);
}

// Oracle: the smallest squared distance over all pairs (closest_d2); the pair has i < j; the
// real path picks a pair at the same distance; the distance is its square root.
RC_GTEST_PROP(Geometry2Prop, ClosestPairMatchesAllPairs, ()) {
  const auto pts = *geo_oracle::grid_points(*rc::gen::inRange(1, 6), 60, 2);
  const ll want = geo_oracle::closest_d2(pts);
  const auto ij = cpkit::closest_pair(pts);
  RC_ASSERT(ij.first < ij.second);
  RC_ASSERT(ij.second < pts.size());
  RC_ASSERT(geo_oracle::dist2(pts[ij.first], pts[ij.second]) == want);
  const auto ijd = cpkit::closest_pair(to_d(pts));
  RC_ASSERT(geo_oracle::dist2(pts[ijd.first], pts[ijd.second]) == want);
  RC_ASSERT(std::fabs(cpkit::closest_pair_distance(to_d(pts)) - std::sqrt(double(want))) < 1e-12);
  RC_ASSERT(cpkit::closest_pair_distance(pts) == cpkit::closest_pair_distance(to_d(pts)));
  // Scaled by 2^55 the box exceeds 2^31: the __int128 path picks a pair at the same distance.
  std::vector<P> big;
  for (P p : pts) big.push_back(P(p.x * (ll(1) << 55), p.y * (ll(1) << 55)));
  const auto ijb = cpkit::closest_pair(big);
  RC_ASSERT(ijb.first < ijb.second);
  RC_ASSERT(geo_oracle::dist2(pts[ijb.first], pts[ijb.second]) == want);
}

// Oracle: collinear sets (a random line through the grid), where every split is degenerate.
RC_GTEST_PROP(Geometry2Prop, ClosestPairCollinear, ()) {
  const ll dx = *rc::gen::inRange(-3, 4), dy = *rc::gen::inRange(-3, 4);
  const auto ts = *rc::gen::container<std::vector<int>>(rc::gen::inRange(-20, 21));
  RC_PRE(ts.size() >= 2);
  std::vector<P> pts;
  for (int t : ts) pts.push_back(P(5 + t * dx, -7 + t * dy));
  const auto ij = cpkit::closest_pair(pts);
  RC_ASSERT(ij.first < ij.second);
  RC_ASSERT(geo_oracle::dist2(pts[ij.first], pts[ij.second]) == geo_oracle::closest_d2(pts));
}
// ------------------------------------------------------------------ Minkowski sum

TEST(MinkowskiSum, SquaresTrianglesAndCollinearMerging) {
  const std::vector<P> sq{P(0, 0), P(1, 0), P(1, 1), P(0, 1)};
  // Square + square: the 2x square; the two parallel edge pairs are merged (no midpoints).
  EXPECT_EQ(cpkit::minkowski_sum(sq, sq), (std::vector<P>{P(0, 0), P(2, 0), P(2, 2), P(0, 2)}));
  const std::vector<P> tri{P(0, 0), P(2, 0), P(0, 2)};
  EXPECT_EQ(cpkit::minkowski_sum(sq, tri),
            (std::vector<P>{P(0, 0), P(3, 0), P(3, 1), P(1, 3), P(0, 3)}));
  // Collinear input vertices and a start that is not the lowest vertex.
  const std::vector<P> sq2{P(2, 1), P(2, 2), P(1, 2), P(0, 2), P(0, 1), P(0, 0), P(1, 0), P(2, 0)};
  EXPECT_EQ(cpkit::minkowski_sum(sq2, std::vector<P>{P(5, 5)}),
            (std::vector<P>{P(5, 5), P(7, 5), P(7, 7), P(5, 7)}));
}

TEST(MinkowskiSum, DegenerateInputs) {
  const std::vector<P> pt{P(3, -1)}, seg{P(4, 4), P(0, 0)}, par{P(1, 1), P(3, 3)},
      hseg{P(2, 0), P(0, 0)};
  EXPECT_EQ(cpkit::minkowski_sum(pt, pt), (std::vector<P>{P(6, -2)}));
  EXPECT_EQ(cpkit::minkowski_sum(pt, seg), (std::vector<P>{P(3, -1), P(7, 3)}));
  EXPECT_EQ(cpkit::minkowski_sum(seg, par), (std::vector<P>{P(1, 1), P(7, 7)}));  // parallel
  EXPECT_EQ(cpkit::minkowski_sum(hseg, hseg), (std::vector<P>{P(0, 0), P(4, 0)}));
  // Two crossing segments: a parallelogram.
  EXPECT_EQ(cpkit::minkowski_sum(seg, hseg), (std::vector<P>{P(0, 0), P(2, 0), P(6, 4), P(4, 4)}));
  // Repeated vertices: ignored.
  const std::vector<P> rep{P(0, 0), P(0, 0), P(1, 0), P(1, 0), P(0, 1)};
  EXPECT_EQ(cpkit::minkowski_sum(rep, pt), (std::vector<P>{P(3, -1), P(4, -1), P(3, 0)}));
  EXPECT_EQ(cpkit::minkowski_sum(std::vector<P>{P(1, 1), P(1, 1)}, pt), (std::vector<P>{P(4, 0)}));
}

TEST(MinkowskiSum, ExactAtTheLimit) {
  // Every input coordinate at exact_limit<int> / 2 = 2^29: sums reach 2^30.
  using PI = cpkit::point<int>;
  const int h = 1 << 29;
  const std::vector<PI> a{{-h, -h}, {h, -h}, {h, h}, {-h, h}},
      b{{-h, -h}, {h, -h + 1}, {-h + 1, h}};
  const auto s = cpkit::minkowski_sum(a, b);
  std::vector<P> al, bl, sl;
  for (PI p : a) al.push_back(P(p));
  for (PI p : b) bl.push_back(P(p));
  for (PI p : s) sl.push_back(P(p));
  EXPECT_EQ(sl, geo_oracle::minkowski_def(al, bl));
}

// A convex polygon ccw from grid points (the strict hull by definition), rotated to a random
// start, with random vertices repeated; a collinear set gives its two ends (a segment).
rc::Gen<std::vector<P>> convex_polygon(int r) {
  return rc::gen::exec([r] {
    auto h = geo_oracle::hull_def(*geo_oracle::grid_points(r, 12, 1), false);
    if (h.empty()) h.push_back(*geo_oracle::grid_point(r));
    std::rotate(h.begin(), h.begin() + *rc::gen::inRange<std::size_t>(0, h.size()), h.end());
    std::vector<P> out;
    for (P p : h) {
      out.push_back(p);
      if (*rc::gen::inRange(0, 5) == 0) out.push_back(p);
    }
    return out;
  });
}

// Oracle: the strict hull of all pairwise sums (minkowski_def), as the same vertex list (ccw from
// the lowest-then-leftmost corner); the floating path gives the same polygon on integer input.
RC_GTEST_PROP(Geometry2Prop, MinkowskiSumMatchesHullOfSums, ()) {
  const auto a = *convex_polygon(4);
  const auto b = *convex_polygon(4);
  const auto want = geo_oracle::minkowski_def(a, b);
  RC_ASSERT(cpkit::minkowski_sum(a, b) == want);
  RC_ASSERT(cpkit::minkowski_sum(b, a) == want);
  RC_ASSERT(cpkit::minkowski_sum(to_d(a), to_d(b)) == to_d(want));
  // With a polygon that also has its collinear boundary points (hull with keep_collinear).
  std::vector<P> both = a;
  both.insert(both.end(), b.begin(), b.end());
  auto kept = geo_oracle::hull_def(both, true);
  if (kept.size() >= 3 && geo_oracle::hull_def(both, false).size() >= 3)
    RC_ASSERT(cpkit::minkowski_sum(kept, a) == geo_oracle::minkowski_def(kept, a));
}

// ------------------------------------------------------------------ circle relation

int rel(P c1, ll r1, P c2, ll r2) { return cpkit::circle_relation(C(c1, r1), C(c2, r2)); }

TEST(CircleRelation, FiveCasesOnThreeFourFive) {
  // Centres (0,0) and (3,4): distance 5 exactly.
  EXPECT_EQ(rel(P(0, 0), 1, P(3, 4), 3), cpkit::circle_separate);
  EXPECT_EQ(rel(P(0, 0), 2, P(3, 4), 3), cpkit::circle_outer_tangent);
  EXPECT_EQ(rel(P(0, 0), 3, P(3, 4), 3), cpkit::circle_crossing);
  EXPECT_EQ(rel(P(0, 0), 8, P(3, 4), 3), cpkit::circle_inner_tangent);
  EXPECT_EQ(rel(P(0, 0), 9, P(3, 4), 3), cpkit::circle_inside);
  EXPECT_EQ(rel(P(3, 4), 3, P(0, 0), 8), cpkit::circle_inner_tangent);  // symmetric
  EXPECT_EQ(cpkit::circle_separate, 4);
  EXPECT_EQ(cpkit::circle_inside, 0);
}

TEST(CircleRelation, EqualCentresAndPointCircles) {
  EXPECT_EQ(rel(P(1, 1), 2, P(1, 1), 5), cpkit::circle_inside);         // concentric
  EXPECT_EQ(rel(P(1, 1), 5, P(1, 1), 5), cpkit::circle_inner_tangent);  // identical: documented 1
  EXPECT_EQ(rel(P(1, 1), 0, P(1, 1), 0), cpkit::circle_outer_tangent);  // one point twice
  EXPECT_EQ(rel(P(0, 0), 0, P(3, 4), 5), cpkit::circle_outer_tangent);  // a point on a circle: 3
  EXPECT_EQ(rel(P(0, 0), 0, P(3, 4), 6), cpkit::circle_inside);
  EXPECT_EQ(rel(P(0, 0), 0, P(3, 4), 4), cpkit::circle_separate);
  EXPECT_EQ(cpkit::circle_relation(CD(D(1, 1), 5), CD(D(1, 1), 5)), cpkit::circle_inner_tangent);
}

TEST(CircleRelation, ExactAtTheLimit) {
  // Pythagorean (3, 4, 5) * 2^27 with centres at +-2^30 and radii summing to the distance:
  // d^2 = 25 * 2^54 exactly; one unit more or less flips the answer.
  using PI = cpkit::point<int>;
  using CI = cpkit::circle<int>;
  const int k = 1 << 27, L = 1 << 30;
  const PI c1{-L, -L}, c2{-L + 3 * k, -L + 4 * k};
  EXPECT_EQ(cpkit::circle_relation(CI(c1, 2 * k), CI(c2, 3 * k)), cpkit::circle_outer_tangent);
  EXPECT_EQ(cpkit::circle_relation(CI(c1, 2 * k), CI(c2, 3 * k - 1)), cpkit::circle_separate);
  EXPECT_EQ(cpkit::circle_relation(CI(c1, 2 * k), CI(c2, 3 * k + 1)), cpkit::circle_crossing);
  EXPECT_EQ(cpkit::circle_relation(CI(c1, L), CI(c2, L - 5 * k)), cpkit::circle_inner_tangent);
  EXPECT_EQ(cpkit::circle_relation(CI(c1, L), CI(c2, L - 5 * k - 1)), cpkit::circle_inside);
  EXPECT_EQ(cpkit::circle_relation(CI(PI{-L, -L}, L), CI(PI{L, L}, L)), cpkit::circle_separate);
  // long long at 2^61: (2^61 - 1)^2 + ... only __int128 sees the one unit.
  const ll M = ll(1) << 60;
  EXPECT_EQ(rel(P(-M, 0), M, P(M, 0), M), cpkit::circle_outer_tangent);
  EXPECT_EQ(rel(P(-M, 0), M, P(M, 1), M), cpkit::circle_separate);
  EXPECT_EQ(rel(P(-M, 0), M, P(M, 0), M + 1), cpkit::circle_crossing);
}

TEST(CircleRelation, FloatingExactlyTangentDecimals) {
  // Centres 0.5 apart in decimals (0.3, 0.4, 0.5 scaled); radii sum or differ to 0.5.
  const D a(0.1, 0.2), b(0.4, 0.6);
  EXPECT_EQ(cpkit::circle_relation(CD(a, 0.2), CD(b, 0.3)), cpkit::circle_outer_tangent);
  EXPECT_EQ(cpkit::circle_relation(CD(a, 0.7), CD(b, 0.2)), cpkit::circle_inner_tangent);
  EXPECT_EQ(cpkit::circle_relation(CD(a, 0.2), CD(b, 0.29)), cpkit::circle_separate);
  EXPECT_EQ(cpkit::circle_relation(CD(a, 0.7), CD(b, 0.21)), cpkit::circle_crossing);
  EXPECT_EQ(
      cpkit::circle_relation(CD(D(-12.34, 56.78), 2.0), CD(D(-12.34 + 0.5, 56.78 + 1.2), 0.7)),
      cpkit::circle_inner_tangent);  // (5, 12, 13) / 10
}

// Oracle: circle_relation128 on circles from Pythagorean triples (a, b, c) * s: centres c apart
// exactly, radii summing or differing to c, then moved by -1, 0 or +1; the floating path agrees
// on the same integer values.
RC_GTEST_PROP(Geometry2Prop, CircleRelationPythagorean, ()) {
  static const int triples[][3] = {{3, 4, 5},   {5, 12, 13},  {8, 15, 17},
                                   {7, 24, 25}, {20, 21, 29}, {1, 0, 1}};
  const auto& t = triples[*rc::gen::inRange(0, 6)];
  const ll s = *rc::gen::inRange(1, 1000);
  const int sx = *rc::gen::element(-1, 1), sy = *rc::gen::element(-1, 1);
  const bool swap = *rc::gen::arbitrary<bool>();
  const ll ax = swap ? t[1] : t[0], ay = swap ? t[0] : t[1], d = t[2] * s;
  const P c1(*rc::gen::inRange(-1000, 1000), *rc::gen::inRange(-1000, 1000));
  const P c2(c1.x + sx * ax * s, c1.y + sy * ay * s);
  const ll r1 = *rc::gen::inRange<ll>(0, 3 * d);
  ll r2 = *rc::gen::element(d - r1, r1 - d, r1 + d) + *rc::gen::inRange(-1, 2);
  RC_PRE(r2 >= 0);
  const int want = geo_oracle::circle_relation128({c1.x, c1.y}, r1, {c2.x, c2.y}, r2);
  RC_ASSERT(rel(c1, r1, c2, r2) == want);
  RC_ASSERT(rel(c2, r2, c1, r1) == want);
  RC_ASSERT(cpkit::circle_relation(CD(D(c1), double(r1)), CD(D(c2), double(r2))) == want);
}

// Oracle: circle_relation128 on small grids (equal centres and zero radii included).
RC_GTEST_PROP(Geometry2Prop, CircleRelationGrid, ()) {
  const P c1 = *geo_oracle::grid_point(4), c2 = *geo_oracle::grid_point(4);
  const ll r1 = *rc::gen::inRange(0, 8), r2 = *rc::gen::inRange(0, 8);
  const int want = geo_oracle::circle_relation128({c1.x, c1.y}, r1, {c2.x, c2.y}, r2);
  RC_ASSERT(rel(c1, r1, c2, r2) == want);
  RC_ASSERT(cpkit::circle_relation(CD(D(c1), double(r1)), CD(D(c2), double(r2))) == want);
}
}  // namespace
