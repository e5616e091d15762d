// gen SEED N Q MAXABS: N initial values and Q queries, values uniform in [-MAXABS, MAXABS];
// a third of the queries (when the set is not empty) remove the minimum, a third the maximum.
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
  if (argc < 5) return 1;
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  long long n = std::atoll(argv[2]), q = std::atoll(argv[3]), m = std::atoll(argv[4]);
  auto value = [&] { return static_cast<long long>(rng() % static_cast<unsigned long long>(2 * m + 1)) - m; };
  std::printf("%lld %lld\n", n, q);
  for (long long i = 0; i < n; ++i) std::printf("%lld%c", value(), i + 1 == n ? '\n' : ' ');
  if (n == 0) std::printf("\n");
  long long size = n;
  for (long long i = 0; i < q; ++i) {
    int t = static_cast<int>(rng() % 3);
    if (size == 0) t = 0;
    if (t == 0) {
      std::printf("0 %lld\n", value());
      ++size;
    } else {
      std::printf("%d\n", t);
      --size;
    }
  }
}
