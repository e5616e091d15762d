// priority-queue: a max-queue, cpkit::quick_heap (same order as std::priority_queue; the
// fastest cpkit queue at this size, see docs/heap.md).
#include <cstdio>
#include <string>
#include <vector>

#include "cpkit/heap/quick_heap.hpp"

namespace {
std::vector<char> in;
std::size_t pos = 0;
void skip_space() {
  while (pos < in.size() && (in[pos] == ' ' || in[pos] == '\n' || in[pos] == '\r' || in[pos] == '\t')) ++pos;
}
}  // namespace

int main() {
  char buf[1 << 16];
  for (std::size_t r; (r = std::fread(buf, 1, sizeof buf, stdin)) > 0;) in.insert(in.end(), buf, buf + r);
  cpkit::quick_heap<unsigned> heap;
  std::string out;
  char num[16];
  for (;;) {
    skip_space();
    if (pos >= in.size()) break;
    if (in[pos] == 'i') {  // insert k
      pos += 6;
      skip_space();
      unsigned k = 0;
      while (pos < in.size() && in[pos] >= '0' && in[pos] <= '9') k = k * 10 + static_cast<unsigned>(in[pos++] - '0');
      heap.push(k);
    } else if (in[pos] == 'e' && pos + 1 < in.size() && in[pos + 1] == 'x') {  // extract
      pos += 7;
      unsigned k = heap.top();
      heap.pop();
      int len = std::snprintf(num, sizeof num, "%u\n", k);
      out.append(num, static_cast<std::size_t>(len));
    } else {  // end
      break;
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
