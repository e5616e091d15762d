// Tests for half_plane.hpp (issue 15, Geometry II): half-plane intersection.
// The oracle (below, written independently of the header): clip a big box one plane at a time
// (Sutherland-Hodgman on a closed convex polygon) with exact rationals over __int128. Without a
// box the oracle clips the box [-M, M]^2 with M = 10^6, far beyond every crossing point of two
// grid lines (|coord| <= 4 gives crossings within 4 + 8 * 128): the true intersection is
// unbounded iff it is non-empty and the clipped polygon reaches the box. Its kind: no vertex
// empty; one distinct vertex point; all on a line segment; else polygon (corners only).
// Edge cases first (each degenerate case named in the issue), then a large case with a known
// answer (the edges of a convex hull among redundant lines), the exact range (2^30), then
// rapidcheck properties on small grids with parallel, duplicate, opposite and concurrent planes
// forced, for int, long long, short and the floating path (double) against the exact oracle.
#include "cpkit/geometry/half_plane.hpp"
#include "cpkit/geometry/convex_hull.hpp"
#include "cpkit/geometry/polygon.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "support/geometry_oracles.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace {

using geo_oracle::ll;
using geo_oracle::P;
using K = cpkit::half_plane_kind;
__extension__ typedef __int128 i128;

// ------------------------------------------------------------------ exact rational oracle

i128 gcd128(i128 a, i128 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    const i128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

struct Q {
  i128 n = 0, d = 1;
  Q() = default;
  Q(i128 n_, i128 d_ = 1) : n(n_), d(d_) {
    if (d < 0) n = -n, d = -d;
    const i128 g = gcd128(n, d);
    if (g > 1) n /= g, d /= g;
  }
  Q operator+(const Q& o) const { return Q(n * o.d + o.n * d, d * o.d); }
  Q operator-(const Q& o) const { return Q(n * o.d - o.n * d, d * o.d); }
  Q operator*(const Q& o) const { return Q(n * o.n, d * o.d); }
  Q operator/(const Q& o) const { return Q(n * o.d, d * o.n); }
  bool operator==(const Q& o) const { return n == o.n && d == o.d; }
  bool operator<(const Q& o) const { return n * o.d < o.n * d; }
  int sgn() const { return (n > 0) - (n < 0); }
  double to_double() const { return static_cast<double>(n) / static_cast<double>(d); }
};

struct QP {
  Q x, y;
  bool operator==(const QP& o) const { return x == o.x && y == o.y; }
};

struct plane {
  P a, b;
};

// Side of q for the closed half-plane left of a -> b.
int side(const plane& h, const QP& q) {
  const Q dx(h.b.x - h.a.x), dy(h.b.y - h.a.y);
  return (dx * (q.y - Q(h.a.y)) - dy * (q.x - Q(h.a.x))).sgn();
}

int orient_q(const QP& o, const QP& a, const QP& b) {
  return ((a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)).sgn();
}

struct oracle_result {
  K kind = K::empty;
  std::vector<QP> v;  // point: 1; segment: 2 (ends); polygon: corners ccw
};

// Clip the box [lo, hi] by every plane; unbounded_box: the box is the stand-in for the plane.
oracle_result oracle(const std::vector<plane>& planes, P lo, P hi, bool unbounded_box) {
  std::vector<QP> poly{
      {Q(lo.x), Q(lo.y)}, {Q(hi.x), Q(lo.y)}, {Q(hi.x), Q(hi.y)}, {Q(lo.x), Q(hi.y)}};
  for (const plane& h : planes) {
    if (h.a == h.b) continue;
    std::vector<QP> next;
    for (std::size_t i = 0; i < poly.size(); ++i) {
      const QP& c = poly[i];
      const QP& n = poly[(i + 1) % poly.size()];
      const int sc = side(h, c), sn = side(h, n);
      if (sc >= 0) next.push_back(c);
      if (sc * sn < 0) {
        // c + (n - c) t with side 0: t = s(c) / (s(c) - s(n)), s the signed cross value.
        const Q dx(h.b.x - h.a.x), dy(h.b.y - h.a.y);
        const Q vc = dx * (c.y - Q(h.a.y)) - dy * (c.x - Q(h.a.x));
        const Q vn = dx * (n.y - Q(h.a.y)) - dy * (n.x - Q(h.a.x));
        const Q t = vc / (vc - vn);
        next.push_back({c.x + (n.x - c.x) * t, c.y + (n.y - c.y) * t});
      }
    }
    poly = next;
    if (poly.empty()) break;
  }
  // Distinct vertices in cyclic order (consecutive repeats removed).
  std::vector<QP> d;
  for (const QP& q : poly)
    if (d.empty() || !(d.back() == q)) d.push_back(q);
  while (d.size() > 1 && d.front() == d.back()) d.pop_back();
  oracle_result r;
  if (d.empty()) return r;
  if (unbounded_box)
    for (const QP& q : d)
      if (q.x == Q(lo.x) || q.x == Q(hi.x) || q.y == Q(lo.y) || q.y == Q(hi.y)) {
        r.kind = K::unbounded;
        return r;
      }
  if (d.size() == 1) {
    r.kind = K::point;
    r.v = d;
    return r;
  }
  bool line = true;
  for (const QP& q : d) line = line && orient_q(d[0], d[1], q) == 0;
  if (line) {
    auto lexless = [](const QP& a, const QP& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); };
    r.kind = K::segment;
    r.v = {*std::min_element(d.begin(), d.end(), lexless),
           *std::max_element(d.begin(), d.end(), lexless)};
    return r;
  }
  // Drop vertices in the middle of an edge (collinear neighbours), until none is left.
  bool changed = true;
  while (changed) {
    changed = false;
    for (std::size_t i = 0; i < d.size() && d.size() > 3; ++i) {
      const QP& p = d[(i + d.size() - 1) % d.size()];
      const QP& n = d[(i + 1) % d.size()];
      if (orient_q(p, d[i], n) == 0) {
        d.erase(d.begin() + static_cast<std::ptrdiff_t>(i));
        changed = true;
        break;
      }
    }
  }
  r.kind = K::polygon;
  r.v = d;
  return r;
}

