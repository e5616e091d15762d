// combination-sum: every multiset of the candidates (each reusable) summing to target, in
// lexicographic order. cpkit::combination_sum_unbounded lists them with no dead branch.
#include <cstdio>
#include <string>
#include <vector>

#include "cpkit/combination_sum/unbounded.hpp"

namespace {
void append_int(std::string& out, unsigned long long x) {
  char buf[24];
  int len = 0;
  do {
    buf[len++] = static_cast<char>('0' + x % 10);
    x /= 10;
  } while (x != 0);
  while (len > 0) out += buf[--len];
}
}  // namespace

int main() {
  int n = 0, target = 0;
  if (std::scanf("%d %d", &n, &target) != 2) return 1;
  std::vector<int> c(static_cast<std::size_t>(n));
  for (int& x : c)
    if (std::scanf("%d", &x) != 1) return 1;
  const cpkit::combination_list all = cpkit::combination_sum_unbounded(c, target);
  std::string out;
  append_int(out, all.size());
  out += '\n';
  for (std::size_t i = 0; i < all.size(); ++i) {
    const cpkit::combination_view v = all[i];
    for (std::size_t j = 0; j < v.size(); ++j) {
      if (j) out += ' ';
      append_int(out, static_cast<unsigned long long>(v[j]));  // candidates are >= 1
    }
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
