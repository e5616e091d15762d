// online-median: the lower half in a max-heap, the upper half in a min-heap (both
// cpkit::d_ary_heap), the lower holding ceil(i/2) numbers: its top is the lower median.
// Each answer is flushed before the next number is read (the interactor waits for it).
#include <cstdio>
#include <functional>

#include "cpkit/heap/d_ary_heap.hpp"

int main() {
  long long n = 0;
  if (std::scanf("%lld", &n) != 1) return 0;
  cpkit::d_ary_heap<long long> lower;                            // max-heap
  cpkit::d_ary_heap<long long, std::greater<long long>> upper;  // min-heap
  for (long long i = 0; i < n; ++i) {
    long long a = 0;
    if (std::scanf("%lld", &a) != 1) return 0;
    if (lower.empty() || a <= lower.top()) lower.push(a);
    else upper.push(a);
    if (lower.size() > upper.size() + 1) {
      upper.push(lower.top());
      lower.pop();
    } else if (upper.size() > lower.size()) {
      lower.push(upper.top());
      upper.pop();
    }
    std::printf("%lld\n", lower.top());
    std::fflush(stdout);
  }
}