constexpr ll kM = 1000000;

oracle_result oracle_plane(const std::vector<plane>& planes) {
  return oracle(planes, P(-kM, -kM), P(kM, kM), true);
}

// ------------------------------------------------------------------ comparing a result

const char* kind_name(K k) {
  switch (k) {
    case K::empty:
      return "empty";
    case K::point:
      return "point";
    case K::segment:
      return "segment";
    case K::polygon:
      return "polygon";
    case K::unbounded:
      return "unbounded";
  }
  return "?";
}

template <class R>
bool close(const cpkit::point<R>& p, const QP& q, double tol) {
  return std::fabs(static_cast<double>(p.x) - q.x.to_double()) <= tol &&
         std::fabs(static_cast<double>(p.y) - q.y.to_double()) <= tol;
}

// The kind equal; the vertices equal within tol: the point; the two ends in either order; the
// corners as the same cyclic sequence; the area within tol.
template <class R>
std::string mismatch(const cpkit::half_plane_region<R>& got, const oracle_result& want,
                     double tol = 1e-6) {
  if (got.kind != want.kind)
    return std::string("kind ") + kind_name(got.kind) + ", oracle " + kind_name(want.kind);
  const auto& v = got.vertices;
  switch (want.kind) {
    case K::empty:
    case K::unbounded:
      return v.empty() ? "" : "vertices given";
    case K::point:
      return v.size() == 1 && close(v[0], want.v[0], tol) ? "" : "wrong point";
    case K::segment:
      if (v.size() != 2) return "segment with " + std::to_string(v.size()) + " vertices";
      return (close(v[0], want.v[0], tol) && close(v[1], want.v[1], tol)) ||
                     (close(v[1], want.v[0], tol) && close(v[0], want.v[1], tol))
                 ? ""
                 : "wrong segment ends";
    case K::polygon: {
      const std::size_t n = want.v.size();
      if (v.size() != n)
        return "polygon with " + std::to_string(v.size()) + " corners, oracle " + std::to_string(n);
      for (std::size_t s = 0; s < n; ++s) {
        bool ok = true;
        for (std::size_t i = 0; i < n && ok; ++i) ok = close(v[(i + s) % n], want.v[i], tol);
        if (ok) {
          Q a2;
          for (std::size_t i = 0; i < n; ++i) {
            const QP& p = want.v[i];
            const QP& q = want.v[(i + 1) % n];
            a2 = a2 + p.x * q.y - p.y * q.x;
          }
          const double area = cpkit::area(v);
          if (std::fabs(area - a2.to_double() / 2) > tol * (1 + std::fabs(area)))
            return "area " + std::to_string(area);
          return "";
        }
      }
      return "corners differ";
    }
  }
  return "?";
}

