// priority-queue, the obvious way: a std::multiset, largest at the end. Independent of cpkit.
#include <iostream>
#include <iterator>
#include <set>
#include <string>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  std::multiset<long long> s;
  std::string cmd;
  while (std::cin >> cmd && cmd != "end") {
    if (cmd == "insert") {
      long long k;
      std::cin >> k;
      s.insert(k);
    } else {
      auto it = std::prev(s.end());
      std::cout << *it << '\n';
      s.erase(it);
    }
  }
}
