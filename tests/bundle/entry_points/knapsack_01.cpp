// One entry point, bundled alone: cpkit::knapsack_01.
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/knapsack_01.hpp"

int main() {
  const std::vector<int> w{3, 4, 5}, v{30, 50, 60};
  std::printf("%lld\n", cpkit::knapsack_01(w, v, 8));
}
