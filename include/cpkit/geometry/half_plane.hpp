// Half-plane intersection by the sorted-angle deque algorithm.
// half_plane<T>{a, b}: the closed half-plane LEFT of the directed line a -> b
//   (cross(b - a, p - a) >= 0). a == b keeps every point (cross 0 >= 0) and is ignored.
// half_plane_intersection(planes) -> half_plane_region<T>, O(n log n): the kind of the
//   intersection and its vertices (point<real_t<T>>):
//     empty      no vertex;
//     point      1 vertex;
//     segment    2 vertices, its two ends;
//     polygon    >= 3 corners counter-clockwise (any start), positive area, no vertex repeated
//                nor in the middle of an edge;
//     unbounded  no vertex: the intersection is non-empty and unbounded (a half-plane, strip,
//                line, ray, wedge, ...; n = 0 is the whole plane). Pass a box to clip it.
// half_plane_intersection(planes, lo, hi): the same, intersected with the closed box
//   [lo.x, hi.x] x [lo.y, hi.y] (four more half-planes), so never unbounded. Needs lo <= hi in
//   both coordinates; a box of zero width or height is allowed (the box is then a segment).
// Area: cpkit::area(region.vertices) (polygon.hpp); 0 for a point or a segment.
// Method: every direction keeps its innermost plane (sorted by the exact argument order of
//   argument_sort.hpp; integers: 64-bit cross products on precomputed half-turn classes); the
//   cyclic gaps between consecutive directions decide boundedness first: a gap > pi: non-empty
//   and unbounded; a gap of exactly pi (two opposite planes with nothing turning between them
//   on one side): empty iff those two leave no strip, else unbounded; all gaps < pi: bounded,
//   possibly empty, and the deque algorithm decides (docs/geometry2.md).
// Exactness: integer coordinates are decided exactly, every decision being the sign of
//   cross(d_c, X - a_c) * den, X = a_i + d_i num / den the crossing point of lines i and j,
//   = cross(d_c, a_i - a_c) den + cross(d_c, d_i) num: four factors of at most 2 (2L)^2 = 8 L^2
//   for |coord| <= L; the two products are compared (never added) in __int128, each at most
//   2^126 when L <= 2^30 (a double filter with a proven error bound answers the clear cases
//   first; ties and near-ties take the exact path). So integers need |coord| <=
//   half_plane_limit<T> = 2^30 (int, long long; the whole range of short and signed char; 2^14
//   without __int128). The kind (empty / point /
//   segment / polygon / unbounded) is then exact; the vertices are line_cross_point's (exact
//   numerators, one rounding each). Floating coordinates decide with sign() (within
//   geometry_eps, on cross products: length^2 units) at crossing points computed in floating
//   point, and group directions with same_direction().
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   integer coordinates within half_plane_limit<T>  -> silently wrong kinds (overflow);
//   box: lo.x <= hi.x and lo.y <= hi.y               -> an inverted box is empty;
//   n < 2^32 planes                                  -> a wrong order (32-bit indices).
// Verified by: problems/half-plane-intersection; tests/half_plane_test.cpp;
//   bench/geometry/half_plane.cpp
#pragma once

#include "cpkit/geometry/argument_sort.hpp"
#include "cpkit/geometry/point.hpp"
#include "cpkit/geometry/segment.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace cpkit {

template <class T>
struct half_plane {
  point<T> a, b;  // keep the closed left side of the directed line a -> b
};

enum class half_plane_kind : int { empty = 0, point = 1, segment = 2, polygon = 3, unbounded = 4 };

template <class T>
struct half_plane_region {
  half_plane_kind kind = half_plane_kind::empty;
  std::vector<point<real_t<T>>> vertices;
};

// |coord| <= half_plane_limit<T> keeps every integer decision exact (top comment).
template <class T>
inline constexpr long long half_plane_limit = std::is_floating_point<T>::value     ? exact_limit<T>
                                              : sizeof(T) < 4                      ? exact_limit<T>
                                              : sizeof(detail::geometry_i128) == 8 ? (1LL << 14)
                                                                                   : (1LL << 30);

