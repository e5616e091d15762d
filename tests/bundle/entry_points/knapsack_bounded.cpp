// One entry point, bundled alone: cpkit::knapsack_bounded.
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/bounded.hpp"

int main() {
  const std::vector<int> w{3, 4}, v{30, 50}, m{2, 1};
  std::printf("%lld\n", cpkit::knapsack_bounded(w, v, m, 10));
}
