// gen SEED OPS MAXKEY EXTRACT_PERCENT: OPS commands (the last ones extract until empty or OPS
// is reached); keys uniform in [0, MAXKEY]; each command is an extract with the given
// probability when the set is not empty. EXTRACT_PERCENT = 0: all inserts, then all extracts.
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
  if (argc < 5) return 1;
  std::mt19937_64 rng(std::strtoull(argv[1], nullptr, 10));
  long long ops = std::atoll(argv[2]), maxkey = std::atoll(argv[3]), pct = std::atoll(argv[4]);
  long long size = 0;
  for (long long i = 0; i < ops; ++i) {
    bool extract;
    if (pct == 0) {
      extract = i >= ops / 2;
    } else {
      extract = size > 0 && static_cast<long long>(rng() % 100) < pct;
    }
    if (extract && size > 0) {
      std::printf("extract\n");
      --size;
    } else {
      std::printf("insert %llu\n", rng() % static_cast<unsigned long long>(maxkey + 1));
      ++size;
    }
  }
  std::printf("end\n");
}
