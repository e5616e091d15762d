// double-ended-priority-queue, the obvious way: a std::multiset. Independent of cpkit.
#include <cstdio>
#include <iterator>
#include <set>

int main() {
  int n, q;
  if (std::scanf("%d %d", &n, &q) != 2) return 0;
  std::multiset<long long> s;
  for (int i = 0; i < n; ++i) {
    long long x;
    std::scanf("%lld", &x);
    s.insert(x);
  }
  for (int i = 0; i < q; ++i) {
    int t;
    std::scanf("%d", &t);
    if (t == 0) {
      long long x;
      std::scanf("%lld", &x);
      s.insert(x);
    } else if (t == 1) {
      std::printf("%lld\n", *s.begin());
      s.erase(s.begin());
    } else {
      auto it = std::prev(s.end());
      std::printf("%lld\n", *it);
      s.erase(it);
    }
  }
}
