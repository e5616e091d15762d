// double-ended-priority-queue: an interval heap (min and max at the root).
#include <cstdio>
#include <string>
#include <vector>

#include "cpkit/heap/interval_heap.hpp"

namespace {
std::vector<char> in;
std::size_t pos = 0;
long long read_int() {
  while (pos < in.size() && !(in[pos] == '-' || (in[pos] >= '0' && in[pos] <= '9'))) ++pos;
  bool neg = false;
  if (pos < in.size() && in[pos] == '-') {
    neg = true;
    ++pos;
  }
  long long x = 0;
  while (pos < in.size() && in[pos] >= '0' && in[pos] <= '9') x = x * 10 + (in[pos++] - '0');
  return neg ? -x : x;
}
}  // namespace

int main() {
  char buf[1 << 16];
  for (std::size_t r; (r = std::fread(buf, 1, sizeof buf, stdin)) > 0;) in.insert(in.end(), buf, buf + r);
  const int n = static_cast<int>(read_int()), q = static_cast<int>(read_int());
  std::vector<int> a(n);
  for (int& x : a) x = static_cast<int>(read_int());
  cpkit::interval_heap<int> h(a.begin(), a.end());
  std::string out;
  char num[16];
  for (int i = 0; i < q; ++i) {
    const int t = static_cast<int>(read_int());
    if (t == 0) {
      h.push(static_cast<int>(read_int()));
      continue;
    }
    int v;
    if (t == 1) {
      v = h.min();
      h.pop_min();
    } else {
      v = h.max();
      h.pop_max();
    }
    int len = std::snprintf(num, sizeof num, "%d\n", v);
    out.append(num, static_cast<std::size_t>(len));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
