// One entry point, bundled alone: cpkit::dijkstra (default heap).
#include <cstdio>

#include "cpkit/heap/dijkstra.hpp"

int main() {
  cpkit::csr_graph<long long> g(3);
  g.add_edge(0, 1, 5);
  g.add_edge(1, 2, 7);
  g.build();
  std::printf("%lld\n", cpkit::dijkstra(g, 0).dist[2]);
}