template <class T>
std::vector<cpkit::half_plane<T>> to_planes(const std::vector<plane>& v) {
  std::vector<cpkit::half_plane<T>> r;
  for (const plane& h : v)
    r.push_back({cpkit::point<T>(static_cast<T>(h.a.x), static_cast<T>(h.a.y)),
                 cpkit::point<T>(static_cast<T>(h.b.x), static_cast<T>(h.b.y))});
  return r;
}

template <class T>
std::string check_plane(const std::vector<plane>& v) {
  return mismatch(cpkit::half_plane_intersection(to_planes<T>(v)), oracle_plane(v));
}

template <class T>
std::string check_box(const std::vector<plane>& v, P lo, P hi) {
  const cpkit::point<T> l(static_cast<T>(lo.x), static_cast<T>(lo.y)),
      h(static_cast<T>(hi.x), static_cast<T>(hi.y));
  return mismatch(cpkit::half_plane_intersection(to_planes<T>(v), l, h), oracle(v, lo, hi, false));
}

std::string check_all(const std::vector<plane>& v) {
  std::string s = check_plane<ll>(v);
  if (s.empty()) s = check_plane<int>(v);
  if (s.empty()) s = check_plane<short>(v);
  if (s.empty()) s = check_plane<double>(v);
  return s;
}

// ------------------------------------------------------------------ edge cases

TEST(HalfPlane, NoPlanesIsThePlaneOrTheBox) {
  const std::vector<cpkit::half_plane<ll>> none;
  EXPECT_EQ(cpkit::half_plane_intersection(none).kind, K::unbounded);
  const auto r =
      cpkit::half_plane_intersection(none, cpkit::point<ll>(0, 0), cpkit::point<ll>(3, 2));
  EXPECT_EQ(r.kind, K::polygon);
  EXPECT_EQ(r.vertices.size(), 4u);
  EXPECT_DOUBLE_EQ(cpkit::area(r.vertices), 6.0);
  EXPECT_EQ(check_box<ll>({}, P(0, 0), P(3, 2)), "");
  // a == b keeps every point: ignored.
  EXPECT_EQ(check_all({{P(1, 1), P(1, 1)}}), "");
  EXPECT_EQ(
      cpkit::half_plane_intersection(std::vector<cpkit::half_plane<int>>{{{1, 1}, {1, 1}}}).kind,
      K::unbounded);
}

TEST(HalfPlane, OneAndTwoPlanesAreUnbounded) {
  EXPECT_EQ(check_all({{P(0, 0), P(1, 0)}}), "");
  EXPECT_EQ(check_all({{P(0, 0), P(1, 0)}, {P(0, 0), P(0, 1)}}), "");  // a wedge
  EXPECT_EQ(check_all({{P(0, 0), P(1, 0)}, {P(0, 1), P(1, 1)}}), "");  // parallel, same way
}

