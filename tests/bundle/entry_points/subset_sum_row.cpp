// One entry point, bundled alone: cpkit::subset_sum_row.
#include <cstdio>
#include <vector>

#include "cpkit/knapsack/subset_sum.hpp"

int main() {
  const std::vector<int> w{3, 5, 7};
  std::printf("%d\n", static_cast<int>(cpkit::subset_sum_row(w, 12)[10]));
}
