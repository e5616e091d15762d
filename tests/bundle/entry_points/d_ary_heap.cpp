// One entry point, bundled alone: cpkit::d_ary_heap.
#include <cstdio>

#include "cpkit/heap/d_ary_heap.hpp"

int main() {
  cpkit::d_ary_heap<int> h;
  for (int x : {3, 1, 4, 1, 5}) h.push(x);
  std::printf("%d\n", h.top());
}
