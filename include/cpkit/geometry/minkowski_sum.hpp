// Minkowski sum of two convex polygons by merging their edge directions.
// minkowski_sum(p, q) -> vector<point<T>>, O(n + m): the convex polygon {a + b : a in p, b in q},
//   counter-clockwise from its lowest vertex (leftmost among the lowest), corners only: collinear
//   edges are merged, so no vertex lies in the middle of an edge.
// Input: each polygon convex, its vertices counter-clockwise along the boundary (any start);
//   collinear and repeated consecutive vertices are allowed. Degenerate inputs: 1 vertex (a point:
//   the sum is the other polygon translated), 2 vertices (a segment, read as the closed path
//   a -> b -> a), or collinear vertices listed along the segment and back. The result is 1 vertex
//   (both points), 2 vertices (a segment: two parallel segments, or a point and a segment; lower
//   end, then leftmost, first) or a convex polygon with >= 3 corners.
// Exactness: integer coordinates are exact (edge directions compared by exact cross products of
//   differences, vertices summed in T) when every input coordinate is within exact_limit<T> / 2
//   (2^29 for int, 2^60 for long long), so that every sum is within exact_limit<T>. Floating
//   input decides parallel edges within geometry_eps (cross products: length^2 units).
// Preconditions (asserted; asserts vanish under -DNDEBUG, and then):
//   p and q non-empty                        -> an empty polygon gives an empty result;
//   coordinates within exact_limit<T> / 2    -> overflowing sums, silently wrong vertices;
//   convex and counter-clockwise (not checked) -> a polygon that is not the sum.
// Verified by: problems/minkowski-sum; tests/geometry2_test.cpp
#pragma once

#include "cpkit/geometry/point.hpp"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <vector>

namespace cpkit {
namespace detail {

// 0 for directions with angle in [0, pi), 1 for [pi, 2 pi).
template <class T>
int minkowski_half(const geometry_vec<T>& v) {
  return (v.y < 0 || (v.y == 0 && v.x < 0)) ? 1 : 0;
}

// The non-zero edges of p counter-clockwise, starting at its lowest-then-leftmost vertex, whose
// index is returned through start.
template <class T>
std::vector<geometry_vec<T>> minkowski_edges(const std::vector<point<T>>& p, std::size_t& start) {
  const std::size_t n = p.size();
  start = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (p[i].y < p[start].y || (p[i].y == p[start].y && p[i].x < p[start].x)) start = i;
  std::vector<geometry_vec<T>> e;
  e.reserve(n);
  for (std::size_t k = 0; k < n; ++k) {
    const point<T>& a = p[(start + k) % n];
    const point<T>& b = p[(start + k + 1) % n];
    if (!(a == b)) e.push_back(vec(a, b));
  }
  return e;
}

}  // namespace detail

template <class T>
std::vector<point<T>> minkowski_sum(const std::vector<point<T>>& p,
                                    const std::vector<point<T>>& q) {
  assert(!p.empty() && !q.empty());
  if (p.empty() || q.empty()) return {};
#ifndef NDEBUG
  if constexpr (!std::is_floating_point<T>::value) {
    const long long lim = exact_limit<T> / 2;
    for (const auto* poly : {&p, &q})
      for (const point<T>& v : *poly)
        assert(v.x >= -lim && v.x <= lim && v.y >= -lim && v.y <= lim);
  }
#endif
  std::size_t sp = 0, sq = 0;
  const std::vector<detail::geometry_vec<T>> ep = detail::minkowski_edges(p, sp);
  const std::vector<detail::geometry_vec<T>> eq = detail::minkowski_edges(q, sq);
  // Edge directions from the lowest-then-leftmost vertex turn counter-clockwise through
  // [0, 2 pi): merge the two sequences by angle (half-plane first, then the exact cross sign).
  auto before = [](const detail::geometry_vec<T>& u, const detail::geometry_vec<T>& v) {
    const int hu = detail::minkowski_half(u), hv = detail::minkowski_half(v);
    if (hu != hv) return hu < hv;
    return detail::cross_sign(u, v) > 0;
  };
  std::vector<point<T>> out{p[sp] + q[sq]};
  out.reserve(ep.size() + eq.size() + 1);
  std::size_t i = 0, j = 0;
  point<T> cur = out[0];
  std::size_t ip = sp, jq = sq;  // current vertices of p and q
  bool have_last = false;
  detail::geometry_vec<T> last{};
  while (i < ep.size() || j < eq.size()) {
    // Advance along p or q: the vertex reached is p[ip'] + q[jq'], summed in T (no drift).
    const bool take_p = j == eq.size() || (i < ep.size() && !before(eq[j], ep[i]));
    const detail::geometry_vec<T> e = take_p ? ep[i] : eq[j];
    if (take_p) {
      do ip = (ip + 1) % p.size();
      while (p[ip] == p[(ip + p.size() - 1) % p.size()]);
      ++i;
    } else {
      do jq = (jq + 1) % q.size();
      while (q[jq] == q[(jq + q.size() - 1) % q.size()]);
      ++j;
    }
    cur = p[ip] + q[jq];
    // Same direction as the previous edge: the previous vertex lies inside this edge.
    if (have_last && detail::cross_sign(last, e) == 0 && detail::dot_sign(last, e) > 0)
      out.pop_back();
    out.push_back(cur);
    last = e;
    have_last = true;
  }
  if (out.size() > 1) out.pop_back();  // back at the start vertex
  return out;
}

}  // namespace cpkit