TEST(HalfPlane, OppositePlanes) {
  // y >= 0 and y <= 2: a strip (unbounded); y >= 0 and y <= -1: a gap, empty; y >= 0 and
  // y <= 0: a line (zero-area strip), unbounded; with a box: a segment.
  const plane up{P(0, 0), P(1, 0)};
  EXPECT_EQ(check_all({up, {P(1, 2), P(0, 2)}}), "");
  EXPECT_EQ(cpkit::half_plane_intersection(to_planes<ll>({up, {P(1, 2), P(0, 2)}})).kind,
            K::unbounded);
  EXPECT_EQ(check_all({up, {P(1, -1), P(0, -1)}}), "");
  EXPECT_EQ(cpkit::half_plane_intersection(to_planes<ll>({up, {P(1, -1), P(0, -1)}})).kind,
            K::empty);
  EXPECT_EQ(check_all({up, {P(1, 0), P(0, 0)}}), "");
  const auto seg = cpkit::half_plane_intersection(to_planes<ll>({up, {P(5, 0), P(-3, 0)}}),
                                                  cpkit::point<ll>(-2, -2), cpkit::point<ll>(4, 3));
  EXPECT_EQ(seg.kind, K::segment);
  EXPECT_EQ(check_box<ll>({up, {P(5, 0), P(-3, 0)}}, P(-2, -2), P(4, 3)), "");
  // The gap between opposite planes among others that close the region: still empty.
  EXPECT_EQ(check_all({up, {P(1, -1), P(0, -1)}, {P(3, 0), P(3, 1)}, {P(-3, 1), P(-3, 0)}}), "");
  EXPECT_EQ(
      cpkit::half_plane_intersection(
          to_planes<int>({up, {P(1, -1), P(0, -1)}, {P(3, 0), P(3, 1)}, {P(-3, 1), P(-3, 0)}}))
          .kind,
      K::empty);
  // A zero-area strip closed on both sides: a segment from (-3, 0) to (3, 0).
  const std::vector<plane> strip{up, {P(1, 0), P(0, 0)}, {P(3, 0), P(3, 1)}, {P(-3, 1), P(-3, 0)}};
  EXPECT_EQ(check_all(strip), "");
  const auto s = cpkit::half_plane_intersection(to_planes<int>(strip));
  EXPECT_EQ(s.kind, K::segment);
  ASSERT_EQ(s.vertices.size(), 2u);
  EXPECT_DOUBLE_EQ(std::fabs(s.vertices[0].x - s.vertices[1].x), 6.0);
}

TEST(HalfPlane, ConcurrentPlanesGiveAPoint) {
  // Every line through (1, 2), directions all around: only (1, 2) is left.
  std::vector<plane> v;
  for (P d : {P(1, 0), P(1, 3), P(-2, 1), P(-1, -1), P(0, -1), P(2, -1)})
    v.push_back({P(1, 2), P(1 + d.x, 2 + d.y)});
  EXPECT_EQ(check_all(v), "");
  const auto r = cpkit::half_plane_intersection(to_planes<int>(v));
  ASSERT_EQ(r.kind, K::point);
  EXPECT_EQ(r.vertices[0], cpkit::point<double>(1, 2));
  // Three of them (directions 0, 135 and 270 degrees): still the point; the first moved one
  // unit outwards: the triangle (1, 1) (2, 1) (1, 2); inwards: empty.
  const std::vector<plane> three{{P(1, 2), P(2, 2)}, {P(1, 2), P(0, 3)}, {P(1, 2), P(1, 1)}};
  std::vector<plane> out = three, in = three;
  out[0] = {P(1, 1), P(2, 1)};
  in[0] = {P(1, 3), P(2, 3)};
  EXPECT_EQ(check_all(three), "");
  EXPECT_EQ(cpkit::half_plane_intersection(to_planes<int>(three)).kind, K::point);
  EXPECT_EQ(check_all(out), "");
  const auto t = cpkit::half_plane_intersection(to_planes<int>(out));
  EXPECT_EQ(t.kind, K::polygon);
  EXPECT_DOUBLE_EQ(cpkit::area(t.vertices), 0.5);
  EXPECT_EQ(check_all(in), "");
  EXPECT_EQ(cpkit::half_plane_intersection(to_planes<int>(in)).kind, K::empty);
}

