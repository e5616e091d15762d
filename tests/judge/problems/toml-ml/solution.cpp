// Touches 100 MB of heap, then prints the sum: AC under 256 MB, MLE under 64 MB.
#include <cstdio>
#include <cstring>
#include <vector>
int main() {
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  std::vector<char> v(100 << 20);
  std::memset(v.data(), 1, v.size());
  std::fprintf(stderr, "%d\n", v[v.size() / 2]);
  std::printf("%lld\n", a + b);
}
