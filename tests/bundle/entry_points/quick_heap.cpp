// One entry point, bundled alone: cpkit::quick_heap.
#include <cstdio>

#include "cpkit/heap/quick_heap.hpp"

int main() {
  cpkit::quick_heap<int> h;
  for (int x : {3, 1, 4, 1, 5}) h.push(x);
  std::printf("%d\n", h.top());
}
