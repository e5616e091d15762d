// maximum-gap generator: gen SEED N MODE
// MODE: random   uniform in [-10^18, 10^18], both ends always present (answer scale 10^12)
//       small    values in [-50, 50]: many duplicates
//       cluster  40 tight clusters (width 10^6) at random centres in [-10^18, 10^18]
//       grid     a shuffled arithmetic progression with one step widened by 1 (all buckets full)
//       equal    all values equal
// Deterministic on every platform: only mt19937_64 and modular arithmetic, no distributions.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: gen SEED N MODE (random|small|cluster|grid|equal)\n");
    return 2;
  }
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  const long long n = std::atoll(argv[2]);
  const std::string mode = argv[3];
  if (n < 1 || n > 2000000) return 2;
  const std::int64_t lim = 1000000000000000000LL;
  const std::uint64_t span = 2000000000000000001ULL;  // values in [-lim, lim]
  auto any = [&] { return std::int64_t(rng() % span) - lim; };
  std::vector<std::int64_t> a(static_cast<std::size_t>(n));
  if (mode == "random") {
    for (auto& x : a) x = any();
    a[0] = -lim;
    if (n > 1) a[1] = lim;
  } else if (mode == "small") {
    for (auto& x : a) x = std::int64_t(rng() % 101) - 50;
  } else if (mode == "cluster") {
    std::vector<std::int64_t> centre(40);
    for (auto& c : centre) c = std::max(-lim, any() - 1000000);
    for (auto& x : a) x = centre[rng() % centre.size()] + std::int64_t(rng() % 1000000);
  } else if (mode == "grid") {
    const std::int64_t step = 2 * (lim / n), start = -lim;
    const std::size_t wide = static_cast<std::size_t>(rng() % std::uint64_t(n));
    for (std::size_t i = 0; i < a.size(); ++i)
      a[i] = start + std::int64_t(i) * step + (i > wide ? 1 : 0);
  } else if (mode == "equal") {
    const std::int64_t v = any();
    for (auto& x : a) x = v;
  } else {
    std::fprintf(stderr, "gen: unknown mode %s\n", mode.c_str());
    return 2;
  }
  for (std::size_t i = a.size(); i > 1; --i) std::swap(a[i - 1], a[rng() % i]);  // Fisher-Yates
  std::string out = std::to_string(n) + "\n";
  for (std::size_t i = 0; i < a.size(); ++i) {
    out += std::to_string(a[i]);
    out += i + 1 == a.size() ? '\n' : ' ';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
