// Checker for static-convex-hull (testlib protocol): checker input output answer.
// Per case the same size M as the jury's hull, and the same vertices: for M >= 3 the same
// counter-clockwise cycle from any start vertex; for M <= 2 the same points in any order.
// Exit 0 AC, 1 WA, 2 PE, 3 checker failure; message on stderr.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {
using pt = std::pair<long long, long long>;
bool read_hull(std::istream& s, std::vector<pt>& h) {
  long long m;
  if (!(s >> m) || m < 0 || m > 1000000) return false;
  h.resize(static_cast<std::size_t>(m));
  for (auto& p : h)
    if (!(s >> p.first >> p.second)) return false;
  return true;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return std::cerr << "usage: checker input output answer\n", 3;
  std::ifstream in(argv[1]), out(argv[2]), ans(argv[3]);
  int t;
  if (!(in >> t)) return std::cerr << "bad input\n", 3;
  std::vector<pt> h, j;
  for (int c = 1; c <= t; ++c) {
    if (!read_hull(ans, j)) return std::cerr << "case " << c << ": bad answer file\n", 3;
    if (!read_hull(out, h)) return std::cerr << "case " << c << ": malformed output\n", 2;
    if (h.size() != j.size())
      return std::cerr << "case " << c << ": hull size " << h.size() << ", expected " << j.size() << "\n", 1;
    if (h.size() <= 2) {
      std::sort(h.begin(), h.end());
      std::sort(j.begin(), j.end());
      if (h != j) return std::cerr << "case " << c << ": wrong vertices\n", 1;
      continue;
    }
    auto it = std::find(h.begin(), h.end(), j[0]);
    if (it == h.end()) return std::cerr << "case " << c << ": vertex missing\n", 1;
    std::rotate(h.begin(), it, h.end());
    if (h != j) return std::cerr << "case " << c << ": vertices differ or not counter-clockwise\n", 1;
  }
  std::string extra;
  if (out >> extra) return std::cerr << "extra output: " << extra << "\n", 2;
  return 0;
}
