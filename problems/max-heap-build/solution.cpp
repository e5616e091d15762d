// max-heap-build: Floyd's bottom-up construction with the textbook tie rule.
#include <cstdio>
#include <string>
#include <vector>

#include "cpkit/heap/d_ary_heap.hpp"

int main() {
  int h;
  if (std::scanf("%d", &h) != 1) return 0;
  std::vector<long long> a(h);
  for (auto& x : a) std::scanf("%lld", &x);
  cpkit::binary_heap<long long> heap(a.begin(), a.end());
  std::string out;
  out.reserve(static_cast<std::size_t>(h) * 12);
  char buf[32];
  for (int i = 0; i < h; ++i) {
    int len = std::snprintf(buf, sizeof buf, " %lld", heap.data()[i]);
    out.append(buf, static_cast<std::size_t>(len));
  }
  out.push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
}
