// online-median answers: a sorted vector, one insertion per number (O(N^2) moves, fine for the
// generated sizes); prints the N lower medians.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  long long n = 0;
  if (std::scanf("%lld", &n) != 1) return 1;
  std::vector<long long> s;
  for (long long i = 0; i < n; ++i) {
    long long a = 0;
    if (std::scanf("%lld", &a) != 1) return 1;
    s.insert(std::upper_bound(s.begin(), s.end(), a), a);
    std::printf("%lld\n", s[(s.size() - 1) / 2]);
  }
}
