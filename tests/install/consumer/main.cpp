// Uses one header of each module, so a broken install or include path fails to compile.
#include <cpkit/combination_sum.hpp>
#include <cpkit/geometry.hpp>
#include <cpkit/heap.hpp>
#include <cpkit/knapsack.hpp>
#include <cpkit/max_gap.hpp>

#include <vector>

int main() {
  std::vector<long long> v{1, 10, 3};
  return cpkit::max_gap(v.begin(), v.end()) == 7 ? 0 : 1;
}
