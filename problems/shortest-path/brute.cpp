// shortest-path, the textbook way: Dijkstra with a std::set as the decrease-key queue over
// vector<vector<>> adjacency. Independent of cpkit.
#include <cstdio>
#include <limits>
#include <set>
#include <utility>
#include <vector>

int main() {
  int n, m, s, t;
  if (std::scanf("%d %d %d %d", &n, &m, &s, &t) != 4) return 0;
  std::vector<std::vector<std::pair<int, long long>>> adj(n);
  for (int i = 0; i < m; ++i) {
    int a, b;
    long long c;
    std::scanf("%d %d %lld", &a, &b, &c);
    adj[a].push_back({b, c});
  }
  const long long inf = std::numeric_limits<long long>::max();
  std::vector<long long> d(n, inf);
  std::vector<int> par(n, -1);
  std::set<std::pair<long long, int>> q;
  d[s] = 0;
  q.insert({0, s});
  while (!q.empty()) {
    int v = q.begin()->second;
    q.erase(q.begin());
    for (auto [to, c] : adj[v]) {
      if (d[v] + c < d[to]) {
        if (d[to] != inf) q.erase({d[to], to});
        d[to] = d[v] + c;
        par[to] = v;
        q.insert({d[to], to});
      }
    }
  }
  if (d[t] == inf) {
    std::puts("-1");
    return 0;
  }
  std::vector<int> path;
  for (int v = t; v != -1; v = par[v]) path.push_back(v);
  std::printf("%lld %d\n", d[t], static_cast<int>(path.size()) - 1);
  for (int i = static_cast<int>(path.size()) - 1; i > 0; --i) std::printf("%d %d\n", path[i], path[i - 1]);
}