namespace detail {

template <class T>
bool half_plane_in_range(const point<T>& p) {
  if constexpr (std::is_floating_point<T>::value || sizeof(T) < 4) {
    (void)p;
    return true;
  } else {
    constexpr long long lim = half_plane_limit<T>;
    return p.x >= -lim && p.x <= lim && p.y >= -lim && p.y <= lim;
  }
}

// A plane with its direction b - a (geometry_diff_t: long long for integers, exact).
template <class T>
struct hp_line {
  point<T> a, b;
  point<geometry_diff_t<T>> d;
};

// Side of the crossing point X of lines i and j (not parallel) with respect to line c:
// +1 strictly inside (left), 0 on the line, -1 strictly outside.
template <class T>
int hp_side(const hp_line<T>& c, const hp_line<T>& i, const hp_line<T>& j) {
  if constexpr (std::is_floating_point<T>::value) {
    const point<T> x = line_cross_point(i.a, i.b, j.a, j.b);
    return sign(cross(c.d, point<T>(x.x - c.a.x, x.y - c.a.y)));
  } else {
    // A floating filter first. Every input of the four cross products is an integer of at most
    // 2^31, exact in double; with u = 2^-53 and X+ the sum of the absolute values of the two
    // products of cross product X, |fl(X) - X| <= 2u X+, so fl(den) has the sign of den when
    // |fl(den)| > 8u D+, and the error of fl(V), V = p den + q num, is at most about
    // 6u (P+ D+ + Q+ N+): its sign is V's when |fl(V)| > 16u (P+ D+ + Q+ N+). Otherwise (ties,
    // near-ties: every degenerate case) the exact path below decides.
    {
      const double cx = static_cast<double>(c.d.x), cy = static_cast<double>(c.d.y);
      const double ix = static_cast<double>(i.d.x), iy = static_cast<double>(i.d.y);
      const double jx = static_cast<double>(j.d.x), jy = static_cast<double>(j.d.y);
      const double vx = static_cast<double>(i.a.x) - static_cast<double>(c.a.x);
      const double vy = static_cast<double>(i.a.y) - static_cast<double>(c.a.y);
      const double wx = static_cast<double>(j.a.x) - static_cast<double>(i.a.x);
      const double wy = static_cast<double>(j.a.y) - static_cast<double>(i.a.y);
      const double d1 = ix * jy, d2 = iy * jx, n1 = wx * jy, n2 = wy * jx;
      const double p1 = cx * vy, p2 = cy * vx, q1 = cx * iy, q2 = cy * ix;
      const double den = d1 - d2, dplus = std::fabs(d1) + std::fabs(d2);
      const double val = (p1 - p2) * den + (q1 - q2) * (n1 - n2);
      const double bound = ((std::fabs(p1) + std::fabs(p2)) * dplus +
                            (std::fabs(q1) + std::fabs(q2)) * (std::fabs(n1) + std::fabs(n2))) *
                           0x1p-49;
      if (std::fabs(den) > dplus * 0x1p-50 && std::fabs(val) > bound)
        return (val > 0) == (den > 0) ? 1 : -1;
    }
    using S = geometry_sum_t<T>;
    const geometry_vec<T> dc{c.d.x, c.d.y}, di{i.d.x, i.d.y}, dj{j.d.x, j.d.y};
    const S den = cross_value(di, dj);  // |.| <= 2^63
    const S num = cross_value(vec(i.a, j.a), dj);
    const S p = cross_value(dc, vec(c.a, i.a));
    const S q = cross_value(dc, di);
    // sign(p den + q num) * sign(den), the two products compared (each <= 2^126).
    const int s = compare(p * den, S(-(q * num)));
    return den > 0 ? s : -s;
  }
}

// Sign of the cross product of two directions (exact for integers, within eps for floats).
template <class T>
int hp_turn(const hp_line<T>& u, const hp_line<T>& v) {
  if constexpr (std::is_floating_point<T>::value) {
    return sign(cross(u.d, v.d));
  } else {
    return cross_sign(geometry_vec<T>{u.d.x, u.d.y}, geometry_vec<T>{v.d.x, v.d.y});
  }
}

// Side of point p with respect to line u: +1 left (inside), 0 on it, -1 right.
template <class T>
int hp_point_side(const hp_line<T>& u, const point<T>& p) {
  if constexpr (std::is_floating_point<T>::value) {
    return sign(cross(u.a, u.b, p));
  } else {
    return cross_sign(geometry_vec<T>{u.d.x, u.d.y}, vec(u.a, p));
  }
}
// v is strictly inside u (same direction assumed): u is then the outer, redundant one.
template <class T>
bool hp_inner(const hp_line<T>& u, const hp_line<T>& v) {
  return hp_point_side(u, v.a) > 0;
}

template <class T>
bool hp_same_direction(const hp_line<T>& u, const hp_line<T>& v) {
  if constexpr (std::is_floating_point<T>::value) {
    return same_direction(u.d, v.d);
  } else {
    return !arg_less(u.d, v.d) && !arg_less(v.d, u.d);
  }
}

template <class T>
half_plane_region<T> half_plane_intersection_impl(std::vector<hp_line<T>> lines) {
  using R = real_t<T>;
  half_plane_region<T> out;
  // Sort by the exact argument order, then keep the innermost plane of every direction.
  if constexpr (std::is_floating_point<T>::value) {
    std::sort(lines.begin(), lines.end(),
              [](const hp_line<T>& u, const hp_line<T>& v) { return arg_less(u.d, v.d); });
  } else {
    // arg_less's order on small keys: |d| <= 2^31, so the cross products fit in 64 bits.
    // (Sorting by a double pseudo-angle first, then checking adjacent pairs exactly, measured
    // 31 ms against 14 ms on 10^5 circle tangents.)
    struct key {
      long long x, y;
      int half;
      std::uint32_t index;
    };
    assert(static_cast<unsigned long long>(lines.size()) <= 0xFFFFFFFFull);
    std::vector<key> keys(lines.size());
    for (std::size_t t = 0; t < lines.size(); ++t)
      keys[t] = {lines[t].d.x, lines[t].d.y, arg_half(lines[t].d), static_cast<std::uint32_t>(t)};
    std::sort(keys.begin(), keys.end(), [](const key& u, const key& v) {
      return u.half != v.half ? u.half < v.half : u.x * v.y > u.y * v.x;
    });
    std::vector<hp_line<T>> sorted(lines.size());
    for (std::size_t t = 0; t < lines.size(); ++t) sorted[t] = lines[keys[t].index];
    lines.swap(sorted);
  }
  std::vector<hp_line<T>> h;
  h.reserve(lines.size());
  for (const hp_line<T>& l : lines) {
    if (!h.empty() && hp_same_direction(h.back(), l)) {
      if (hp_inner(h.back(), l)) h.back() = l;
    } else {
      h.push_back(l);
    }
  }
  // Floats: directions just below angle pi sort first, those at pi last; with the tolerance
  // they may be one direction.
  if (h.size() >= 2 && hp_same_direction(h.back(), h.front())) {
    if (hp_inner(h.front(), h.back())) h.front() = h.back();
    h.pop_back();
  }
  const std::size_t m = h.size();
  if (m <= 1) {  // the plane, or one half-plane
    out.kind = half_plane_kind::unbounded;
    return out;
  }
  // Gaps between cyclically consecutive directions (each in (0, 2 pi): directions differ).
  bool wide_gap = false;
  std::size_t opposite = m;  // a gap of exactly pi: h[opposite] then h[opposite + 1]
  for (std::size_t k = 0; k < m; ++k) {
    const int t = hp_turn(h[k], h[k + 1 == m ? 0 : k + 1]);
    if (t < 0) wide_gap = true;
    if (t == 0) opposite = k;
  }
  if (wide_gap) {  // a direction deeper into every plane: far along it all planes hold
    out.kind = half_plane_kind::unbounded;
    return out;
  }
  if (opposite != m) {
    // Going along h[opposite]'s direction leads deeper into every other plane, so the
    // intersection is the strip of the two opposite planes, unbounded, unless that is empty.
    const hp_line<T>& u = h[opposite];
    const hp_line<T>& v = h[opposite + 1 == m ? 0 : opposite + 1];
    out.kind = hp_point_side(u, v.a) >= 0 ? half_plane_kind::unbounded : half_plane_kind::empty;
    return out;
  }
  // Bounded (every gap < pi): the deque algorithm. dq[head, tail) holds the boundary lines in
  // angle order; a line is popped only when the crossing point of two neighbours is STRICTLY
  // outside the new plane, so lines touching the result at a vertex stay (repeated vertices,
  // merged below): points and segments survive.
  std::vector<std::size_t> dq(m);
  std::size_t head = 0, tail = 0;
  for (std::size_t k = 0; k < m; ++k) {
    const hp_line<T>& l = h[k];
    while (tail - head >= 2 && hp_side(l, h[dq[tail - 2]], h[dq[tail - 1]]) < 0) --tail;
    while (tail - head >= 2 && hp_side(l, h[dq[head]], h[dq[head + 1]]) < 0) ++head;
    // The new plane turns by pi or more from the last kept one: the planes kept so far have
    // their whole intersection strictly outside it (its directions lie in a half-turn and the
    // last corner is outside): empty.
    if (tail - head >= 1 && hp_turn(h[dq[tail - 1]], l) <= 0) return out;
    dq[tail++] = k;
  }
  while (tail - head >= 3 && hp_side(h[dq[head]], h[dq[tail - 2]], h[dq[tail - 1]]) < 0) --tail;
  while (tail - head >= 3 && hp_side(h[dq[tail - 1]], h[dq[head]], h[dq[head + 1]]) < 0) ++head;
  if (tail - head < 3) return out;
  const std::size_t k = tail - head;
  auto at = [&](std::size_t i) -> const hp_line<T>& { return h[dq[head + i % k]]; };
  // The kept lines must still turn by less than pi each, closing the loop; otherwise a line was
  // dropped for a corner that does not exist, which only happens when the result is empty.
  for (std::size_t i = 0; i < k; ++i)
    if (hp_turn(at(i), at(i + 1)) <= 0) return out;
  // Corner i = line i x line i + 1. Corners i and i + 1 both lie on line i + 1; they coincide
  // iff corner i lies on line i + 2 (exact for integers).
  std::vector<point<R>> v;
  for (std::size_t i = 0; i < k; ++i)
    if (hp_side(at(i + 2), at(i), at(i + 1)) != 0)
      v.push_back(line_cross_point(at(i).a, at(i).b, at(i + 1).a, at(i + 1).b));
  if (v.size() <= 1) {  // (one corner left can only come from the floating tolerance)
    out.kind = half_plane_kind::point;
    out.vertices.push_back(line_cross_point(at(0).a, at(0).b, at(1).a, at(1).b));
  } else {
    out.kind = v.size() == 2 ? half_plane_kind::segment : half_plane_kind::polygon;
    out.vertices = std::move(v);
  }
  return out;
}

template <class T>
void half_plane_collect(const std::vector<half_plane<T>>& planes, std::vector<hp_line<T>>& lines) {
  using D = geometry_diff_t<T>;
  for (const half_plane<T>& p : planes) {
    assert(half_plane_in_range(p.a) && half_plane_in_range(p.b));
    if (p.a == p.b) continue;  // the whole plane
    lines.push_back({p.a, p.b, point<D>(D(D(p.b.x) - D(p.a.x)), D(D(p.b.y) - D(p.a.y)))});
  }
}

}  // namespace detail

