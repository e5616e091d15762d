// combination-sum-iii generator: gen SEED [KMIN KMAX NMIN NMAX]
// k uniform in KMIN..KMAX (default 1..9), n uniform in NMIN..NMAX (default 1..60).
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gen SEED [KMIN KMAX NMIN NMAX]\n");
    return 2;
  }
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  int kmin = 1, kmax = 9, nmin = 1, nmax = 60;
  if (argc >= 6) {
    kmin = std::atoi(argv[2]);
    kmax = std::atoi(argv[3]);
    nmin = std::atoi(argv[4]);
    nmax = std::atoi(argv[5]);
  }
  if (kmin < 1 || kmax > 9 || kmin > kmax || nmin < 1 || nmax > 60 || nmin > nmax) return 2;
  const int k = std::uniform_int_distribution<int>(kmin, kmax)(rng);
  const int n = std::uniform_int_distribution<int>(nmin, nmax)(rng);
  std::printf("%d %d\n", k, n);
}