TEST(HalfPlane, DuplicatesAndParallelPlanes) {
  // A square, every side given three times (twice the same, once farther out).
  std::vector<plane> v;
  const P c[4] = {P(0, 0), P(4, 0), P(4, 4), P(0, 4)};
  for (int i = 0; i < 4; ++i) {
    const P a = c[i], b = c[(i + 1) % 4];
    const P out(i == 0   ? 0
                : i == 1 ? 1
                : i == 2 ? 0
                         : -1,
                i == 0   ? -1
                : i == 1 ? 0
                : i == 2 ? 1
                         : 0);
    v.push_back({a, b});
    v.push_back({b + (b - a), b + (b - a) + (b - a)});  // the same line, other points
    v.push_back({a + out, b + out});
  }
  std::shuffle(v.begin(), v.end(), std::mt19937(7));
  EXPECT_EQ(check_all(v), "");
  const auto r = cpkit::half_plane_intersection(to_planes<int>(v));
  EXPECT_EQ(r.kind, K::polygon);
  EXPECT_EQ(r.vertices.size(), 4u);
  EXPECT_DOUBLE_EQ(cpkit::area(r.vertices), 16.0);
}

TEST(HalfPlane, BoxOfZeroWidthAndPointBox) {
  EXPECT_EQ(check_box<ll>({}, P(2, -1), P(2, 3)), "");  // a vertical segment
  EXPECT_EQ(cpkit::half_plane_intersection(std::vector<cpkit::half_plane<ll>>{},
                                           cpkit::point<ll>(2, -1), cpkit::point<ll>(2, 3))
                .kind,
            K::segment);
  EXPECT_EQ(check_box<int>({}, P(-1, 5), P(3, 5)), "");   // horizontal
  EXPECT_EQ(check_box<int>({}, P(-1, 0), P(-1, 0)), "");  // a point
  EXPECT_EQ(check_box<double>({{P(0, 0), P(1, 1)}}, P(-2, -2), P(2, 2)), "");
  EXPECT_EQ(check_box<ll>({{P(0, 0), P(1, 1)}}, P(0, 0), P(0, 0)), "");  // the point is on it
  EXPECT_EQ(check_box<ll>({{P(1, 0), P(2, 1)}}, P(0, 0), P(0, 0)), "");  // left of it
  EXPECT_EQ(check_box<ll>({{P(0, 1), P(1, 2)}}, P(0, 0), P(0, 0)), "");  // right of it: empty
  // short at the ends of its range: the zero-length sides step towards 0.
  using S = short;
  const cpkit::point<S> lo(32767, -32768), hi(32767, 32767);
  const auto r = cpkit::half_plane_intersection(std::vector<cpkit::half_plane<S>>{}, lo, hi);
  EXPECT_EQ(r.kind, K::segment);
}

TEST(HalfPlane, ThreeLinesThroughAPointInAHalfTurn) {
  // Directions within a half-turn (gap > pi): unbounded whatever the lines; and the same three
  // lines with one reversed, directions all around: the point or a wedge's apex.
  const std::vector<plane> v{{P(0, 0), P(1, 1)}, {P(0, 0), P(-1, 1)}, {P(0, 0), P(0, -1)}};
  EXPECT_EQ(check_all(v), "");
  const std::vector<plane> w{{P(0, 0), P(-1, -1)}, {P(0, 0), P(-1, 1)}, {P(0, 0), P(0, -1)}};
  EXPECT_EQ(check_all(w), "");
  const std::vector<plane> x{{P(0, 0), P(1, 1)}, {P(0, 0), P(-1, 1)}, {P(0, 1), P(0, -1)}};
  EXPECT_EQ(check_all(x), "");
}

