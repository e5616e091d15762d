// online-median generator: `gen SEED N MAX` prints N numbers in [-MAX, MAX] (MAX = -1: a
// decreasing then increasing run, every insertion crossing the median).
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  const long long n = std::atoll(argv[2]), max = std::atoll(argv[3]);
  std::printf("%lld\n", n);
  for (long long i = 0; i < n; ++i) {
    long long v = 0;
    if (max < 0) v = i % 2 ? 1000000000 - i : -1000000000 + i;
    else v = static_cast<long long>(rng() % static_cast<unsigned long long>(2 * max + 1)) - max;
    std::printf("%lld\n", v);
  }
}
