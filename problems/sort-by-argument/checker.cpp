// Checker for sort-by-argument (testlib protocol): checker input output answer.
// The output must be a permutation of the input points in non-decreasing polar angle, angles in
// (-pi, pi], (0, 0) at angle 0; equal angles in any order. Exact integer comparison (|coord| <= 1e9:
// cross products of raw vectors fit in 64 bits). Exit 0 AC, 1 WA, 2 PE, 3 checker failure.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {
using pt = std::pair<long long, long long>;
// 0: below the x axis, 1: angle 0 (positive x axis or origin), 2: above, 3: negative x axis.
int cls(const pt& p) {
  if (p.second < 0) return 0;
  if (p.second > 0) return 2;
  return p.first >= 0 ? 1 : 3;
}
// true if b's angle is strictly smaller than a's.
bool decreases(const pt& a, const pt& b) {
  if (cls(a) != cls(b)) return cls(b) < cls(a);
  return a.first * b.second - a.second * b.first < 0;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return std::cerr << "usage: checker input output answer\n", 3;
  std::ifstream in(argv[1]), out(argv[2]);
  int n;
  if (!(in >> n)) return std::cerr << "bad input\n", 3;
  std::vector<pt> a(n), b(n);
  for (auto& p : a) in >> p.first >> p.second;
  for (int i = 0; i < n; ++i)
    if (!(out >> b[i].first >> b[i].second)) return std::cerr << "point " << i + 1 << ": missing or non-integer\n", 2;
  std::string extra;
  if (out >> extra) return std::cerr << "extra output: " << extra << "\n", 2;
  for (int i = 1; i < n; ++i)
    if (decreases(b[i - 1], b[i]))
      return std::cerr << "points " << i << " and " << i + 1 << " out of angular order\n", 1;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  if (a != b) return std::cerr << "output is not a permutation of the input points\n", 1;
  return 0;
}