// ------------------------------------------------------------------ a large case, known answer

TEST(HalfPlane, HullEdgesAmongRedundantLines) {
  // The strict hull of random points; its edges plus many lines that miss it (tangent to a
  // bigger circle, all directions), shuffled: the result is the hull, vertices exact integers.
  std::mt19937_64 g(11);
  std::uniform_int_distribution<ll> d(-1000000, 1000000);
  std::vector<cpkit::point<ll>> pts(20000);
  for (auto& p : pts) p = {d(g), d(g)};
  const auto hull = cpkit::convex_hull(pts);
  std::vector<cpkit::half_plane<ll>> planes;
  for (std::size_t i = 0; i < hull.size(); ++i)
    planes.push_back({hull[i], hull[(i + 1) % hull.size()]});
  std::uniform_real_distribution<double> ang(0, 2 * 3.14159265358979323846);
  for (int i = 0; i < 50000; ++i) {
    const double t = ang(g);
    const double r = 3000000;  // the hull lies within radius 1.5e6
    const ll cx = std::llround(r * std::cos(t)), cy = std::llround(r * std::sin(t));
    const ll tx = std::llround(-1000 * std::sin(t)), ty = std::llround(1000 * std::cos(t));
    planes.push_back({{cx, cy}, {cx + tx, cy + ty}});
  }
  std::shuffle(planes.begin(), planes.end(), g);
  const auto r = cpkit::half_plane_intersection(planes);
  ASSERT_EQ(r.kind, K::polygon);
  ASSERT_EQ(r.vertices.size(), hull.size());
  std::vector<cpkit::point<double>> want;
  for (const auto& p : hull) want.push_back(cpkit::point<double>(p));
  const auto it = std::find(r.vertices.begin(), r.vertices.end(), want[0]);
  ASSERT_NE(it, r.vertices.end());
  std::vector<cpkit::point<double>> got(it, r.vertices.end());
  got.insert(got.end(), r.vertices.begin(), it);
  EXPECT_EQ(got, want);
  // The same with a box around it, and the double path.
  EXPECT_EQ(
      cpkit::half_plane_intersection(planes, {-kM * 4, -kM * 4}, {kM * 4, kM * 4}).vertices.size(),
      hull.size());
  std::vector<cpkit::half_plane<double>> pd;
  for (const auto& h : planes) pd.push_back({cpkit::point<double>(h.a), cpkit::point<double>(h.b)});
  const auto rd = cpkit::half_plane_intersection(pd);
  EXPECT_EQ(rd.kind, K::polygon);
  EXPECT_EQ(rd.vertices.size(), hull.size());
}

// ------------------------------------------------------------------ the exact range

