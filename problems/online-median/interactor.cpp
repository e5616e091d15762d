// online-median interactor: `interactor input output answer` (testlib protocol in plain stdio).
// Sends N, then each a_i only after reading the median of a_1..a_i, compared with line i of the
// answer file. Exit 0 AC, 1 WA (a wrong or missing median), 2 PE (not an integer), 3 FAIL (a
// malformed test). The output file gets the number of medians read.
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 4) return 3;
  std::FILE* in = std::fopen(argv[1], "r");
  std::FILE* ans = std::fopen(argv[3], "r");
  long long n = 0;
  if (!in || !ans || std::fscanf(in, "%lld", &n) != 1 || n < 1 || n > 200000) return 3;
  std::vector<long long> a(static_cast<std::size_t>(n)), want(static_cast<std::size_t>(n));
  for (long long i = 0; i < n; ++i)
    if (std::fscanf(in, "%lld", &a[i]) != 1 || std::fscanf(ans, "%lld", &want[i]) != 1) return 3;
  std::printf("%lld\n", n);
  long long i = 0;
  for (; i < n; ++i) {
    std::printf("%lld\n", a[i]);
    std::fflush(stdout);
    char buf[32];
    if (std::scanf("%31s", buf) != 1) {
      std::fprintf(stderr, "wrong answer: no median after number %lld\n", i + 1);
      break;
    }
    long long got = 0;
    char extra = 0;
    if (std::sscanf(buf, "%lld%c", &got, &extra) != 1) {
      std::fprintf(stderr, "presentation error: '%s' after number %lld is not an integer\n", buf, i + 1);
      return 2;
    }
    if (got != want[i]) {
      std::fprintf(stderr, "wrong answer: median %lld after number %lld, expected %lld\n", got, i + 1, want[i]);
      break;
    }
  }
  if (std::FILE* out = std::fopen(argv[2], "w")) std::fprintf(out, "%lld\n", i), std::fclose(out);
  return i == n ? 0 : 1;
}
