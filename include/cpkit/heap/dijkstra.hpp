// Dijkstra over a compressed adjacency list (CSR), with the heap as a template parameter.
//   csr_graph<W> g(n); g.add_edge(u, v, w) ...; g.build();   O(n + m), counting sort by source;
//                 the edges of a vertex keep their insertion order
//   dijkstra<Heap>(g, s) -> shortest_paths<W>   O((n + m) log m) with a binary/d-ary heap
//   shortest_paths: dist[v] (shortest_paths<W>::inf if unreachable), parent[v] (-1 for s and
//                 unreachable vertices), reached(v), path(t) = vertices s..t (empty if unreachable)
// Heap, min-first on std::pair<W, int> (distance, vertex): anything with push(pair), top(),
// pop(), empty() gives lazy Dijkstra (stale entries skipped), e.g.
// d_ary_heap<std::pair<W, int>, std::greater<>>, radix_heap<W, int> (integer W), or
// pairing_heap<..., std::greater<>>; an indexed_heap<W> (min-first) gives decrease-key Dijkstra.
// The default (void), chosen by measurement (bench dijkstra: radix ~1.9x, binary/4-ary heaps
// ~1.25x over std::priority_queue): radix_heap<W, int> for integer W, else a binary heap
// comparing distances only.
// Preconditions (asserted): 0 <= vertices < n, weights >= 0, build() before dijkstra().
// Distances must fit W: with w <= 1e9 and n <= 5e5, sums stay below 5e14, so int64 is safe.
// Verified by: problems/shortest-path; tests/heap_test.cpp; bench/heap_bench.cpp
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

#include "cpkit/heap/d_ary_heap.hpp"
#include "cpkit/heap/radix_heap.hpp"

namespace cpkit {

template <class W>
class csr_graph {
 public:
  struct edge {
    int to;
    W w;
  };
  struct edge_range {
    const edge* first;
    const edge* last;
    const edge* begin() const { return first; }
    const edge* end() const { return last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
  };

  explicit csr_graph(int n = 0) : n_(n) { assert(n >= 0); }
  int size() const { return n_; }
  std::size_t edge_count() const { return built_ ? edges_.size() : pending_.size(); }
  void reserve(std::size_t m) { pending_.reserve(m); }
  void add_edge(int from, int to, W w) {
    assert(!built_ && "add_edge after build");
    assert(0 <= from && from < n_ && 0 <= to && to < n_ && "vertex out of range");
    pending_.push_back({from, edge{to, w}});
  }
  void build() {
    assert(!built_ && "build twice");
    start_.assign(static_cast<std::size_t>(n_) + 1, 0);
    for (const auto& p : pending_) ++start_[static_cast<std::size_t>(p.first) + 1];
    for (int v = 0; v < n_; ++v) start_[v + 1] += start_[v];
    edges_.resize(pending_.size());
    std::vector<std::size_t> fill(start_.begin(), start_.end() - 1);
    for (const auto& p : pending_) edges_[fill[p.first]++] = p.second;
    pending_.clear();
    pending_.shrink_to_fit();
    built_ = true;
  }
  bool built() const { return built_; }
  edge_range out(int v) const {
    assert(built_ && 0 <= v && v < n_);
    return {edges_.data() + start_[v], edges_.data() + start_[v + 1]};
  }

 private:
  int n_;
  bool built_ = false;
  std::vector<std::size_t> start_;
  std::vector<edge> edges_;
  std::vector<std::pair<int, edge>> pending_;
};

template <class W>
struct shortest_paths {
  static constexpr W inf = std::numeric_limits<W>::max();
  std::vector<W> dist;
  std::vector<int> parent;
  bool reached(int v) const { return dist[v] != inf; }
  std::vector<int> path(int t) const {
    std::vector<int> p;
    if (!reached(t)) return p;
    for (int v = t; v != -1; v = parent[v]) p.push_back(v);
    std::reverse(p.begin(), p.end());
    return p;
  }
};

namespace detail {
struct dist_greater {  // min-first on (distance, vertex) pairs, by distance only
  template <class P>
  bool operator()(const P& a, const P& b) const {
    return b.first < a.first;
  }
};
template <class H, class = void>
struct is_indexed_heap : std::false_type {};
template <class H>
struct is_indexed_heap<H, std::void_t<decltype(H::is_indexed)>> : std::bool_constant<H::is_indexed> {};
}  // namespace detail

template <class Heap = void, class W>
shortest_paths<W> dijkstra(const csr_graph<W>& g, int s) {
  const int n = g.size();
  assert(g.built() && "dijkstra before build()");
  assert(0 <= s && s < n && "source out of range");
  shortest_paths<W> r;
  r.dist.assign(n, shortest_paths<W>::inf);
  r.parent.assign(n, -1);
  r.dist[s] = 0;
  if constexpr (detail::is_indexed_heap<Heap>::value) {
    Heap h(static_cast<std::size_t>(n));
    h.push(static_cast<std::size_t>(s), W(0));
    while (!h.empty()) {
      const int v = static_cast<int>(h.pop());
      const W d = r.dist[v];
      for (const auto& e : g.out(v)) {
        assert(e.w >= 0 && "negative edge weight");
        const W nd = d + e.w;
        if (nd < r.dist[e.to]) {
          const bool seen = r.dist[e.to] != shortest_paths<W>::inf;
          r.dist[e.to] = nd;
          r.parent[e.to] = v;
          if (seen) {
            h.decrease_key(static_cast<std::size_t>(e.to), nd);
          } else {
            h.push(static_cast<std::size_t>(e.to), nd);
          }
        }
      }
    }
  } else {
    using fallback = std::conditional_t<std::is_integral_v<W>, radix_heap<W, int>,
                                        d_ary_heap<std::pair<W, int>, detail::dist_greater, 2>>;
    using H = std::conditional_t<std::is_void_v<Heap>, fallback, Heap>;
    H h;
    h.push(std::pair<W, int>(W(0), s));
    while (!h.empty()) {
      const W d = h.top().first;
      const int v = h.top().second;
      h.pop();
      if (d != r.dist[v]) continue;  // stale: v was settled with a shorter distance
      for (const auto& e : g.out(v)) {
        assert(e.w >= 0 && "negative edge weight");
        const W nd = d + e.w;
        if (nd < r.dist[e.to]) {
          r.dist[e.to] = nd;
          r.parent[e.to] = v;
          h.push(std::pair<W, int>(nd, e.to));
        }
      }
    }
  }
  return r;
}

}  // namespace cpkit
