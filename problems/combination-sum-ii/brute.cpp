// combination-sum-ii brute force: the classic backtracking (sort, take each position at most
// once, skip a value equal to the previous sibling, stop once a value exceeds the remainder).
// Independent of the cpkit header.
#include <algorithm>
#include <iostream>
#include <sstream>
#include <vector>

static std::vector<int> cand, cur;
static std::vector<std::vector<int>> found;

static void search(std::size_t start, int rem) {
  if (rem == 0) {
    found.push_back(cur);
    return;
  }
  for (std::size_t i = start; i < cand.size() && cand[i] <= rem; ++i) {
    if (i > start && cand[i] == cand[i - 1]) continue;
    cur.push_back(cand[i]);
    search(i + 1, rem - cand[i]);
    cur.pop_back();
  }
}

int main() {
  int n, target;
  std::cin >> n >> target;
  cand.resize(n);
  for (int& x : cand) std::cin >> x;
  std::sort(cand.begin(), cand.end());
  search(0, target);
  std::ostringstream out;
  out << found.size() << '\n';
  for (const auto& c : found) {
    for (std::size_t j = 0; j < c.size(); ++j) out << (j ? " " : "") << c[j];
    out << '\n';
  }
  std::cout << out.str();
}
