// TLE (wall): sleeps without using CPU, then would print the right answer.
#include <cstdio>
#include <unistd.h>
int main() {
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  for (int i = 0; i < 60; ++i) sleep(1);
  std::printf("%lld\n", a + b);
}
