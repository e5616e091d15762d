// combination-sum-iii: every set of k distinct numbers from 1..9 summing to n, in lexicographic
// order. cpkit::combination_sum_k (range 1..9) visits only branches that end in an answer.
#include <cstdio>
#include <string>

#include "cpkit/combination_sum/k.hpp"

int main() {
  int k = 0, n = 0;
  if (std::scanf("%d %d", &k, &n) != 2) return 1;
  std::string out;
  const cpkit::combination_list all = cpkit::combination_sum_k(k, n, 1, 9);
  out += std::to_string(all.size()) + '\n';
  for (std::size_t i = 0; i < all.size(); ++i) {
    const cpkit::combination_view v = all[i];
    for (std::size_t j = 0; j < v.size(); ++j) {
      if (j) out += ' ';
      out += std::to_string(v[j]);
    }
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
