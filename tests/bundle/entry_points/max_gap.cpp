// One entry point, bundled alone: cpkit::max_gap.
#include <cstdio>
#include <vector>

#include "cpkit/max_gap.hpp"

int main() {
  const std::vector<long long> a{1, 9, 3};
  std::printf("%llu\n", static_cast<unsigned long long>(cpkit::max_gap(a)));
}
