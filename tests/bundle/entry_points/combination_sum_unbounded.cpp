// One entry point, bundled alone: cpkit::combination_sum_unbounded.
#include <cstdio>

#include "cpkit/combination_sum/unbounded.hpp"

int main() {
  std::printf("%zu\n", cpkit::combination_sum_unbounded({2, 3, 6, 7}, 7).size());
}
