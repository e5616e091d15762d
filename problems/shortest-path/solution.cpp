// shortest-path: Dijkstra over a compressed adjacency list, then the parent chain.
#include <cstdio>
#include <string>
#include <vector>

#include "cpkit/heap/dijkstra.hpp"

namespace {
std::vector<char> in;
std::size_t pos = 0;
long long read_int() {
  while (pos < in.size() && !(in[pos] >= '0' && in[pos] <= '9')) ++pos;
  long long x = 0;
  while (pos < in.size() && in[pos] >= '0' && in[pos] <= '9') x = x * 10 + (in[pos++] - '0');
  return x;
}
}  // namespace

int main() {
  char buf[1 << 16];
  for (std::size_t r; (r = std::fread(buf, 1, sizeof buf, stdin)) > 0;) in.insert(in.end(), buf, buf + r);
  const int n = static_cast<int>(read_int());
  const int m = static_cast<int>(read_int());
  const int s = static_cast<int>(read_int()), t = static_cast<int>(read_int());
  cpkit::csr_graph<long long> g(n);
  g.reserve(static_cast<std::size_t>(m));
  for (int i = 0; i < m; ++i) {
    const int a = static_cast<int>(read_int()), b = static_cast<int>(read_int());
    g.add_edge(a, b, read_int());
  }
  g.build();
  const auto r = cpkit::dijkstra(g, s);
  if (!r.reached(t)) {
    std::puts("-1");
    return 0;
  }
  const std::vector<int> p = r.path(t);
  std::string out = std::to_string(r.dist[t]) + " " + std::to_string(p.size() - 1) + "\n";
  for (std::size_t i = 0; i + 1 < p.size(); ++i) {
    out += std::to_string(p[i]);
    out += ' ';
    out += std::to_string(p[i + 1]);
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