template <class T>
half_plane_region<T> half_plane_intersection(const std::vector<half_plane<T>>& planes) {
  std::vector<detail::hp_line<T>> lines;
  lines.reserve(planes.size());
  detail::half_plane_collect(planes, lines);
  return detail::half_plane_intersection_impl(std::move(lines));
}

template <class T>
half_plane_region<T> half_plane_intersection(const std::vector<half_plane<T>>& planes,
                                             const point<T>& lo, const point<T>& hi) {
  assert(lo.x <= hi.x && lo.y <= hi.y);
  // Bottom, right, top, left, counter-clockwise. A side of zero length (a box of zero width or
  // height) would be a == b (ignored): it gets a unit step towards 0 along its line instead.
  const T x0 = lo.x, y0 = lo.y;
  const T xs = x0 > T(0) ? T(x0 - 1) : T(x0 + 1), ys = y0 > T(0) ? T(y0 - 1) : T(y0 + 1);
  const bool xl = x0 > T(0), yl = y0 > T(0);
  const std::vector<half_plane<T>> box{lo.x < hi.x ? half_plane<T>{lo, {hi.x, lo.y}}
                                       : xl        ? half_plane<T>{{xs, lo.y}, lo}
                                                   : half_plane<T>{lo, {xs, lo.y}},
                                       lo.y < hi.y ? half_plane<T>{{hi.x, lo.y}, hi}
                                       : yl        ? half_plane<T>{{hi.x, ys}, {hi.x, y0}}
                                                   : half_plane<T>{{hi.x, y0}, {hi.x, ys}},
                                       lo.x < hi.x ? half_plane<T>{hi, {lo.x, hi.y}}
                                       : xl        ? half_plane<T>{{x0, hi.y}, {xs, hi.y}}
                                                   : half_plane<T>{{xs, hi.y}, {x0, hi.y}},
                                       lo.y < hi.y ? half_plane<T>{{lo.x, hi.y}, lo}
                                       : yl        ? half_plane<T>{lo, {lo.x, ys}}
                                                   : half_plane<T>{{lo.x, ys}, lo}};
  std::vector<detail::hp_line<T>> lines;
  lines.reserve(planes.size() + 4);
  detail::half_plane_collect(planes, lines);
  detail::half_plane_collect(box, lines);
  return detail::half_plane_intersection_impl(std::move(lines));
}

}  // namespace cpkit