TEST(HalfPlane, ExactAtTwoToTheThirty) {
  // Three lines through the origin at |coord| = 2^30 (a == -b): directions about 45, 135 and
  // 270 degrees, every gap < pi: the intersection is exactly the origin. Moving the third line
  // by one unit decides empty / triangle; the determinants reach 2^126.
  const int L = 1 << 30;
  for (int variant = 0; variant < 3; ++variant) {
    const int shift = variant == 0 ? 0 : variant == 1 ? 1 : -1;
    const std::vector<cpkit::half_plane<int>> v{{{-L, -(L - 1)}, {L, L - 1}},
                                                {{L, -(L - 3)}, {-L, L - 3}},
                                                {{-1 + shift, L}, {1 + shift, -L}}};
    const auto r = cpkit::half_plane_intersection(v);
    // The third keeps the side x >= (about) shift; shift 1 cuts the origin off: empty.
    const K want = shift == 0 ? K::point : shift == 1 ? K::empty : K::polygon;
    EXPECT_EQ(r.kind, want) << "shift " << shift;
    if (shift == 0) {
      EXPECT_EQ(r.vertices[0], cpkit::point<double>(0, 0));
    }
    std::vector<cpkit::half_plane<ll>> w;
    for (const auto& h : v) w.push_back({cpkit::point<ll>(h.a), cpkit::point<ll>(h.b)});
    EXPECT_EQ(cpkit::half_plane_intersection(w).kind, want);
    // Inside a box at the limit too.
    EXPECT_EQ(cpkit::half_plane_intersection(v, {-L, -L}, {L, L}).kind, want);
  }
  // Two nearly parallel lines through the origin, directions (L, L - 1) and (L - 1, L - 2)
  // (cross product -1): above the first and below the second is a wedge of angle ~2^-60
  // opening to the left, closed by x >= c. c = -L: a triangle with corners (0, 0), (-L, -(L-1))
  // and (-L, -L (L-2) / (L-1)), width 1 / (L-1) at x = -L; c = 0: the origin; c = 1: empty.
  for (const ll c : {-ll(L), 0LL, 1LL}) {
    const std::vector<cpkit::half_plane<ll>> thin{
        {{0, 0}, {L, L - 1}}, {{L - 1, L - 2}, {0, 0}}, {{c, L}, {c, -L}}};
    const auto r = cpkit::half_plane_intersection(thin);
    const K want = c < 0 ? K::polygon : c == 0 ? K::point : K::empty;
    ASSERT_EQ(r.kind, want) << "c " << c;
    if (c < 0) {  // (the area, ~0.5 at 2^30, is below double's resolution of these corners)
      ASSERT_EQ(r.vertices.size(), 3u);
      const double l = L;
      for (const cpkit::point<double> q :
           {cpkit::point<double>(0, 0), cpkit::point<double>(-l, -(l - 1)),
            cpkit::point<double>(-l, -l * (l - 2) / (l - 1))})
        EXPECT_TRUE(
            std::any_of(r.vertices.begin(), r.vertices.end(), [&](const cpkit::point<double>& p) {
              return std::fabs(p.x - q.x) <= 1e-3 && std::fabs(p.y - q.y) <= 1e-3;
            }));
    }
    std::vector<cpkit::half_plane<int>> ti;
    for (const auto& h : thin)
      ti.push_back(
          {cpkit::point<int>(int(h.a.x), int(h.a.y)), cpkit::point<int>(int(h.b.x), int(h.b.y))});
    EXPECT_EQ(cpkit::half_plane_intersection(ti).kind, want);
  }
}

// ------------------------------------------------------------------ properties on small grids

// Planes on the grid [-r, r]^2, with degeneracies forced: copies, reversed copies (zero-area
// strips), parallel shifts, planes through a shared point, a == b.
rc::Gen<std::vector<plane>> grid_planes(int r, int max_n) {
  return rc::gen::exec([r, max_n] {
    const int n = *rc::gen::resize(100, rc::gen::inRange(0, max_n + 1));
    const P centre = *geo_oracle::grid_point(r);
    std::vector<plane> v;
    for (int i = 0; i < n; ++i) {
      const int mode = v.empty() ? 0 : *rc::gen::inRange(0, 6);
      plane h;
      if (mode == 1) {
        h = v[*rc::gen::inRange<std::size_t>(0, v.size())];
      } else if (mode == 2) {
        const plane& o = v[*rc::gen::inRange<std::size_t>(0, v.size())];
        h = {o.b, o.a};
      } else if (mode == 3) {
        const plane& o = v[*rc::gen::inRange<std::size_t>(0, v.size())];
        const P s(*rc::gen::inRange(-1, 2), *rc::gen::inRange(-1, 2));
        h = {o.a + s, o.b + s};
      } else if (mode == 4) {
        h = {centre, *geo_oracle::grid_point(r)};
        if (*rc::gen::arbitrary<bool>()) std::swap(h.a, h.b);
      } else {
        h = {*geo_oracle::grid_point(r), *geo_oracle::grid_point(r)};
      }
      v.push_back(h);
    }
    return v;
  });
}

