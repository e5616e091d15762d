// gen SEED N M MAXC MODE, MODE one of
//   random       M random edges, weights uniform in [0, MAXC], s and t random
//   chain        a chain 0 -> 1 -> ... -> N-1 of weight-0..MAXC/1000 edges, s = 0, t = N-1, and
//                the other edges random and heavy: long answers (Y close to N-1)
//   unreachable  random edges among 0..N-2 only; t = N-1 has no incoming edge
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
  if (argc < 6) return 1;
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  long long n = std::atoll(argv[2]), m = std::atoll(argv[3]), maxc = std::atoll(argv[4]);
  std::string mode = argv[5];
  auto vertex = [&](long long k) { return static_cast<long long>(rng() % static_cast<unsigned long long>(k)); };
  auto weight = [&](long long c) { return static_cast<long long>(rng() % static_cast<unsigned long long>(c + 1)); };
  long long s = vertex(n), t = vertex(n);
  if (mode == "chain") {
    s = 0;
    t = n - 1;
  } else if (mode == "unreachable") {
    t = n - 1;
    if (n > 1) s = vertex(n - 1);
  }
  std::printf("%lld %lld %lld %lld\n", n, m, s, t);
  long long written = 0;
  if (mode == "chain")
    for (long long v = 0; v + 1 < n && written < m; ++v, ++written) std::printf("%lld %lld %lld\n", v, v + 1, weight(maxc / 1000));
  for (; written < m; ++written) {
    long long a, b;
    if (mode == "unreachable" && n > 1) {
      a = vertex(n - 1);
      b = vertex(n - 1);
    } else {
      a = vertex(n);
      b = vertex(n);
    }
    long long c = mode == "chain" ? maxc - weight(maxc / 1000) : weight(maxc);
    std::printf("%lld %lld %lld\n", a, b, c);
  }
}
