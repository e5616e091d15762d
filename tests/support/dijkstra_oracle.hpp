// Oracle for cpkit::dijkstra: Bellman-Ford in __int128, and a rapidcheck property comparing
// dijkstra<Heap> with it on graphs whose weights sit near the top of W, for every heap that
// dijkstra accepts. Shared by tests/heap_test.cpp (asserts on) and
// tests/heap_ndebug/heap_ndebug_test.cpp (the same checks with -DNDEBUG, as some judges compile).
//
// The contract checked (dijkstra.hpp's top comment): a vertex whose exact shortest distance
// is at most numeric_limits<W>::max() is reached, with that distance (a distance equal to the
// maximum included) and a parent path of that length; a vertex with no path, or whose every
// path is longer than the maximum, is not reached (dist = shortest_paths<W>::inf, empty path).
// Never a wrapped sum.
#pragma once

#include <rapidcheck.h>

#include <cstddef>
#include <functional>
#include <limits>
#include <queue>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "cpkit/heap.hpp"

namespace heap_test {

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 i128;  // __extension__: -Wpedantic knows no __int128
#endif

inline std::string to_string(i128 x) {
  if (x == 0) return "0";
  const bool neg = x < 0;
  std::string s;
  for (; x != 0; x /= 10) s.insert(s.begin(), static_cast<char>('0' + (neg ? -(x % 10) : x % 10)));
  return neg ? "-" + s : s;
}

template <class W>
using weighted_edges = std::vector<std::tuple<int, int, W>>;

// Exact shortest distances from s, in 128 bits: n - 1 rounds of relaxing every edge. A path of
// fewer than 2^63 edges of weight below 2^64 cannot overflow. -1: no path.
template <class W>
std::vector<i128> exact_distances(int n, const weighted_edges<W>& es, int s) {
  std::vector<i128> d(static_cast<std::size_t>(n), -1);
  d[static_cast<std::size_t>(s)] = 0;
  for (int round = 0; round + 1 < n; ++round)
    for (const auto& [a, b, w] : es) {
      const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
      if (d[ua] >= 0 && (d[ub] < 0 || d[ua] + static_cast<i128>(w) < d[ub]))
        d[ub] = d[ua] + static_cast<i128>(w);
    }
  return d;
}

// Runs dijkstra<Heap>(g, s) and compares it with the exact distances. Returns "" if all agree,
// else the first disagreement, named by `heap`.
template <class Heap, class W>
std::string check_dijkstra_exact(const char* heap, int n, const weighted_edges<W>& es, int s) {
  cpkit::csr_graph<W> g(n);
  for (const auto& [a, b, w] : es) g.add_edge(a, b, w);
  g.build();
  const auto r = cpkit::dijkstra<Heap>(g, s);
  const auto exact = exact_distances(n, es, s);
  constexpr i128 top = static_cast<i128>(std::numeric_limits<W>::max());
  const std::size_t un = static_cast<std::size_t>(n);
  if (r.dist.size() != un || r.parent.size() != un) return std::string(heap) + ": wrong sizes";
  if (r.parent[static_cast<std::size_t>(s)] != -1)
    return std::string(heap) + ": the source has a parent";
  for (int t = 0; t < n; ++t) {
    const std::size_t ut = static_cast<std::size_t>(t);
    const i128 want = exact[ut];
    const auto p = r.path(t);
    auto fail = [&](const std::string& why) {
      std::ostringstream o;
      o << heap << ": vertex " << t << " has dist " << r.dist[ut] << ", parent " << r.parent[ut]
        << ", reached " << r.reached(t) << ", but " << why;
      return o.str();
    };
    if (want < 0 || want > top) {  // no path, or none that fits W
      if (r.reached(t) || !p.empty() || r.dist[ut] != cpkit::shortest_paths<W>::inf ||
          r.parent[ut] != -1)
        return fail(want < 0 ? "it has no path"
                             : "no path to it fits W (exact " + to_string(want) + ")");
      continue;
    }
    if (!r.reached(t) || static_cast<i128>(r.dist[ut]) != want)
      return fail("the exact distance is " + to_string(want));
    if (p.empty() || p.front() != s || p.back() != t)
      return fail("its path does not go from s to it");
    i128 len = 0;
    for (std::size_t i = 0; i + 1 < p.size(); ++i) {
      i128 best = -1;  // the cheapest parallel edge p[i] -> p[i+1]
      for (const auto& [a, b, w] : es)
        if (a == p[i] && b == p[i + 1] && (best < 0 || static_cast<i128>(w) < best))
          best = static_cast<i128>(w);
      if (best < 0) return fail("its path uses a missing edge");
      len += best;
    }
    if (len != want) return fail("its path has length " + to_string(len));
  }
  return "";
}

// Weights that make sums overflow W, or land exactly on its maximum: the top itself (minus 0..3),
// halves and thirds of it (two or three of them reach the top, or just miss it), small ones
// (to top up a sum, or to offer a cheaper path), and any.
template <class W>
rc::Gen<W> weight_near_top() {
  constexpr W top = std::numeric_limits<W>::max();
  return rc::gen::weightedOneOf<W>(
      {{2, rc::gen::inRange<W>(0, 4)},
       {3, rc::gen::map(rc::gen::inRange<W>(0, 4), [](W k) { return static_cast<W>(top - k); })},
       {3, rc::gen::map(rc::gen::inRange<W>(0, 4),
                        [](W k) { return static_cast<W>(top / 2 - 1 + k); })},
       {3, rc::gen::map(rc::gen::inRange<W>(0, 4),
                        [](W k) { return static_cast<W>(top / 3 - 1 + k); })},
       {1, rc::gen::inRange<W>(0, top)}});
}

template <class W>
using dist_pair = std::pair<W, int>;

// Every heap dijkstra accepts, all min-first: the lazy form (anything with push/top/pop/empty
// on (distance, vertex) pairs) and the decrease-key form (indexed_heap). Returns "" or the
// first disagreement with the exact distances.
template <class W>
std::string check_every_heap(int n, const weighted_edges<W>& es, int s) {
  using P = dist_pair<W>;
  std::string f;
#define CPKIT_TEST_HEAP(...) \
  if (f.empty()) f = check_dijkstra_exact<__VA_ARGS__>(#__VA_ARGS__, n, es, s)
  CPKIT_TEST_HEAP(void);
  CPKIT_TEST_HEAP(cpkit::d_ary_heap<P, std::greater<>>);
  CPKIT_TEST_HEAP(cpkit::d_ary_heap<P, std::greater<P>, 2>);
  CPKIT_TEST_HEAP(cpkit::d_ary_heap<P, std::greater<>, 3, false>);
  CPKIT_TEST_HEAP(cpkit::binary_heap<P, std::greater<>>);
  CPKIT_TEST_HEAP(cpkit::radix_heap<W, int>);
  CPKIT_TEST_HEAP(cpkit::indexed_heap<W>);
  CPKIT_TEST_HEAP(cpkit::indexed_heap<W, std::less<>, 2>);
  CPKIT_TEST_HEAP(cpkit::pairing_heap<P, std::greater<>>);
  CPKIT_TEST_HEAP(cpkit::quick_heap<P, std::greater<>>);
  CPKIT_TEST_HEAP(cpkit::quick_heap<P, std::greater<>, 1>);
  CPKIT_TEST_HEAP(cpkit::lazy_heap<P, std::greater<>>);
  CPKIT_TEST_HEAP(std::priority_queue<P, std::vector<P>, std::greater<>>);
#undef CPKIT_TEST_HEAP
  return f;
}

// The property: random small graphs (self-loops, parallel edges, zero weights) with weights
// near the top of W: a tree from vertex 0 (each v > 0 gets an edge from some u < v, so the
// heavy paths are reachable) plus up to n random edges; the source is 0 or, in a quarter of
// the cases, any vertex. Oracle: Bellman-Ford in __int128 (exact_distances).
template <class W>
void dijkstra_near_top_matches_one_graph() {
  // rc::gen::inRange and oneOf scale their range with rapidcheck's size (0 to 100 over a run),
  // which would keep early graphs to one vertex and small weights: fix the size at 100.
  const auto fixed = [](auto gen) { return rc::gen::resize(100, std::move(gen)); };
  const int n = *fixed(rc::gen::inRange(1, 9));
  weighted_edges<W> es;
  for (int v = 1; v < n; ++v)
    es.emplace_back(*fixed(rc::gen::inRange(0, v)), v, *fixed(weight_near_top<W>()));
  const auto extra = static_cast<std::size_t>(*fixed(rc::gen::inRange(0, n + 1)));
  const auto more = *rc::gen::container<weighted_edges<W>>(
      extra,
      fixed(rc::gen::tuple(rc::gen::inRange(0, n), rc::gen::inRange(0, n), weight_near_top<W>())));
  es.insert(es.end(), more.begin(), more.end());
  const int s = *fixed(rc::gen::inRange(0, 4)) == 0 ? *fixed(rc::gen::inRange(0, n)) : 0;
  const auto exact = exact_distances(n, es, s);
  constexpr i128 top = static_cast<i128>(std::numeric_limits<W>::max());
  bool at_top = false, above_top = false, overflows = false;
  for (const i128 d : exact) {
    at_top = at_top || d == top;
    above_top = above_top || d > top;
  }
  for (const auto& [a, b, w] : es) {  // some relaxation d + w from a reached vertex exceeds max(W)
    const i128 d = exact[static_cast<std::size_t>(a)];
    overflows = overflows || (d >= 0 && d <= top && d + static_cast<i128>(w) > top);
  }
  RC_TAG(overflows ? "a relaxation overflows W" : "no overflow");
  RC_TAG(at_top ? "a distance is exactly max(W)" : "no distance at max(W)");
  RC_TAG(above_top ? "a reachable vertex has no path that fits W" : "every path fits");
  const std::string f = check_every_heap<W>(n, es, s);
  if (!f.empty()) RC_FAIL(f);
}
// Ten graphs per case: a graph is cheap (all heaps, about 30 us), and one in ten has a distance
// of exactly max(W).
template <class W>
void dijkstra_near_top_matches_exact() {
  for (int graph = 0; graph < 10; ++graph) dijkstra_near_top_matches_one_graph<W>();
}

// The graphs of issue 13, item 3, for W = int64: 0 -> 1 of weight max - 1, 1 -> 2 of weight 5,
// 0 -> 2 of weight 1 (d + w overflowed: dist[2] came out negative with parent 1); and a chain
// whose distances are exactly max (the sentinel used to report it unreachable).
template <class W>
weighted_edges<W> overflow_example() {
  constexpr W top = std::numeric_limits<W>::max();
  return {{0, 1, static_cast<W>(top - 1)}, {1, 2, 5}, {0, 2, 1}};
}
template <class W>
weighted_edges<W> exactly_max_example() {
  constexpr W top = std::numeric_limits<W>::max();
  return {{0, 1, static_cast<W>(top / 2)},
          {1, 2, static_cast<W>(top - top / 2)},  // dist[2] = max exactly
          {0, 3, top},                            // dist[3] = max exactly, in one edge
          {2, 4, 0},                              // dist[4] = max
          {2, 5, 1},                              // max + 1: no path that fits
          {3, 5, 1}};
}

}  // namespace heap_test