std::string show(const std::vector<plane>& v) {
  std::string s;
  for (const plane& h : v)
    s += "{P(" + std::to_string(h.a.x) + "," + std::to_string(h.a.y) + "),P(" +
         std::to_string(h.b.x) + "," + std::to_string(h.b.y) + ")},";
  return s;
}

RC_GTEST_PROP(HalfPlaneProp, MatchesExactClippingWithoutBox, ()) {
  const auto v = *grid_planes(3, 8);
  RC_TAG(kind_name(oracle_plane(v).kind));
  const std::string s = check_all(v);
  if (!s.empty()) RC_FAIL(s + " for " + show(v));
}

RC_GTEST_PROP(HalfPlaneProp, MatchesExactClippingInABox, ()) {
  const auto v = *grid_planes(3, 7);
  const P lo(*rc::gen::inRange(-4, 1), *rc::gen::inRange(-4, 1));
  const P hi(lo.x + *rc::gen::inRange(0, 6), lo.y + *rc::gen::inRange(0, 6));
  RC_TAG(kind_name(oracle(v, lo, hi, false).kind));
  std::string s = check_box<ll>(v, lo, hi);
  if (s.empty()) s = check_box<int>(v, lo, hi);
  if (s.empty()) s = check_box<double>(v, lo, hi);
  if (!s.empty())
    RC_FAIL(s + " for " + show(v) + " box " + std::to_string(lo.x) + " " + std::to_string(lo.y) +
            " " + std::to_string(hi.x) + " " + std::to_string(hi.y));
}

RC_GTEST_PROP(HalfPlaneProp, ManyPlanesThroughFewPoints, ()) {
  // Many planes, all through one of two points: concurrency and duplicates everywhere.
  const P c1 = *geo_oracle::grid_point(2), c2 = *geo_oracle::grid_point(2);
  const int n = *rc::gen::resize(100, rc::gen::inRange(3, 16));
  std::vector<plane> v;
  for (int i = 0; i < n; ++i) {
    const P c = *rc::gen::arbitrary<bool>() ? c1 : c2;
    const P d = *geo_oracle::grid_point(2);
    v.push_back({c, c + d});
  }
  RC_TAG(kind_name(oracle_plane(v).kind));
  const std::string s = check_all(v);
  if (!s.empty()) RC_FAIL(s + " for " + show(v));
}

RC_GTEST_PROP(HalfPlaneProp, ScaledCopyKeepsTheKind, ()) {
  // The same planes scaled by 2^27 (grid coordinates 3 -> 3 * 2^27 < 2^30): every decision is
  // a sign of a homogeneous polynomial, so the kind must not change, and the vertices scale.
  const auto v = *grid_planes(3, 8);
  const ll k = 1LL << 27;
  std::vector<plane> w;
  for (const plane& h : v) w.push_back({P(h.a.x * k, h.a.y * k), P(h.b.x * k, h.b.y * k)});
  const auto a = cpkit::half_plane_intersection(to_planes<int>(v));
  const auto b = cpkit::half_plane_intersection(to_planes<int>(w));
  RC_ASSERT(a.kind == b.kind);
  RC_ASSERT(a.vertices.size() == b.vertices.size());
  for (std::size_t i = 0; i < a.vertices.size(); ++i) {
    RC_ASSERT(std::fabs(a.vertices[i].x * double(k) - b.vertices[i].x) <= 1e-6 * double(k));
    RC_ASSERT(std::fabs(a.vertices[i].y * double(k) - b.vertices[i].y) <= 1e-6 * double(k));
  }
}

}  // namespace
