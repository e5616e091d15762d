// The tiny program judge_bench runs on every test: reads two integers, prints their sum.
#include <cstdio>
int main() {
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  std::printf("%lld\n", a + b);
}
