// Compiled (never run) by the CTest tests heap.dijkstra_heap_order.* (tests/CMakeLists.txt, the
// heap block): dijkstra<Heap> must reject a max-first heap at compile time, with a message
// that says what to pass, and accept every min-first one. CPKIT_CASE picks the heap:
// 0 compiles (every min-first heap below); 1 to 9 must fail with "Heap is max-first".
#include <functional>
#include <queue>
#include <utility>
#include <vector>

#include "cpkit/heap.hpp"

namespace {

using P = std::pair<long long, int>;

struct by_distance_desc {  // constexpr: the order is known at compile time (min-first)
  constexpr bool operator()(const P& a, const P& b) const { return a.first > b.first; }
};
struct by_distance_asc {  // constexpr, max-first
  constexpr bool operator()(const P& a, const P& b) const { return a.first < b.first; }
};
struct runtime_desc {  // not constexpr: trusted at compile time, asserted at run time
  bool operator()(const P& a, const P& b) const { return a.first > b.first; }
};

template <class Heap>
int run() {
  cpkit::csr_graph<long long> g(2);
  g.add_edge(0, 1, 5);
  g.build();
  return cpkit::dijkstra<Heap>(g, 0).dist[1] == 5 ? 0 : 1;
}

}  // namespace

int main() {
#if CPKIT_CASE == 0
  return run<void>() + run<cpkit::d_ary_heap<P, std::greater<>>>() +
         run<cpkit::d_ary_heap<P, std::greater<P>, 2>>() +
         run<cpkit::binary_heap<P, std::greater<>>>() +
         run<cpkit::quick_heap<P, std::greater<>>>() +
         run<cpkit::pairing_heap<P, std::greater<>>>() +
         run<cpkit::lazy_heap<P, std::greater<>>>() + run<cpkit::radix_heap<long long, int>>() +
         run<cpkit::indexed_heap<long long>>() +
         run<cpkit::indexed_heap<long long, std::less<>, 2>>() +
         run<std::priority_queue<P, std::vector<P>, std::greater<>>>() +
         run<cpkit::d_ary_heap<P, by_distance_desc>>() + run<cpkit::d_ary_heap<P, runtime_desc>>();
#elif CPKIT_CASE == 1
  return run<cpkit::d_ary_heap<P>>();  // the default comparator, std::less<P>: max-first
#elif CPKIT_CASE == 2
  return run<std::priority_queue<P>>();
#elif CPKIT_CASE == 3
  return run<cpkit::quick_heap<P>>();
#elif CPKIT_CASE == 4
  return run<cpkit::pairing_heap<P, std::less<>>>();
#elif CPKIT_CASE == 5
  return run<cpkit::binary_heap<P>>();
#elif CPKIT_CASE == 6
  return run<cpkit::lazy_heap<P>>();
#elif CPKIT_CASE == 7
  return run<cpkit::indexed_heap<long long, std::greater<long long>>>();  // largest key on top
#elif CPKIT_CASE == 8
  return run<cpkit::d_ary_heap<P, by_distance_asc>>();
#elif CPKIT_CASE == 9
  return run<std::priority_queue<P, std::vector<P>, std::less<>>>();
#else
#error "CPKIT_CASE must be 0 to 9"
#endif
}
