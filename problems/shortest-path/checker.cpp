// shortest-path checker, testlib protocol: checker input output answer.
// Exit 0 AC, 1 WA, 2 PE (output is not a sequence of integers), 3 FAIL (the checker or the
// reference answer is wrong). Message on stderr. Plain C++, independent of cpkit.
// It recomputes the optimal distance itself (Dijkstra with std::priority_queue), then checks
// the contestant's "X Y" and Y edges: X optimal, each edge exists (weight: the cheapest edge
// between its endpoints), the edges chain from s to t, their total is X, exactly Y of them.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <queue>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace {

[[noreturn]] void verdict(int code, const std::string& msg) {
  std::fprintf(stderr, "%s\n", msg.c_str());
  std::exit(code);
}

// Reads whitespace-separated integer tokens; `fail_code` is the verdict for a malformed token.
struct reader {
  std::ifstream in;
  int fail_code;
  std::string name;
  reader(const char* path, int code, std::string what) : in(path, std::ios::binary), fail_code(code), name(std::move(what)) {
    if (!in) verdict(3, "cannot open " + name + " file " + path);
  }
  bool next(long long& v) {  // false at the end of the file
    std::string tok;
    if (!(in >> tok)) return false;
    std::size_t i = tok[0] == '-' ? 1 : 0;
    if (i == tok.size() || tok.size() - i > 18) verdict(fail_code, name + ": not an integer: " + tok.substr(0, 30));
    for (std::size_t k = i; k < tok.size(); ++k)
      if (tok[k] < '0' || tok[k] > '9') verdict(fail_code, name + ": not an integer: " + tok.substr(0, 30));
    v = std::stoll(tok);
    return true;
  }
  long long need(const char* what) {
    long long v;
    if (!next(v)) verdict(fail_code == 3 ? 3 : 1, name + ": ends before " + what);
    return v;
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) verdict(3, "usage: checker input output answer");
  reader inf(argv[1], 3, "input"), ouf(argv[2], 2, "output"), ans(argv[3], 3, "answer");

  const long long n = inf.need("N"), m = inf.need("M"), s = inf.need("s"), t = inf.need("t");
  std::vector<std::tuple<int, int, long long>> edges(static_cast<std::size_t>(m));
  std::vector<std::vector<std::pair<int, long long>>> adj(static_cast<std::size_t>(n));
  for (auto& [a, b, c] : edges) {
    a = static_cast<int>(inf.need("edge"));
    b = static_cast<int>(inf.need("edge"));
    c = inf.need("edge");
    adj[a].push_back({b, c});
  }
  std::sort(edges.begin(), edges.end());  // (a, b) pairs with their smallest weight first

  const long long inf_d = std::numeric_limits<long long>::max();
  std::vector<long long> dist(static_cast<std::size_t>(n), inf_d);
  std::priority_queue<std::pair<long long, int>, std::vector<std::pair<long long, int>>, std::greater<>> pq;
  dist[s] = 0;
  pq.push({0, static_cast<int>(s)});
  while (!pq.empty()) {
    auto [d, v] = pq.top();
    pq.pop();
    if (d != dist[v]) continue;
    for (auto [to, c] : adj[v])
      if (d + c < dist[to]) {
        dist[to] = d + c;
        pq.push({dist[to], to});
      }
  }
  const long long best = dist[t];

  // the reference answer must agree with the checker's own distance
  const long long ax = ans.need("answer");
  if (best == inf_d ? ax != -1 : ax != best)
    verdict(3, "reference answer " + std::to_string(ax) + " differs from the checker's " +
                   (best == inf_d ? std::string("-1") : std::to_string(best)));

  const long long x = ouf.need("X");
  if (best == inf_d) {
    if (x != -1) verdict(1, "t is unreachable, expected -1, found " + std::to_string(x));
  } else {
    if (x != best) verdict(1, "distance " + std::to_string(x) + " is not the shortest " + std::to_string(best));
    const long long y = ouf.need("Y");
    if (y < 0 || y > 20000000) verdict(1, "edge count Y = " + std::to_string(y) + " out of range");
    long long at = s, total = 0;
    for (long long i = 0; i < y; ++i) {
      const long long u = ouf.need("an edge"), v = ouf.need("an edge");
      if (u != at)
        verdict(1, "edge " + std::to_string(i + 1) + " starts at " + std::to_string(u) + ", expected " + std::to_string(at));
      if (v < 0 || v >= n) verdict(1, "edge " + std::to_string(i + 1) + ": vertex " + std::to_string(v) + " out of range");
      auto it = std::lower_bound(edges.begin(), edges.end(), std::make_tuple(static_cast<int>(u), static_cast<int>(v), -inf_d));
      if (it == edges.end() || std::get<0>(*it) != u || std::get<1>(*it) != v)
        verdict(1, "edge " + std::to_string(u) + " " + std::to_string(v) + " is not in the graph");
      total += std::get<2>(*it);
      if (total > best) verdict(1, "the edges so far already exceed the distance " + std::to_string(best));
      at = v;
    }
    if (at != t) verdict(1, "the path ends at " + std::to_string(at) + ", not at t = " + std::to_string(t));
    if (total != x) verdict(1, "the edges add up to " + std::to_string(total) + ", not " + std::to_string(x));
  }
  long long extra;
  if (ouf.next(extra)) verdict(1, "extra output after the answer: " + std::to_string(extra));
  std::fprintf(stderr, "ok\n");
  return 0;
}
